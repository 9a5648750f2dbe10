/**
 * Demo and test data for the fictional network "Samen Linde" around Dorpshuis De Linde.
 * Typed from the contract; dates are relative to today so "Vandaag" and "Morgen" always
 * have something on them.
 */
import type { components } from '../../contract/types.ts';
import { addDays, todayKey, TIME_ZONE } from '../core/dates.ts';

type Schemas = components['schemas'];
type Occurrence = Schemas['Occurrence'];
type Organization = Schemas['Organization'];

export const categories: Schemas['Term'][] = [
  { id: 'ontmoeting', name: 'Ontmoeting' },
  { id: 'bewegen', name: 'Bewegen' },
  { id: 'eten', name: 'Samen eten' },
  { id: 'hulp-en-advies', name: 'Hulp en advies' },
  { id: 'creatief', name: 'Creatief' },
];

export const audiences: Schemas['Term'][] = [
  { id: 'iedereen', name: 'iedereen' },
  { id: 'ouderen', name: 'ouderen' },
  { id: 'mantelzorgers', name: 'mantelzorgers' },
];

export const network: Schemas['Network'] = {
  id: 'samen-linde',
  name: 'Samen Linde',
  description: 'Het netwerk van organisaties en inwoners in Linde.',
  timezone: TIME_ZONE,
  villages: [
    { id: 'linde', name: 'Linde', kind: 'kern' },
    { id: 'lindehoek', name: 'Lindehoek', kind: 'buurtschap' },
  ],
  contact: { phone: '0345 123 456', email: 'info@samenlinde.example' },
  categories,
  audiences,
  volunteerKinds: [
    { id: 'koffie-en-gastvrijheid', name: 'Koffie en gastvrijheid' },
    { id: 'vervoer', name: 'Vervoer' },
    { id: 'maatje', name: 'Maatje en bezoek' },
    { id: 'tuin-en-buiten', name: 'Tuin en buiten' },
    { id: 'sport-en-bewegen', name: 'Sport en bewegen' },
  ],
};

export const organizations: Organization[] = [
  {
    id: 'dorpshuis-de-linde',
    name: 'Dorpshuis De Linde',
    kind: 'volunteer',
    description: 'Het dorpshuis van Linde, gerund door vrijwilligers.',
    village: 'linde',
    contact: { phone: '0345 123 456' },
  },
  {
    id: 'sociaal-wijkteam',
    name: 'Sociaal wijkteam',
    kind: 'professional',
    description: 'Hulp bij geld, zorg, wonen en opvoeden.',
    contact: { phone: '0345 654 321' },
  },
  {
    id: 'gymvereniging-vlug-en-lenig',
    name: 'Gymvereniging Vlug en Lenig',
    kind: 'volunteer',
    description: 'Sport en beweging voor alle leeftijden.',
    village: 'linde',
    contact: {},
  },
  {
    id: 'moestuin-lindehoek',
    name: 'Moestuin Lindehoek',
    kind: 'resident-initiative',
    description: 'Bewoners tuinieren samen.',
    village: 'lindehoek',
    contact: {},
  },
];

const dorpshuis: Schemas['Place'] = {
  name: 'Dorpshuis De Linde',
  address: { street: 'Lindeplein 1', postalCode: '4151 AB', locality: 'Linde' },
  village: 'linde',
};

const ref = (id: string): Schemas['OrganizerRef'] => {
  const o = organizations.find((x) => x.id === id)!;
  return { id: o.id, name: o.name, kind: o.kind };
};
const cat = (...ids: string[]) => categories.filter((c) => ids.includes(c.id));
const aud = (...ids: string[]) => audiences.filter((a) => ids.includes(a.id));

/** `2026-12-17T10:00:00+01:00` for a day and a local time in Amsterdam. */
export function amsterdam(day: string, time: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((p) => p.type === 'timeZoneName')!
    .value.replace('GMT', '');
  return `${day}T${time}:00${offset || '+00:00'}`;
}

type Base = Omit<Occurrence, 'id' | 'start' | 'end' | 'status' | 'activityId'> & { activityId: string };

const activities: Record<string, Base> = {
  koffie: {
    activityId: 'koffieochtend',
    title: 'Koffieochtend',
    summary: 'Gezellig een kopje koffie drinken en bijpraten met dorpsgenoten.',
    place: dorpshuis,
    organizer: ref('dorpshuis-de-linde'),
    categories: cat('ontmoeting'),
    audiences: aud('iedereen'),
    cost: { free: true, note: 'Koffie en thee zijn gratis' },
    accessibility: { wheelchair: true, hearingLoop: true },
    registration: { required: false },
    villageBus: true,
    volunteersWanted: true,
  },
  gym: {
    activityId: 'gym-voor-senioren',
    title: 'Gym voor senioren',
    summary: 'Rustig bewegen op muziek, op een stoel of staand.',
    place: { ...dorpshuis, name: 'Gymzaal De Linde', address: { ...dorpshuis.address, street: 'Schoolstraat 4' } },
    organizer: ref('gymvereniging-vlug-en-lenig'),
    categories: cat('bewegen'),
    audiences: aud('ouderen'),
    cost: { free: false, amount: 2.5 },
    accessibility: { wheelchair: true, hearingLoop: false },
    registration: { required: true, capacity: 15, placesLeft: 4, how: 'Bel Ans: 0345 111 222' },
    villageBus: false,
  },
  eetcafe: {
    activityId: 'eetcafe',
    title: 'Eetcafé De Linde',
    summary: 'Een warme maaltijd met drie gangen, samen aan tafel.',
    place: dorpshuis,
    organizer: ref('dorpshuis-de-linde'),
    categories: cat('eten', 'ontmoeting'),
    audiences: aud('iedereen'),
    cost: { free: false, amount: 7.5 },
    accessibility: { wheelchair: true, hearingLoop: true, note: 'Dieetwensen graag bij aanmelding doorgeven.' },
    registration: { required: true, capacity: 30, placesLeft: 12, how: 'Aanmelden bij de bar of via activiteitencommissie.dorpshuisdelinde@samenlinde.example' },
    villageBus: true,
  },
  bingo: {
    activityId: 'bingo',
    title: 'Bingo',
    summary: 'Bingo met mooie prijzen.',
    place: dorpshuis,
    organizer: ref('dorpshuis-de-linde'),
    categories: cat('ontmoeting'),
    audiences: aud('iedereen'),
    cost: { free: false, amount: 5 },
    accessibility: { wheelchair: true, hearingLoop: true },
    registration: { required: false },
    villageBus: false,
  },
  spreekuur: {
    activityId: 'spreekuur-wijkteam',
    title: 'Spreekuur sociaal wijkteam',
    summary: 'Vragen over geld, zorg of wonen? Loop binnen, zonder afspraak.',
    place: dorpshuis,
    organizer: ref('sociaal-wijkteam'),
    categories: cat('hulp-en-advies'),
    audiences: aud('iedereen', 'mantelzorgers'),
    cost: { free: true },
    accessibility: { wheelchair: true, hearingLoop: false },
    registration: { required: false },
    villageBus: false,
  },
  fietstocht: {
    activityId: 'fietstocht',
    title: 'Fietstocht langs de Linge',
    summary: 'Een rustige tocht van 25 kilometer, met een stop voor koffie.',
    place: { ...dorpshuis, name: 'Start bij het dorpshuis' },
    organizer: ref('gymvereniging-vlug-en-lenig'),
    categories: cat('bewegen'),
    audiences: aud('iedereen'),
    cost: { free: true },
    accessibility: { wheelchair: false, hearingLoop: false },
    registration: { required: false },
    villageBus: false,
  },
  creatief: {
    activityId: 'creatieve-middag',
    title: 'Creatieve middag',
    summary: 'Schilderen, breien of kaarten maken. Materiaal is aanwezig.',
    place: dorpshuis,
    organizer: ref('dorpshuis-de-linde'),
    categories: cat('creatief'),
    audiences: aud('ouderen'),
    cost: { free: false, amount: 3 },
    accessibility: { wheelchair: true, hearingLoop: true },
    registration: { required: false },
    villageBus: true,
  },
  moestuin: {
    activityId: 'moestuin-werkochtend',
    title: 'Werkochtend in de moestuin',
    summary: 'Samen wieden, zaaien en oogsten. Iedereen mag meedoen.',
    place: {
      name: 'Moestuin Lindehoek',
      address: { street: 'Hoekweg 12', postalCode: '4151 CD', locality: 'Lindehoek' },
      village: 'lindehoek',
    },
    organizer: ref('moestuin-lindehoek'),
    categories: cat('ontmoeting', 'bewegen'),
    audiences: aud('iedereen'),
    cost: { free: true },
    accessibility: { wheelchair: false, hearingLoop: false, note: 'Onverhard pad.' },
    registration: { required: false },
    villageBus: false,
  },
};

function occ(
  a: Base,
  dayOffset: number,
  start: string,
  end: string,
  extra: Partial<Occurrence> = {},
  today = todayKey(),
): Occurrence {
  const day = addDays(today, dayOffset);
  const origDay = extra.originalStart ? extra.originalStart.slice(0, 10) : day;
  const origTime = (extra.originalStart ? extra.originalStart.slice(11, 16) : start).replace(':', '');
  return {
    ...a,
    id: `${a.activityId}-${origDay.replaceAll('-', '')}T${origTime}`,
    start: amsterdam(day, start),
    end: amsterdam(day, end),
    status: 'scheduled',
    icsUrl: '',
    ...extra,
  };
}

/** Every occurrence, relative to today (in Amsterdam). */
export function makeOccurrences(today = todayKey()): Occurrence[] {
  const list: Occurrence[] = [
    occ(activities.koffie!, 0, '10:00', '11:30', {}, today),
    occ(activities.gym!, 0, '14:00', '15:00', {}, today),
    occ(activities.eetcafe!, 1, '12:30', '14:00', {}, today),
    occ(activities.bingo!, 1, '19:30', '21:30', {
      status: 'cancelled',
      note: 'De spelleider is ziek',
    }, today),
    occ(activities.spreekuur!, 3, '09:00', '11:00', {}, today),
    occ(activities.fietstocht!, 5, '10:00', '13:00', {
      status: 'moved',
      originalStart: amsterdam(addDays(today, 4), '10:00'),
      note: 'Een dag later vanwege de weersverwachting.',
    }, today),
    occ(activities.koffie!, 7, '10:00', '11:30', {}, today),
    occ(activities.gym!, 7, '14:00', '15:00', {}, today),
    occ(activities.creatief!, 9, '14:00', '16:30', {}, today),
    occ(activities.eetcafe!, 15, '12:30', '14:00', {}, today),
    occ(activities.moestuin!, 17, '09:30', '12:00', {}, today),
    occ(activities.koffie!, 21, '10:00', '11:30', {}, today),
    occ(activities.spreekuur!, 24, '09:00', '11:00', {}, today),
    occ(activities.creatief!, 45, '14:00', '16:30', {}, today),
    occ(activities.moestuin!, -3, '09:30', '12:00', {}, today),
  ];
  for (const o of list) o.icsUrl = `/v1/occurrences/${o.id}.ics`;
  return list.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
