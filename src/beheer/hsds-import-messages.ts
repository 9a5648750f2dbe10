/** The texts of "Sociale kaart importeren" in /beheer (hsds-import.ts): Dutch, and English with the same keys. */
import type { Locale } from '../core/i18n.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const nl = {
  title: 'Sociale kaart importeren',
  link: 'Diensten importeren uit een bestand (HSDS)',
  back: 'Terug naar de sociale kaart',
  intro:
    'Heeft een ander netwerk of de regionale sociale kaart een bestand met diensten (HSDS 3.0, een .json-bestand)? Dan kunt u die diensten hier toevoegen of bijwerken. U ziet eerst wat er verandert. Er wordt pas iets opgeslagen als u op "Importeren" drukt.',
  file: 'Bestand',
  fileHint: 'Een .json-bestand van hoogstens 4 MB, zoals de HSDS-export van Buurtkit.',
  fileMissing: 'Kies eerst een bestand.',
  tooLarge: 'Dit bestand is groter dan 4 MB. Vraag om een kleiner bestand, bijvoorbeeld per gemeente.',
  notJson: 'Dit bestand kunnen we niet lezen: het is geen JSON-bestand.',
  notHsds: 'Dit bestand bevat geen diensten in HSDS-vorm (er ontbreekt een lijst "contents").',
  check: 'Bestand controleren',
  checking: 'Bezig met controleren…',
  summaryTitle: 'Wat er verandert',
  counts: (added: number, updated: number, unchanged: number, skipped = 0) =>
    `${added} nieuw, ${updated} bijgewerkt, ${unchanged} ongewijzigd${skipped ? `, ${skipped} overgeslagen` : ''}`,
  problems: (n: number) => plural(n, 'probleem', 'problemen'),
  warnings: (n: number) => plural(n, 'opmerking', 'opmerkingen'),
  organizations: (added: number, updated: number) => `Organisaties: ${added} nieuw, ${updated} bijgewerkt.`,
  skippedTitle: (n: number) => `${plural(n, 'gegeven', 'gegevens')} overgeslagen: hier later gewijzigd`,
  skippedIntro:
    'Dit staat ook in het bestand, maar het is hier gewijzigd nadat het bestand is gemaakt. Het bestand is dus ouder. Wij nemen dit niet over, zodat uw wijziging blijft staan. De rest van het bestand wel. Wilt u toch de gegevens uit het bestand? Vraag dan een nieuwer bestand.',
  skippedRecord: { service: 'Dienst', organization: 'Organisatie', location: 'Plek' } as Record<'service' | 'organization' | 'location', string>,
  skippedWhen: (file: string, ours: string) => `in het bestand van ${file}, hier gewijzigd op ${ours}.`,
  onlySkipped: 'Er is niets te importeren: de rest van het bestand staat al zo in de sociale kaart.',
  categories: (n: number) => `${plural(n, 'nieuwe categorie', 'nieuwe categorieën')}.`,
  problemsIntro: 'Zolang er problemen zijn, wordt er niets geïmporteerd. Pas het bestand aan (of vraag de afzender dat te doen) en kies het opnieuw.',
  warningsIntro: 'Dit wordt niet overgenomen. De rest van de dienst wel.',
  field: 'veld',
  fileAsWhole: 'Het bestand',
  nothingToDo: 'Alles in dit bestand staat al zo in de sociale kaart. Er is niets te importeren.',
  import: 'Importeren',
  importing: 'Bezig met importeren…',
  imported: (added: number, updated: number, unchanged: number, skipped = 0) =>
    `Geïmporteerd: ${added} nieuw, ${updated} bijgewerkt, ${unchanged} ongewijzigd${skipped ? `, ${skipped} overgeslagen` : ''}. Inwoners zien het nu op de sociale kaart.`,
  refused: 'Er is niets geïmporteerd. Dit klopt niet in het bestand:',
  forbidden: 'Alleen de coördinator kan een sociale kaart importeren.',
  offline: 'Dit is niet gelukt: er is geen verbinding. Probeer het zo nog eens.',
  failed: 'Dit is niet gelukt. Probeer het later nog eens.',
};

export type HsdsImportMessages = typeof nl;

const en: HsdsImportMessages = {
  title: 'Import a social map',
  link: 'Import services from a file (HSDS)',
  back: 'Back to the social map',
  intro:
    'Does another network or the regional social map have a file of services (HSDS 3.0, a .json file)? Then you can add or update those services here. You first see what will change. Nothing is stored until you press "Import".',
  file: 'File',
  fileHint: 'A .json file of at most 4 MB, such as the HSDS export of Buurtkit.',
  fileMissing: 'Choose a file first.',
  tooLarge: 'This file is larger than 4 MB. Ask for a smaller file, for example per municipality.',
  notJson: 'We cannot read this file: it is not a JSON file.',
  notHsds: 'This file holds no services in HSDS form (a list "contents" is missing).',
  check: 'Check file',
  checking: 'Checking…',
  summaryTitle: 'What will change',
  counts: (added, updated, unchanged, skipped = 0) => `${added} new, ${updated} updated, ${unchanged} unchanged${skipped ? `, ${skipped} skipped` : ''}`,
  problems: (n) => plural(n, 'problem', 'problems'),
  warnings: (n) => plural(n, 'note', 'notes'),
  organizations: (added, updated) => `Organisations: ${added} new, ${updated} updated.`,
  skippedTitle: (n) => `${plural(n, 'record', 'records')} skipped: changed here later`,
  skippedIntro:
    'This is in the file too, but it was changed here after the file was made. So the file is older. We do not take this over, so that your change stays. The rest of the file we do. Do you want the data from the file after all? Then ask for a newer file.',
  skippedRecord: { service: 'Service', organization: 'Organisation', location: 'Place' },
  skippedWhen: (file, ours) => `in the file of ${file}, changed here on ${ours}.`,
  onlySkipped: 'There is nothing to import: the rest of the file is already on the social map.',
  categories: (n) => `${plural(n, 'new category', 'new categories')}.`,
  problemsIntro: 'As long as there are problems, nothing is imported. Change the file (or ask the sender to) and choose it again.',
  warningsIntro: 'This is not taken over. The rest of the service is.',
  field: 'field',
  fileAsWhole: 'The file',
  nothingToDo: 'Everything in this file is already on the social map. There is nothing to import.',
  import: 'Import',
  importing: 'Importing…',
  imported: (added, updated, unchanged, skipped = 0) =>
    `Imported: ${added} new, ${updated} updated, ${unchanged} unchanged${skipped ? `, ${skipped} skipped` : ''}. Residents see it on the social map now.`,
  refused: 'Nothing was imported. This is wrong in the file:',
  forbidden: 'Only the coordinator can import a social map.',
  offline: 'That did not work: there is no connection. Please try again shortly.',
  failed: 'That did not work. Please try again later.',
};

export const hsdsImportMessages = (locale: Locale): HsdsImportMessages => (locale === 'en' ? en : nl);
