/** The agenda's texts (docs/decisions/0003): Dutch is the source, English has the same keys. */
import type { Localised } from '../core/i18n.ts';
import { coreMessages } from '../core/messages.ts';

const nl = {
  ...coreMessages.nl,
  today: 'Vandaag',
  tomorrow: 'Morgen',
  loading: 'De agenda wordt geladen…',
  empty: 'Geen activiteiten in deze periode.',
  showMore: (days: number) => `Toon de komende ${days} dagen`,
  moreDays: (n: number) => (n === 1 ? 'Toon nog 1 dag' : `Toon meer dagen (nog ${n})`),
  error:
    'De agenda kan nu niet worden geladen. Controleer uw internetverbinding of probeer het later opnieuw.',
  filtersError: 'De filters kunnen nu niet worden geladen.',
  count: (n: number) => (n === 1 ? '1 activiteit' : `${n} activiteiten`),
  filters: 'Filters',
  categories: 'Soort activiteit',
  chooseCategory: 'Kies een soort activiteit',
  organizations: 'Kies een organisatie',
  search: 'Zoeken in de agenda',
  searchHint: 'Bijvoorbeeld: koffie, fietsen of bingo',
  searchButton: 'Zoek',
  list: 'Lijst',
  month: 'Maand',
  viewLabel: 'Weergave',
  prevMonth: 'Vorige maand',
  nextMonth: 'Volgende maand',
  noneThisDay: 'Op deze dag zijn geen activiteiten.',
  activitiesOn: (n: number) => (n === 1 ? '1 activiteit' : `${n} activiteiten`),
  allDay: 'de hele dag',
  hours: (range: string) => `${range} uur`,
  free: 'Gratis',
  cancelled: 'Gaat niet door',
  moved: 'Verplaatst',
  movedFrom: (when: string) => `eerst ${when}`,
  registration: 'Aanmelden nodig',
  placesLeft: (n: number) => (n === 0 ? 'vol' : n === 1 ? 'nog 1 plek' : `nog ${n} plekken`),
  wheelchair: 'Toegankelijk met rolstoel',
  hearingLoop: 'Ringleiding',
  organizer: 'Door',
  audience: 'Voor',
  addToCalendar: 'Zet in mijn agenda',
  rideNeeded: 'Vervoer nodig?',
  helpOut: 'Help mee',
  busInfo: 'De dorpsbus kan u brengen.',
  subscribe: 'Abonneer op deze agenda',
  download: 'Download als agendabestand (.ics)',
  feedHint: 'Met abonneren ziet u nieuwe activiteiten vanzelf in uw eigen agenda.',
  agenda: 'Agenda',
};

export type AgendaMessages = typeof nl;

export const agendaMessages: Localised<AgendaMessages> = { nl, en: () => import('./messages.en.ts').then((t) => t.en) };
