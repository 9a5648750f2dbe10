/**
 * The texts of "Logboek" in /beheer (audit-log.ts): Dutch, and English with the same keys.
 * Each row of the log reads as a sentence: "Anna Coördinator wijzigde de activiteit". The
 * words come from the action and the kind of record: first a sentence for the pair, else
 * the action's verb with the record's noun, else the raw action and type, so a new action
 * still shows something honest.
 */
import type { Locale } from '../core/i18n.ts';

type Phrase = (noun: string) => string;

const nl = {
  nav: 'Logboek',
  title: 'Logboek',
  intro: 'Wie wat heeft bekeken of gewijzigd, en wanneer. Het nieuwste staat bovenaan. Het logboek noemt alleen wie het deed, nooit gegevens van inwoners.',
  filters: 'Zoeken in het logboek',
  account: 'Wie',
  anyone: 'Iedereen',
  recordType: 'Soort gegeven',
  anyType: 'Alles',
  recordId: 'Code of kenmerk',
  recordIdHint: 'Bijvoorbeeld VW-7K3M-Q9PD of koffieochtend.',
  from: 'Vanaf',
  to: 'Tot en met',
  apply: 'Toon',
  more: 'Meer laden',
  loadingMore: 'Bezig met laden…',
  moreFailed: 'Meer laden is niet gelukt. Probeer het nog eens.',
  empty: 'Er staat niets in het logboek dat hierbij past.',
  shown: (n: number) => (n === 1 ? '1 regel' : `${n} regels`),
  when: 'Wanneer',
  who: 'Wie',
  what: 'Wat',
  open: (id: string) => `Bekijk ${id}`,
  types: {
    activity: 'Activiteiten',
    service: 'Diensten',
    organization: 'Organisaties',
    'volunteer-signup': 'Aanmeldingen',
    'ride-request': 'Ritaanvragen',
    message: 'Berichten',
    'calendar-feed': 'Agenda-koppelingen',
    account: 'Accounts',
    invitation: 'Uitnodigingen',
  } as Record<string, string>,
  nouns: {
    activity: 'de activiteit',
    service: 'de dienst',
    organization: 'de organisatie',
    'volunteer-signup': 'een aanmelding',
    'ride-request': 'een ritaanvraag',
    message: 'een bericht',
    'calendar-feed': 'een agenda-koppeling',
    account: 'een account',
    person: 'een persoon',
    invitation: 'een uitnodiging',
  } as Record<string, string>,
  verbs: {
    view: (n) => `bekeek ${n}`,
    create: (n) => `voegde ${n} toe`,
    add: (n) => `voegde ${n} toe`,
    update: (n) => `wijzigde ${n}`,
    delete: (n) => `verwijderde ${n}`,
    remove: (n) => `haalde ${n} weg`,
    hide: (n) => `verborg ${n}`,
    show: (n) => `toonde ${n} weer`,
    confirm: (n) => `bevestigde ${n}`,
    cancel: (n) => `zegde ${n} af`,
    decline: (n) => `wees ${n} af`,
    export: (n) => `nam ${n} op in een AVG-overzicht`,
    refresh: (n) => `haalde ${n} opnieuw op`,
  } as Record<string, Phrase>,
  /** Pairs that read better than verb + noun. */
  sentences: {
    'account:login': 'logde in',
    'service:assure': 'markeerde de dienst als nog actueel',
    'volunteer-signup:move-up': 'haalde een aanmelding van de wachtlijst',
    'volunteer-signup:vog': 'noteerde de VOG bij een aanmelding',
    'volunteer-signup:delete': 'verwijderde een aanmelding (AVG)',
    'ride-request:confirm': 'bevestigde een rit',
    'ride-request:update': 'wijzigde een rit',
    'ride-request:cancel': 'zegde een rit af',
    'ride-request:delete': 'verwijderde een ritaanvraag (AVG)',
    'message:done': 'zette een belverzoek op "Gebeld"',
    'person:export': 'zocht iemand op voor een AVG-overzicht (niet gevonden)',
    'calendar-feed:refresh': 'haalde een agenda opnieuw op',
    'account:disable': 'blokkeerde een account',
    'account:enable': 'liet een account weer toe',
    'invitation:invite': 'nodigde iemand uit',
    'invitation:accept': 'nam een uitnodiging aan en maakte een account',
    'invitation:withdraw': 'trok een uitnodiging in',
    'service:import': 'importeerde de dienst (HSDS-bestand)',
  } as Record<string, string>,
  fallback: (action: string, type: string) => `deed "${action}" met ${type}`,
};

export type AuditLogMessages = typeof nl;

const en: AuditLogMessages = {
  nav: 'Log',
  title: 'Audit log',
  intro: 'Who viewed or changed what, and when. Newest first. The log only names who did it, never residents’ details.',
  filters: 'Search the log',
  account: 'Who',
  anyone: 'Anyone',
  recordType: 'Kind of record',
  anyType: 'Everything',
  recordId: 'Code or reference',
  recordIdHint: 'For example VW-7K3M-Q9PD or koffieochtend.',
  from: 'From',
  to: 'Up to and including',
  apply: 'Show',
  more: 'Load more',
  loadingMore: 'Loading…',
  moreFailed: 'Loading more did not work. Please try again.',
  empty: 'Nothing in the log matches.',
  shown: (n) => (n === 1 ? '1 row' : `${n} rows`),
  when: 'When',
  who: 'Who',
  what: 'What',
  open: (id) => `View ${id}`,
  types: {
    activity: 'Activities',
    service: 'Services',
    organization: 'Organisations',
    'volunteer-signup': 'Sign-ups',
    'ride-request': 'Ride requests',
    message: 'Messages',
    'calendar-feed': 'Calendar feeds',
    account: 'Accounts',
    invitation: 'Invitations',
  },
  nouns: {
    activity: 'the activity',
    service: 'the service',
    organization: 'the organisation',
    'volunteer-signup': 'a sign-up',
    'ride-request': 'a ride request',
    message: 'a message',
    'calendar-feed': 'a calendar feed',
    account: 'an account',
    person: 'a person',
    invitation: 'an invitation',
  },
  verbs: {
    view: (n) => `viewed ${n}`,
    create: (n) => `added ${n}`,
    add: (n) => `added ${n}`,
    update: (n) => `changed ${n}`,
    delete: (n) => `deleted ${n}`,
    remove: (n) => `removed ${n}`,
    hide: (n) => `hid ${n}`,
    show: (n) => `showed ${n} again`,
    confirm: (n) => `confirmed ${n}`,
    cancel: (n) => `cancelled ${n}`,
    decline: (n) => `declined ${n}`,
    export: (n) => `included ${n} in a GDPR export`,
    refresh: (n) => `fetched ${n} again`,
  },
  sentences: {
    'account:login': 'logged in',
    'service:assure': 'marked the service as still current',
    'volunteer-signup:move-up': 'moved a sign-up up from the waiting list',
    'volunteer-signup:vog': 'recorded the VOG of a sign-up',
    'volunteer-signup:delete': 'deleted a sign-up (GDPR)',
    'ride-request:confirm': 'confirmed a ride',
    'ride-request:update': 'changed a ride',
    'ride-request:cancel': 'cancelled a ride',
    'ride-request:delete': 'deleted a ride request (GDPR)',
    'message:done': 'marked a call as "Called"',
    'person:export': 'looked someone up for a GDPR export (not found)',
    'calendar-feed:refresh': 'fetched a calendar again',
    'account:disable': 'blocked an account',
    'account:enable': 'let an account in again',
    'invitation:invite': 'invited someone',
    'invitation:accept': 'accepted an invitation and made an account',
    'invitation:withdraw': 'withdrew an invitation',
    'service:import': 'imported the service (HSDS file)',
  },
  fallback: (action, type) => `did "${action}" with ${type}`,
};

export const auditLogMessages = (locale: Locale): AuditLogMessages => (locale === 'en' ? en : nl);

/** "wijzigde de activiteit": the sentence for the pair, else verb + noun, else the fallback. */
export function describeAction(m: AuditLogMessages, action: string, recordType: string): string {
  const sentence = m.sentences[`${recordType}:${action}`];
  if (sentence) return sentence;
  const noun = m.nouns[recordType] ?? `"${recordType}"`;
  const verb = m.verbs[action];
  return verb ? verb(noun) : m.fallback(action, noun);
}
