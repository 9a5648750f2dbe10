import { css } from 'lit';

/**
 * The service editor (service-editor.ts) on top of the activity editor's form styles: the
 * long list of categories in columns a person can read down, each sub-category under its
 * own category; opening hours and contacts as blocks of their own.
 */
export const serviceEditorStyles = css`
  .service-form .categories .checks {
    display: block;
    columns: 17rem;
    column-gap: 1.5rem;
  }
  .service-form .categories .check {
    break-inside: avoid;
  }
  .service-form .categories .check.sub {
    padding-inline-start: 1.75rem;
  }
  .service-form .categories .check.top {
    font-weight: 700;
  }
  .service-form .period,
  .service-form .person {
    padding: 0.75rem;
    border: 1px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .notice.kept {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
`;
