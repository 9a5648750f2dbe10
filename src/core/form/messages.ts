/**
 * Texts of the form foundation, spread into a form widget's own `messages.ts` (as
 * core/messages.ts is). Plain Dutch (B1) first; English has the same keys.
 */
const nl = {
  summaryTitle: 'Er is een probleem',
  required: (label: string) => `Vul ${label.toLowerCase()} in.`,
  emailInvalid: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
  tooLong: (max: number) => `Gebruik ten hoogste ${max} tekens.`,
  invalid: 'Dit klopt niet. Kijk het nog eens na.',
  optional: '(niet verplicht)',
  sending: 'Bezig met versturen…',
  offline:
    'Het versturen is niet gelukt: er is geen verbinding met internet. Wat u hebt ingevuld, is bewaard. Controleer uw verbinding en verstuur het opnieuw.',
  failed:
    'Het versturen is niet gelukt door een storing bij ons. Wat u hebt ingevuld, is bewaard. Probeer het over een paar minuten opnieuw.',
  busy: 'Uw eerdere poging wordt nog verwerkt. Wacht even en verstuur het dan opnieuw.',
  limited:
    'Er is vanaf uw adres in korte tijd veel verstuurd. Wat u hebt ingevuld, is bewaard. Wacht een paar minuten en verstuur het dan opnieuw.',
  resend: 'Opnieuw versturen',
  change: 'Wijzigen',
  fixFields: (n: number) => (n === 1 ? 'Er is 1 fout in het formulier.' : `Er zijn ${n} fouten in het formulier.`),
};

export type FormMessages = typeof nl & {
  /**
   * The server explains a refused field in Dutch. In another language the widget shows its
   * own text for each field it knows (by the field's name), and the server's for the rest.
   */
  serverErrors?: Readonly<Record<string, string>>;
};

const en: FormMessages = {
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

export const formMessages: Readonly<Record<'nl' | 'en', FormMessages>> = { nl, en };
