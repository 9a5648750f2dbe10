import { css } from 'lit';

export const agendaStyles = css`
  .filters,
  .list,
  .day,
  .occurrences,
  .occurrence {
    /* One column that may shrink, like .root (core/styles.ts). */
    grid-template-columns: minmax(0, 1fr);
  }
  .hint {
    color: var(--buurt-agenda-hint-color, inherit);
  }

  /* Filters */
  .filters {
    display: grid;
    gap: var(--buurt-space-m, 1rem);
    padding: var(--buurt-space-m, 1rem);
    border: 1px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-agenda-filters-background, var(--buurt-color-surface-alt, transparent));
  }
  input[type='search'] {
    flex: 1 1 12rem;
    min-inline-size: 0;
    padding: 0.5em 0.75em;
    border: 2px solid var(--buurt-color-input-border, #595959);
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-color-surface, Canvas);
    color: var(--buurt-color-text, CanvasText);
  }
  /* Organisations can be many: they fold away behind a summary. */
  .more summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    inline-size: fit-content;
    font-weight: 700;
    cursor: pointer;
  }
  .more summary::marker {
    content: '';
  }
  .more summary::before {
    content: '';
    inline-size: 0.6em;
    block-size: 0.6em;
    border-inline-end: 3px solid currentColor;
    border-block-end: 3px solid currentColor;
    transform: rotate(-45deg);
  }
  .more[open] summary::before {
    transform: rotate(45deg);
  }
  .more[open] summary {
    margin-block-end: 0.5rem;
  }
  /* Rows of controls that wrap on a narrow screen. */
  .search-row,
  .actions,
  .view-switch,
  .feed-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .search-row,
  .actions {
    margin-block-start: 0.25rem;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: center;
    justify-content: space-between;
  }
  .count {
    font-weight: 600;
  }

  /* Content area keeps a minimum height so states do not jump. */
  .content {
    min-block-size: var(--buurt-agenda-min-height, 20rem);
  }
  .content[aria-busy='true'] .list,
  .content[aria-busy='true'] .day > .occurrences {
    opacity: 0.6;
  }

  /* List view */
  .list {
    display: grid;
    gap: var(--buurt-space-l, 1.5rem);
  }
  .day {
    display: grid;
    gap: 0.75rem;
    /* A week of a busy village is two thousand elements: days off screen skip layout and
       paint until they scroll near (about 30 ms less main-thread work on first show). */
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
  }
  .day-heading {
    font-size: var(--buurt-agenda-day-heading-size, 1.35em);
    line-height: 1.3;
    padding-block-end: 0.25rem;
    border-block-end: 3px solid var(--buurt-color-accent, #1d5e3b);
  }
  .more-days {
    justify-self: start;
  }
  .day-heading::first-letter {
    text-transform: uppercase;
  }
  .day-date {
    font-weight: 400;
  }
  .occurrences {
    display: grid;
    gap: var(--buurt-space-m, 1rem);
  }

  /* Occurrence card */
  .occurrence {
    display: grid;
    gap: 0.5rem;
    padding: var(--buurt-agenda-card-padding, 1rem);
    border: 1px solid var(--buurt-agenda-card-border-color, var(--buurt-color-border, #767676));
    border-inline-start: 0.4rem solid var(--buurt-agenda-card-accent, var(--buurt-color-accent, #1d5e3b));
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-agenda-card-background, var(--buurt-color-surface, Canvas));
    color: var(--buurt-agenda-card-color, var(--buurt-color-text, CanvasText));
  }
  .occurrence.cancelled {
    border-inline-start-color: var(--buurt-color-danger, #a4161a);
  }
  .occurrence.moved {
    border-inline-start-color: var(--buurt-color-warning, #8a4b00);
  }
  .when,
  .facts li,
  .notice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .when .icon,
  .facts .icon,
  .notice .icon {
    margin-block-start: 0.15em;
  }
  .when {
    font-weight: 700;
  }
  .title {
    font-size: var(--buurt-agenda-title-size, 1.25em);
    line-height: 1.3;
  }
  .occurrence.cancelled .title {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-radius: var(--buurt-radius, 0.5rem);
    border: 2px solid currentColor;
  }
  .notice.cancelled {
    color: var(--buurt-color-danger, #a4161a);
    background: var(--buurt-color-danger-surface, #fdecea);
  }
  .notice.moved {
    color: var(--buurt-color-warning, #8a4b00);
    background: var(--buurt-color-warning-surface, #fff4e0);
  }
  .facts {
    display: grid;
    gap: 0.25rem;
  }
  .registration {
    font-weight: 600;
  }
  @container (max-width: 30rem) {
    .actions .button,
    .actions button {
      flex: 1 1 100%;
      justify-content: flex-start;
      text-align: start;
    }
  }

  /* Feed */
  .feed {
    display: grid;
    gap: 0.5rem;
    padding-block-start: var(--buurt-space-m, 1rem);
    border-block-start: 1px solid var(--buurt-color-border, #767676);
  }

  @media (forced-colors: active) {
    .occurrence,
    .notice,
    .filters {
      border-color: CanvasText;
    }
  }
`;
