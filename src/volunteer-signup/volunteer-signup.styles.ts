import { css } from 'lit';

export const volunteerSignupStyles = css`
  .content {
    display: grid;
    gap: var(--buurt-space-l, 1.5rem);
  }
  .filters {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    align-items: end;
    padding: 1rem;
    border: 2px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .filters .chip-group {
    grid-column: 1 / -1;
  }
  /* Here, not with the form's fields (a chunk loaded when idle): the list shows first, and a
     select sized to its longest organisation must not push a 320px phone sideways. */
  .filters select {
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: 48px;
    padding: 0.4em 0.6em;
    border: 2px solid var(--buurt-color-text, CanvasText);
    border-radius: 0.25rem;
    background: var(--buurt-color-surface, Canvas);
    color: var(--buurt-color-text, CanvasText);
    font: inherit;
  }
  .count {
    font-weight: 700;
  }
  .opportunities {
    display: grid;
    gap: 1rem;
  }
  .opportunity,
  .detail,
  .confirmation,
  .manage {
    display: grid;
    gap: 0.75rem;
  }
  .opportunity {
    padding: 1rem;
    border: 2px solid var(--buurt-color-border, #767676);
    border-inline-start: 0.5rem solid var(--buurt-color-accent, #1d5e3b);
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-signup-card-background, var(--buurt-color-surface, Canvas));
  }
  h3 {
    font-size: 1.35em;
    line-height: 1.25;
    color: var(--buurt-color-accent, #1d5e3b);
    margin: 0;
  }
  h4 {
    font-size: 1.1em;
    margin: 0;
  }
  .link-button {
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--buurt-color-link, LinkText);
    text-decoration: underline;
    text-align: start;
    justify-content: flex-start;
    font-size: inherit;
  }
  .title .link-button {
    font-weight: 700;
    color: inherit;
  }
  .organizer {
    color: var(--buurt-color-muted, #595959);
  }
  .facts {
    display: grid;
    gap: 0.5rem;
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(0, 12em) minmax(0, 1fr) auto;
    gap: 0 1rem;
  }
  @container (max-width: 30em) {
    .fact {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .fact dt {
      grid-column: 1 / -1;
    }
  }
  dt {
    font-weight: 700;
    overflow-wrap: break-word; /* a long word breaks only when it cannot fit at all */
  }
  .asked {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .places {
    font-weight: 700;
  }
  .places.full,
  .notice {
    color: var(--buurt-color-warning, #8a4b00);
    font-weight: 700;
  }
  .shifts ul {
    display: grid;
    gap: 0.75rem;
    margin-block-start: 0.75rem;
  }
  .shift {
    display: grid;
    gap: 0.25rem 1rem;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    padding: 0.75rem 1rem;
    border: 2px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .shift .when {
    font-weight: 700;
  }
  .shift button {
    grid-row: 1 / 3;
    grid-column: 2;
  }
  @container (max-width: 30em) {
    .shift {
      grid-template-columns: minmax(0, 1fr);
    }
    .shift button {
      grid-row: auto;
      grid-column: auto;
    }
  }
  .closed {
    font-weight: 700;
  }
`;
