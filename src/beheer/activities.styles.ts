import { css } from 'lit';

/**
 * "Activiteiten": the editor's sections as clear blocks, the choices large (44px targets),
 * the dates of the preview as a list a person can read down, everything in one column on a
 * phone and at 200% zoom.
 */
export const activitiesStyles = css`
  .activity-form {
    max-inline-size: 44rem;
    grid-template-columns: minmax(0, 1fr);
  }
  .activity-form .section,
  .preview {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding: 1rem;
    border: 2px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
    min-inline-size: 0;
    grid-template-columns: minmax(0, 1fr);
  }
  .activity-form legend {
    padding: 0 0.4rem;
    font-size: 1.2rem;
    font-weight: 700;
  }
  .activity-form .choice-group legend,
  .repeat-detail legend {
    font-size: 1rem;
  }
  .activity-form select,
  .activity-filter select {
    min-block-size: 48px;
    max-inline-size: 100%;
    font: inherit;
    padding: 0.4em 0.6em;
    border: 2px solid var(--buurt-color-text, CanvasText);
    border-radius: 0.25rem;
    background: var(--buurt-color-surface, Canvas);
    color: var(--buurt-color-text, CanvasText);
  }
  .activity-form .field,
  .activity-form .choice-group {
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
  }
  /* The label is a grid, which drops the space before "(niet verplicht)". */
  .activity-form .optional {
    margin-inline-start: 0.3em;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .times,
  .when-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: end;
  }
  .times .field {
    flex: 0 1 10rem;
  }
  .repeat-detail {
    display: grid;
    gap: 1rem;
    padding-inline-start: 1rem;
    border-inline-start: 4px solid var(--buurt-color-accent, #1d5e3b);
  }
  .repeat-detail.monthly {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
  }
  .of-the-month {
    min-block-size: 48px;
    display: flex;
    align-items: center;
  }
  input.short {
    max-inline-size: 8em;
  }
  .activity-form input[type='radio'],
  .activity-form input[type='checkbox'] {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    min-inline-size: 1.75rem;
  }
  .preview h3 {
    margin: 0;
  }
  .schedule-words {
    font-size: 1.15rem;
  }
  .dates {
    display: grid;
    gap: 0.75rem;
  }
  .date {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .date.cancelled .when-text,
  .date.skipped .when-text {
    text-decoration: line-through;
  }
  .date-when {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    font-weight: 700;
  }
  .date-form {
    display: grid;
    gap: 0.75rem;
  }
  .badge.moved,
  .badge.skipped {
    border-color: var(--buurt-color-warning, #8a4b00);
  }
  .badge.hidden {
    border-color: var(--buurt-color-danger, #a4161a);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
  }
  .badges .badge {
    display: inline-block;
  }
  .when-fields {
    flex-direction: column;
    align-items: start;
  }
  .holiday-list {
    display: grid;
    gap: 0.5rem;
  }
  .holiday {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .notice.saved {
    font-weight: 700;
  }
  .imported-view,
  .remove,
  .volunteers {
    display: grid;
    gap: 0.75rem;
    margin-block-start: 1.5rem;
  }
  .url {
    overflow-wrap: anywhere;
  }
  .add {
    margin-block: 1rem;
  }
  .activity-filter input[type='search'] {
    min-block-size: 48px;
  }
`;
