/**
 * The sociale kaart's texts (docs/decisions/0003): Dutch is the source, English has the
 * same keys. Each widget keeps its own table, so its entry carries only its own words.
 */
import type { Localised } from '../core/i18n.ts';
import { coreMessages } from '../core/messages.ts';

const nl = {
  ...coreMessages.nl,
  loading: 'De sociale kaart wordt geladen…',
  error:
    'De sociale kaart kan nu niet worden geladen. Controleer de internetverbinding of probeer het later opnieuw.',
  offline: (when: string) => `U ziet de kaart van ${when}. Er is nu geen verbinding, dus nieuwe wijzigingen ziet u nog niet.`,
  search: 'Waar zoekt u hulp bij?',
  searchHint: 'Typ een vraag of een woord, bijvoorbeeld: rekeningen, eenzaam, hulp in de tuin',
  filters: 'Filter op onderwerp, dorp of soort hulp',
  category: 'Onderwerp',
  village: 'Dorp of buurtschap',
  kind: 'Soort hulp',
  openNow: 'Nu open',
  informal: 'Vrijwilligers (informele hulp)',
  professional: 'Professionele hulp',
  professionalHint: 'Hulpverleners met een opleiding. Voor zorgen die te zwaar zijn voor een vrijwilliger.',
  results: (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`),
  showAll: (n: number) => `Toon alle ${n} resultaten`,
  searchUnavailable: 'Zoeken lukt nu niet. Controleer de internetverbinding of probeer het later opnieuw.',
  nothingFound: 'Niets gevonden.',
  nothingFoundFor: (q: string) => `Niets gevonden voor “${q}”.`,
  suggestions: 'Probeer een ander woord, of kies een onderwerp:',
  organization: 'Van',
  forWhom: 'Voor wie',
  costs: 'Kosten',
  contact: 'Contact',
  call: 'Bel',
  email: 'E-mail',
  website: 'Website',
  address: 'Adres',
  todayOpen: (hours: string) => `Vandaag open: ${hours}`,
  todayClosed: 'Vandaag gesloten',
  byAppointment: 'Op afspraak',
  alsoByAppointment: 'ook op afspraak',
  nowOpen: 'Nu open',
  hoursRange: (from: string, to: string) => `${from} – ${to} uur`,
  referralNeeded: 'Verwijzing nodig (bijvoorbeeld van de huisarts of het wijkteam)',
  noReferral: 'Geen verwijzing nodig',
  howToApply: 'Aanmelden',
  openingHours: 'Openingstijden',
  checked: (date: string) => `Laatst gecontroleerd op ${date}`,
  outdated: 'Mogelijk verouderd: controleer dit even bij de organisatie.',
  more: 'Meer over deze hulp',
  addToCard: 'Zet op verwijskaart',
  onCard: 'Op verwijskaart',
  card: 'Verwijskaart',
  cardCount: (n: number) => `Verwijskaart bekijken (${n})`,
  cardLoading: 'De verwijskaart wordt geladen…',
  cardUnavailable: 'De verwijskaart kan nu niet worden geladen. Controleer de internetverbinding.',
  close: 'Sluiten',
};

export type SocialMapMessages = typeof nl;

export const socialMapMessages: Localised<SocialMapMessages> = { nl, en: () => import('./messages.en.ts').then((t) => t.en) };
