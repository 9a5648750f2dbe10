/** The texts of "Sociale kaart" in /beheer (services.ts): Dutch, and English with the same keys. */
import type { Locale } from '../core/i18n.ts';
import type { components } from '../../contract/types.ts';

type HelpKind = components['schemas']['HelpKind'];

const nl = {
  title: 'Sociale kaart',
  intro: 'Klopt wat er over een dienst staat nog? Kies dan "Nog actueel". Inwoners zien dan dat de informatie is nagekeken.',
  filter: 'Toon',
  all: 'Alle diensten',
  stale: (n: number) => `Meer dan een jaar niet gecontroleerd (${n})`,
  staleIntro: 'Deze diensten zijn meer dan een jaar niet gecontroleerd, de oudste eerst. Bel of mail de organisatie als u twijfelt.',
  empty: 'Er zijn nog geen diensten om te beheren.',
  emptyStale: 'Alle diensten zijn het afgelopen jaar gecontroleerd. Goed bijgehouden!',
  count: (shown: number, total: number) => (shown < total ? `${shown} van ${total} diensten` : total === 1 ? '1 dienst' : `${total} diensten`),
  organization: 'Organisatie',
  kind: 'Soort hulp',
  kinds: { informal: 'Informeel (vrijwilligers, buren)', professional: 'Professioneel', both: 'Informeel en professioneel' } satisfies Record<HelpKind, string>,
  status: 'Status',
  statuses: { active: 'Actief', inactive: 'Niet actief', defunct: 'Gestopt', 'temporarily closed': 'Tijdelijk gesloten' } as Record<string, string>,
  checkedOn: (date: string) => `Gecontroleerd op ${date}`,
  staleMark: 'Meer dan een jaar niet gecontroleerd',
  assure: 'Nog actueel',
  assured: (name: string) => `Genoteerd: "${name}" is vandaag gecontroleerd.`,
  gone: 'Deze dienst bestaat niet meer. De lijst is bijgewerkt.',
  notYours: 'Dit is een dienst van een andere organisatie. Die kunt u niet als actueel markeren.',
  offline: 'Dit is niet gelukt: er is geen verbinding. Probeer het zo nog eens.',
  failed: 'Dit is niet gelukt. Probeer het later nog eens.',
};

export type ServicesMessages = typeof nl;

const en: ServicesMessages = {
  title: 'Social map',
  intro: 'Is what a service says still right? Then choose "Still current". Residents will see that the information was checked.',
  filter: 'Show',
  all: 'All services',
  stale: (n) => `Not checked for over a year (${n})`,
  staleIntro: 'These services have not been checked for over a year, oldest first. Call or e-mail the organisation when in doubt.',
  empty: 'There are no services to look after yet.',
  emptyStale: 'Every service was checked in the past year. Well kept!',
  count: (shown, total) => (shown < total ? `${shown} of ${total} services` : total === 1 ? '1 service' : `${total} services`),
  organization: 'Organisation',
  kind: 'Kind of help',
  kinds: { informal: 'Informal (volunteers, neighbours)', professional: 'Professional', both: 'Informal and professional' },
  status: 'Status',
  statuses: { active: 'Active', inactive: 'Not active', defunct: 'Stopped', 'temporarily closed': 'Temporarily closed' },
  checkedOn: (date) => `Checked on ${date}`,
  staleMark: 'Not checked for over a year',
  assure: 'Still current',
  assured: (name) => `Noted: "${name}" was checked today.`,
  gone: 'This service no longer exists. The list has been updated.',
  notYours: 'This service belongs to another organisation. You cannot mark it as current.',
  offline: 'That did not work: there is no connection. Please try again shortly.',
  failed: 'That did not work. Please try again later.',
};

export const servicesMessages = (locale: Locale): ServicesMessages => (locale === 'en' ? en : nl);
