/**
 * The form and everything after it, in a chunk of its own (docs/decisions/0007: the
 * widget's first script only shows "loading" and fetches the bus's data): the form
 * foundation, the questions in steps, the check step, sending, the confirmation.
 */
import { css } from 'lit';
import { formStyles } from '../core/form/form.styles.ts';

export { FormController } from '../core/form/form-controller.ts';
export { FormSteps } from '../core/form/steps.ts';
export { postJson } from '../api/write.ts';
export { personalLinkFor } from '../core/form/personal-link.ts';
export { extraErrors, GROUPS, phoneLink, renderQuestions, serverField } from './ride-form.ts';
export { blockText, renderCheck, renderRideProblem } from './check.ts';
export { renderConfirmation } from './confirmation.ts';
export { clockOf, readTime, requestBody } from './trip.ts';
export { flowNl } from './flow-messages.ts';

const ownStyles = css`
  .group {
    display: grid;
    gap: var(--buurt-space-l, 1.5rem);
  }
  .step-count {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
  }
  select {
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
  fieldset {
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
  }
  .address-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: 0.75rem 1rem;
    /* A postcode with a hint beside a house number without: the inputs on one line. */
    align-items: end;
  }
  .requester {
    padding: 1rem;
    border: 2px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .blocks ul {
    display: grid;
    gap: 0.25rem;
    margin-block-start: 0.5rem;
  }
  .blocks li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    padding: 0.25rem 0.5rem;
    border-inline-start: 0.3rem solid transparent;
  }
  .blocks .chosen-block {
    border-inline-start-color: var(--buurt-color-accent, #1d5e3b);
    font-weight: 700;
  }
  .block-time {
    min-inline-size: 7em;
    font-variant-numeric: tabular-nums;
  }
  .block-free.full {
    color: var(--buurt-color-danger, #a4161a);
    font-weight: 700;
  }
  .blocked {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .privacy,
  .personal-link,
  .ride-problem {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 2px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .personal-link {
    border-style: dashed;
  }
  .personal-link a {
    overflow-wrap: anywhere;
  }
  .ride-problem {
    border-color: var(--buurt-color-danger, #a4161a);
    border-inline-start-width: 0.5rem;
  }
  .alternatives {
    display: grid;
    gap: 0.5rem;
  }
  .cost {
    font-weight: 700;
  }
  .reference {
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .confirmation h3 {
    font-size: 1.5em;
  }
`;

export const flowStyles = [formStyles, ownStyles];
