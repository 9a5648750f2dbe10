/**
 * A small per-element message table (see docs/decisions/0003-localisation.md):
 * @lit/localize keeps one locale per page, while each Buurtkit element has its own `lang`.
 */
const nl = {
  today: 'Vandaag',
  tomorrow: 'Morgen',
  loading: 'De agenda wordt geladen…',
  empty: 'Geen activiteiten in deze periode.',
  clearFilters: 'Filters wissen',
  showMore: (days: number) => `Toon de komende ${days} dagen`,
  moreDays: (n: number) => (n === 1 ? 'Toon nog 1 dag' : `Toon meer dagen (nog ${n})`),
  error:
    'De agenda kan nu niet worden geladen. Controleer uw internetverbinding of probeer het later opnieuw.',
  retry: 'Opnieuw proberen',
  filtersError: 'De filters kunnen nu niet worden geladen.',
  count: (n: number) => (n === 1 ? '1 activiteit' : `${n} activiteiten`),
  filters: 'Filters',
  categories: 'Soort activiteit',
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
  busInfo: 'De dorpsbus kan u brengen.',
  subscribe: 'Abonneer op deze agenda',
  download: 'Download als agendabestand (.ics)',
  feedHint: 'Met abonneren ziet u nieuwe activiteiten vanzelf in uw eigen agenda.',
  agenda: 'Agenda',
};

export type Messages = typeof nl;

const en: Messages = {
  today: 'Today',
  tomorrow: 'Tomorrow',
  loading: 'Loading the calendar…',
  empty: 'No activities in this period.',
  clearFilters: 'Clear filters',
  showMore: (days) => `Show the next ${days} days`,
  moreDays: (n) => (n === 1 ? 'Show 1 more day' : `Show more days (${n} more)`),
  error:
    'The calendar cannot be loaded right now. Check your internet connection or try again later.',
  retry: 'Try again',
  filtersError: 'The filters cannot be loaded right now.',
  count: (n) => (n === 1 ? '1 activity' : `${n} activities`),
  filters: 'Filters',
  categories: 'Kind of activity',
  organizations: 'Choose an organisation',
  search: 'Search the calendar',
  searchHint: 'For example: coffee, cycling or bingo',
  searchButton: 'Search',
  list: 'List',
  month: 'Month',
  viewLabel: 'View',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  noneThisDay: 'There are no activities on this day.',
  activitiesOn: (n) => (n === 1 ? '1 activity' : `${n} activities`),
  hours: (range) => range,
  free: 'Free',
  cancelled: 'Cancelled',
  moved: 'Moved',
  movedFrom: (when) => `was ${when}`,
  registration: 'Registration required',
  placesLeft: (n) => (n === 0 ? 'full' : n === 1 ? '1 place left' : `${n} places left`),
  wheelchair: 'Wheelchair accessible',
  hearingLoop: 'Hearing loop',
  organizer: 'By',
  audience: 'For',
  addToCalendar: 'Add to my calendar',
  rideNeeded: 'Need a ride?',
  busInfo: 'The village bus can take you.',
  subscribe: 'Subscribe to this calendar',
  download: 'Download as calendar file (.ics)',
  feedHint: 'When you subscribe, new activities appear in your own calendar by themselves.',
  agenda: 'Calendar',
};

export type Locale = 'nl' | 'en';

/** `en`, `en-GB`… give English; anything else Dutch. */
export function toLocale(lang: string | null | undefined): Locale {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function messages(locale: Locale): Messages {
  return locale === 'en' ? en : nl;
}
