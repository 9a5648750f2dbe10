/**
 * Everything after choosing a role, in a chunk of its own (docs/decisions/0007: a part the
 * first render does not show): the form foundation, the form and its check step, sending,
 * the confirmation and the personal link's see-or-cancel view. The widget fetches it when
 * the browser is idle after the list has shown, so that it is there when a role is chosen.
 */
import { css } from 'lit';
import { formStyles } from '../core/form/form.styles.ts';

export { FormController } from '../core/form/form-controller.ts';
export { postJson, withToken } from '../api/write.ts';
export { renderCheck, renderQuestions } from './signup-form.ts';
export { QuestionSteps, questionsDone } from './steps.ts';
export { renderConfirmation } from './confirmation.ts';
export { renderManage } from './manage.ts';
export { personalLink } from './personal-link.ts';

const ownStyles = css`
  .days {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
    gap: 0.75rem 1rem;
  }
  .day legend {
    font-weight: 700;
  }
  .step-count {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
  }
  .privacy,
  .personal-link {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 2px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .personal-link {
    border-style: dashed;
  }
  .reference {
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .confirmation h3 {
    font-size: 1.5em;
  }
  button.danger {
    background: var(--buurt-color-danger, #a4161a);
    border-color: var(--buurt-color-danger, #a4161a);
  }
`;

export const flowStyles = [formStyles, ownStyles];
