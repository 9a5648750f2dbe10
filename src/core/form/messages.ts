/**
 * Texts of the form foundation, spread into a form widget's own `messages.ts` (as
 * core/messages.ts is). Plain Dutch (B1) first; English (messages.en.ts) has the same keys.
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

/** Dutch only: English is core/form/messages.en.ts, which Dutch pages never download. */
export const formMessages: Readonly<{ nl: FormMessages }> = { nl };
