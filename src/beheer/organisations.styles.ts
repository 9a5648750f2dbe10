import { css } from 'lit';

/** "Organisaties" and "Logboek" in /beheer: the kind filter, the cards, the form and the log's rows. */
export const organisationsStyles = css`
  button.chip {
    background: none;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    background: var(--buurt-color-accent, #1d5e3b);
    color: var(--buurt-color-on-accent, #fff);
  }
  .kind-filter {
    margin-block: 1rem;
  }
  .kind-filter ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards.organisations {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    padding: 0;
    list-style: none;
  }
  .card.organisation {
    align-content: start;
  }
  .organisation h3 {
    margin: 0;
  }
  .organisation .badges {
    margin: 0;
  }
  .organisation .fact dd {
    overflow-wrap: anywhere;
  }
  .organisation-form {
    display: grid;
    gap: 1rem;
    max-inline-size: 40rem;
  }
  .organisation-form fieldset.field {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .organisation-form legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.5rem;
  }
  .kind-choice > span {
    display: grid;
    gap: 0.15rem;
  }
  .kind-choice .hint {
    color: var(--buurt-color-muted, #595959);
  }
  .organisation-form textarea,
  .organisation-form input:not([type='radio']) {
    inline-size: 100%;
    box-sizing: border-box;
  }
  .organisation-form select,
  .audit-filter select {
    min-block-size: 48px;
    max-inline-size: 100%;
    font: inherit;
    padding: 0.4em 0.6em;
    border: 2px solid var(--buurt-color-text, CanvasText);
    border-radius: 0.25rem;
    background: var(--buurt-color-surface, Canvas);
    color: var(--buurt-color-text, CanvasText);
  }
  .organisation-form .optional {
    margin-inline-start: 0.3em;
  }
  .organisation-form fieldset.field.has-error {
    border-inline-start: 0.3rem solid var(--buurt-color-danger, #a4161a);
    padding-inline-start: 0.75rem;
  }
  .locked {
    margin: 0;
  }
  .audit-log {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
  }
  .audit-log .entry {
    display: grid;
    grid-template-columns: minmax(0, 16em) minmax(0, 1fr);
    gap: 0.25rem 1rem;
    padding-block: 0.6rem;
    border-block-end: 1px solid var(--buurt-color-border, #767676);
  }
  .audit-log .entry p {
    margin: 0;
  }
  .audit-log .when {
    color: var(--buurt-color-muted, #595959);
  }
  .audit-log .what {
    overflow-wrap: anywhere;
  }
  .audit-log a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
  }
  @container (max-width: 36em) {
    .audit-log .entry {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .audit-filter {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    align-items: start;
    gap: 0.75rem 1rem;
    margin-block: 1rem;
  }
  .audit-filter .field {
    margin: 0;
    min-inline-size: 0;
  }
  .audit-filter input,
  .audit-filter select {
    inline-size: 100%;
    box-sizing: border-box;
  }
  .audit-filter button[type='submit'] {
    justify-self: start;
    align-self: end;
  }
`;
