/** The form foundation's English texts, spread into a form widget's English table (its own chunk). */
import type { FormMessages } from './messages.ts';

export const formMessagesEn: FormMessages = {
  summaryTitle: 'There is a problem',
  required: (label) => `Enter ${label.toLowerCase()}.`,
  emailInvalid: 'Enter an e-mail address like name@example.com.',
  tooLong: (max) => `Use at most ${max} characters.`,
  invalid: 'This is not right. Please check it.',
  optional: '(optional)',
  sending: 'Sending…',
  offline:
    'Sending did not work: there is no internet connection. What you filled in has been kept. Check your connection and send it again.',
  failed:
    'Sending did not work because of a fault on our side. What you filled in has been kept. Please try again in a few minutes.',
  busy: 'Your earlier attempt is still being processed. Wait a moment and send it again.',
  limited:
    'A lot has been sent from your address in a short time. What you filled in has been kept. Wait a few minutes and send it again.',
  resend: 'Send again',
  change: 'Change',
  fixFields: (n) => (n === 1 ? 'There is 1 error in the form.' : `There are ${n} errors in the form.`),
};
