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
  .views a,
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
  .plain {
    display: grid;
    gap: 0.35rem;
    list-style: disc;
    padding-inline-start: 1.25rem;
  }
  .expired a.button {
    color: var(--buurt-color-on-accent, #fff);
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
