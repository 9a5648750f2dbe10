import { css } from 'lit';

/**
 * The coordinator's pages: calm, large and plain. Cards with a clear border, statuses in
 * words with a coloured bar (never colour alone), buttons that wrap at 320px.
 */
export const beheerStyles = css`
  .view {
    display: grid;
    gap: var(--buurt-space-l, 1.5rem);
  }
  .content {
    display: grid;
    gap: var(--buurt-space-l, 1.5rem);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.6em;
  }
  h3 {
    font-size: 1.3em;
  }
  h4 {
    font-size: 1.1em;
  }
  .views ul,
  .filter ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .views {
    border-block-end: 2px solid var(--buurt-color-border, #767676);
    padding-block-end: 0.5rem;
  }
  .views .placeholder {
    visibility: hidden;
  }
  .views a,
  .views .link,
  .crumbs a,
  .chip {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0.25em 0.5em;
    font-weight: 700;
  }
  .views a[aria-current='page'],
  .chip[aria-current='page'] {
    text-decoration-thickness: 0.2em;
    text-underline-offset: 0.3em;
    color: var(--buurt-color-text, CanvasText);
  }
  .chip {
    color: var(--buurt-color-accent, #1d5e3b);
    border: 2px solid var(--buurt-color-accent, #1d5e3b);
    border-radius: 2em;
    padding-inline: 1em;
    text-decoration: none;
  }
  .chip[aria-current='page'] {
    background: var(--buurt-color-accent, #1d5e3b);
    color: var(--buurt-color-on-accent, #fff);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .filter-label {
    font-weight: 700;
  }
  .crumbs {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .subtitle,
  .count-line {
    font-size: 1.1em;
  }
  .cards {
    display: grid;
    gap: 1rem;
  }
  .card {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 2px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-beheer-card-background, var(--buurt-color-surface, Canvas));
  }
  .group {
    display: grid;
    gap: 0.75rem;
  }
  .meta {
    color: var(--buurt-color-muted, #595959);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .count {
    padding: 0.2em 0.6em;
    border: 1px solid var(--buurt-color-border, #767676);
    border-radius: 0.25rem;
  }
  .count.attention {
    border: 2px solid var(--buurt-color-warning, #8a4b00);
    border-inline-start-width: 0.4rem;
    font-weight: 700;
  }
  .shifts {
    display: grid;
    gap: 0.5rem;
  }
  .shift {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    padding-block: 0.5rem;
    border-block-start: 1px solid var(--buurt-color-border, #767676);
  }
  .shift .when {
    font-weight: 700;
    flex: 1 1 14em;
  }
  .shift .full {
    font-weight: 700;
  }
  .badge {
    justify-self: start;
    padding: 0.2em 0.6em;
    border-inline-start: 0.4rem solid var(--buurt-color-border, #767676);
    background: var(--buurt-color-badge, #f1f1ef);
    font-weight: 700;
  }
  .badge.confirmed,
  .badge.sent {
    border-color: var(--buurt-color-accent, #1d5e3b);
  }
  .badge.to-confirm,
  .badge.waiting,
  .badge.waitlisted {
    border-color: var(--buurt-color-warning, #8a4b00);
  }
  .badge.failed,
  .badge.cancelled {
    border-color: var(--buurt-color-danger, #a4161a);
  }
  .signup.cancelled {
    border-style: dashed;
  }
  .facts {
    display: grid;
    gap: 0.35rem;
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(0, 9em) minmax(0, 1fr);
    gap: 0 1rem;
  }
  @container (max-width: 30em) {
    .fact {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  dt {
    font-weight: 700;
  }
  .message,
  .text {
    white-space: pre-wrap;
  }
  .text {
    font: inherit;
    margin: 0.5rem 0 0;
    padding: 0.75rem;
    border-inline-start: 0.3rem solid var(--buurt-color-border, #767676);
    overflow-wrap: anywhere;
  }
  details summary {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    cursor: pointer;
    font-weight: 700;
    color: var(--buurt-color-link, LinkText);
    text-decoration: underline;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  button.danger {
    border-color: var(--buurt-color-danger, #a4161a);
    color: var(--buurt-color-danger, #a4161a);
  }
  button.danger.cancel-yes,
  button.danger.erase-yes {
    background: var(--buurt-color-danger, #a4161a);
    color: var(--buurt-color-on-accent, #fff);
  }
  button:disabled {
    cursor: wait;
    opacity: 0.7;
  }
  .vog {
    display: grid;
    gap: 0.75rem;
    padding: 0.75rem;
    background: var(--buurt-color-badge, #f1f1ef);
    border-radius: 0.25rem;
  }
  .vog-state {
    font-weight: 700;
  }
  .vog input[type='date'] {
    max-inline-size: 14em;
  }
  .ask {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 3px solid var(--buurt-color-danger, #a4161a);
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .ask-text {
    font-weight: 700;
  }
  .outcome {
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.4rem solid var(--buurt-color-accent, #1d5e3b);
    font-weight: 700;
  }
  .outcome.failed {
    border-color: var(--buurt-color-danger, #a4161a);
    color: var(--buurt-color-danger, #a4161a);
  }
  .notice {
    padding: 0.75rem 1rem;
    border: 2px solid var(--buurt-color-warning, #8a4b00);
    border-inline-start-width: 0.5rem;
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .notice.erased {
    border-color: var(--buurt-color-accent, #1d5e3b);
  }
  .found {
    display: grid;
    gap: 1rem;
  }
  /* Sociale kaart and Agenda's (issue 9): a long organisation name in the select must not widen the form past 320px. */
  .add-feed,
  .add-feed form,
  .add-feed .field {
    grid-template-columns: minmax(0, 1fr);
  }
  .add-feed select {
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: 48px;
  }
  /* Agenda's: the activities kept for their volunteers, each a link large enough to tap, with room between the lines. */
  .kept-for-signups,
  .removed-kept {
    display: grid;
    gap: 0.5rem;
  }
  .kept-activities {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding-inline-start: 1.5rem;
    list-style: disc;
  }
  .kept-activities a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    font-weight: 700;
    font-size: 1.1em;
  }
  /* Sociale kaart importeren: one problem per line, the field name never wider than the screen. */
  .problem-list,
  .warning-list {
    display: grid;
    gap: 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .field-name code {
    overflow-wrap: anywhere;
  }
  .warnings summary {
    min-block-size: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .badge.stale {
    border-color: var(--buurt-color-warning, #8a4b00);
  }
  .plain {
    display: grid;
    gap: 0.35rem;
    list-style: disc;
    padding-inline-start: 1.25rem;
  }
  .expired a.button {
    color: var(--buurt-color-on-accent, #fff);
  }
  .views ul {
    min-block-size: 44px;
  }
  h5 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.25;
  }
  h6 {
    margin: 0;
    font-size: 1.05em;
  }
  /* Vervoer: a day picker that wraps, blocks with their runs, forms in the card. */
  .day-picker {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1rem;
  }
  .day-picker .field {
    margin: 0;
    flex: 0 1 14em;
    min-inline-size: 0;
  }
  .day-picker input,
  .day-picker select {
    max-inline-size: 100%;
  }
  .block {
    padding-block-start: 0.5rem;
    border-block-start: 3px solid var(--buurt-color-border, #767676);
  }
  .runs {
    list-style: none;
    padding: 0;
  }
  .run {
    padding: 0.35rem 0.75rem;
    border-inline-start: 0.4rem solid var(--buurt-color-accent, #1d5e3b);
    background: var(--buurt-color-badge, #f1f1ef);
  }
  .ride.cancelled,
  .ride.declined {
    border-style: dashed;
  }
  .badge.declined {
    border-color: var(--buurt-color-danger, #a4161a);
  }
  .needs-place {
    padding: 0.35rem 0.75rem;
    border: 2px solid var(--buurt-color-warning, #8a4b00);
    border-inline-start-width: 0.5rem;
  }
  .ride-form {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 2px solid var(--buurt-color-accent, #1d5e3b);
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .ride-form > *,
  .view > *,
  .content > * {
    min-inline-size: 0;
  }
  .ride-form .field,
  .day-picker .field {
    margin: 0;
    grid-template-columns: minmax(0, 1fr);
  }
  .ride-form input,
  .day-picker input {
    max-inline-size: 100%;
  }
  .ride-form select {
    inline-size: 100%;
    max-inline-size: 30em;
  }
  .ride-form input[type='time'] {
    inline-size: 9em;
  }
  .days a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    font-weight: 700;
  }
  .next-days {
    display: grid;
    gap: 0.5rem;
  }
  /* The day sheet: read in the bus, so large and plain. */
  .sheet {
    display: grid;
    gap: 1rem;
  }
  .sheet-day {
    font-size: 1.2em;
    font-weight: 700;
  }
  .stops {
    display: grid;
    gap: 0;
    padding: 0;
    list-style: none;
    font-size: 1.15em;
  }
  .stop {
    display: grid;
    /* the time in its own column, as wide as "10.50" in its large type */
    grid-template-columns: minmax(max-content, 4.5em) minmax(0, 1fr);
    gap: 0 1rem;
    padding-block: 0.6rem;
    border-block-start: 2px solid var(--buurt-color-border, #767676);
  }
  .stop p {
    margin: 0;
  }
  .stop-time {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.1;
    white-space: nowrap;
  }
  .stop-time .leg {
    display: block;
    font-size: 0.55em;
    font-weight: 700;
    text-transform: uppercase;
  }
  .stop-needs {
    font-weight: 700;
  }
  @container (max-width: 30em) {
    .stop {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* The report: a plain table that scrolls by itself on a narrow screen, not the page. */
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table.report {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  .report caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5rem;
  }
  .report th,
  .report td {
    padding: 0.4rem 0.6rem;
    border-block-end: 1px solid var(--buurt-color-border, #767676);
    text-align: end;
  }
  .report th:first-child {
    text-align: start;
  }
  /* Numbers and months whole, never broken inside a word: the table scrolls instead. */
  .report td,
  .report tbody th,
  .report tfoot th {
    white-space: nowrap;
  }
  .report th,
  .report td {
    overflow-wrap: normal;
    word-break: normal;
  }
  .report thead th,
  .report tfoot th,
  .report tfoot td {
    border-block-end-width: 2px;
    font-weight: 700;
  }
  /* Berichten: the calls apart from the e-mails. */
  .call-item {
    border-width: 3px;
    border-color: var(--buurt-color-warning, #8a4b00);
  }
  .call-item.done {
    border-color: var(--buurt-color-border, #767676);
  }
  .call-number {
    font-size: 1.3em;
  }
  .say-label {
    font-weight: 700;
    margin: 0;
  }
  .say .text {
    margin-block-start: 0.25rem;
  }
  /*
   * Printing (the day sheet above all): only the content, in large black type on white, no
   * navigation and no buttons; one stop never split over two pages.
   */
  @media print {
    :host {
      /* the page gives the element a screen's height; on paper that would add an empty page */
      min-block-size: 0 !important;
      font-size: 14pt;
      color: #000;
      background: none;
    }
    .views,
    .ride-nav,
    .day-picker,
    .crumbs,
    .actions,
    button {
      display: none !important;
    }
    .card,
    .sheet,
    .stop {
      background: none;
      color: #000;
    }
    .view.sheet > .view-title {
      display: none;
    }
    /* 14pt and tight lines: a day of eight pick-ups fits one A4 page */
    .stops {
      font-size: 1em;
      line-height: 1.3;
    }
    .stop {
      break-inside: avoid;
      padding-block: 0.25rem;
      border-color: #000;
    }
    .sheet {
      gap: 0.5rem;
    }
    .stop a {
      color: #000;
      text-decoration: none;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .count.attention,
    .notice,
    .ask,
    .outcome {
      border-color: CanvasText;
    }
  }
`;
