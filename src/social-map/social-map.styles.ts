import { css } from 'lit';

export const socialMapStyles = css`
  .filters,
  .services,
  .service {
    /* One column that may shrink, like .root (core/styles.ts). */
    grid-template-columns: minmax(0, 1fr);
  }
  .search label {
    font-size: 1.25em;
  }
  .search-row {
    position: relative;
    display: flex;
    margin-block-start: 0.5rem;
  }
  .search-row .icon {
    position: absolute;
    inset-inline-start: 0.75rem;
    inset-block-start: 50%;
    translate: 0 -50%;
    inline-size: 1.4em;
    block-size: 1.4em;
  }
  input[type='search'] {
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 3.25rem;
    padding: 0.5em 0.75em 0.5em 2.75rem;
    border: 2px solid var(--buurt-color-input-border, #595959);
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-color-surface, Canvas);
    color: var(--buurt-color-text, CanvasText);
    font-size: 1.15em;
  }

  /* Notice: the map shown is a stored copy. */
  .notice {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.75em 1em;
    border: 2px solid var(--buurt-color-warning, #8a4b00);
    border-inline-start-width: 0.5rem;
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-color-warning-surface, #fff4e0);
    color: var(--buurt-color-text, CanvasText);
  }
  .notice button {
    margin-block-start: 0.5rem;
  }

  /* Filters */
  .filters {
    display: grid;
    gap: var(--buurt-space-m, 1rem);
    padding: var(--buurt-space-m, 1rem);
    border: 1px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-social-map-filters-background, var(--buurt-color-surface-alt, transparent));
  }
  .filters summary {
    min-block-size: 44px;
    align-content: center;
    font-weight: 700;
    cursor: pointer;
  }
  .toolbar,
  .actions,
  .status-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .toolbar {
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem 1.5rem;
  }
  .count {
    font-weight: 700;
    font-size: 1.15em;
  }

  .content {
    min-block-size: var(--buurt-social-map-min-height, 20rem);
  }
  .services {
    display: grid;
    gap: var(--buurt-space-m, 1rem);
  }

  /* One result */
  .service {
    --kind-color: var(--buurt-social-map-informal-color, #1d5e3b);
    display: grid;
    gap: 0.5rem;
    padding: var(--buurt-social-map-card-padding, 1rem 1.25rem);
    border: 1px solid var(--buurt-color-border, #767676);
    border-inline-start: 0.5rem solid var(--kind-color);
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-social-map-card-background, var(--buurt-color-surface, Canvas));
    color: var(--buurt-social-map-card-color, var(--buurt-color-text, CanvasText));
  }
  .service:has(.kind-professional) {
    --kind-color: var(--buurt-social-map-professional-color, #1b4f8a);
  }
  .name {
    hyphens: auto;
    font-size: var(--buurt-social-map-name-size, 1.3em);
    line-height: 1.25;
    margin: 0;
  }
  .organization {
    font-weight: 600;
  }
  .kind {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .kind li,
  .facts li,
  .contact li,
  .checked {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .kind li {
    font-weight: 700;
  }
  .kind-informal {
    color: var(--buurt-social-map-informal-color, #1d5e3b);
  }
  .kind-professional {
    color: var(--buurt-social-map-professional-color, #1b4f8a);
  }
  .kind-hint {
    font-weight: 400;
    color: var(--buurt-color-text, CanvasText);
  }
  .facts,
  .contact,
  .week {
    display: grid;
    gap: 0.25rem;
  }
  .icon {
    margin-block-start: 0.15em;
  }
  .open-now {
    color: var(--buurt-social-map-informal-color, #1d5e3b);
  }
  .referral {
    font-weight: 700;
  }
  .contact a {
    font-weight: 600;
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.4rem;
  }
  .contact li {
    align-items: center;
  }
  .contact .icon {
    margin: 0;
  }
  .more summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    inline-size: fit-content;
    font-weight: 700;
    cursor: pointer;
    color: var(--buurt-color-link, LinkText);
    text-decoration: underline;
  }
  .more-body {
    display: grid;
    gap: 0.5rem;
    padding-inline-start: 1rem;
    border-inline-start: 3px solid var(--buurt-color-border, #767676);
  }
  .week {
    list-style: disc;
    padding-inline-start: 1.5rem;
  }
  .checked {
    font-size: 0.95em;
  }
  .checked.outdated {
    color: var(--buurt-color-warning, #8a4b00);
  }
  .show-all {
    margin-block-start: 1rem;
  }

  @container (max-width: 30rem) {
    .actions button {
      flex: 1 1 100%;
    }
  }
  @media print {
    .filters,
    .actions,
    .toolbar,
    .search {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .service,
    .filters,
    .notice {
      border-color: CanvasText;
    }
  }
`;
