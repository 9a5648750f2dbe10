/**
 * The activities in the coordinator's mocks (`/v1/beheer/activities`, `activity-options`,
 * `schedule-preview`), in the contract's shapes: a few activities by hand, two imported from
 * the Moestuin's own calendar (one hidden), one with a rule the editor cannot show, one of
 * each organisation. The preview is a simple expansion of the editor's rules here (the real
 * one is the server's); an organisation contact sees and changes only their own.
 */
import { http, HttpResponse } from 'msw';
import type { components } from '../../contract/types.ts';
import { addDays, todayKey } from '../core/dates.ts';
import { parseRule, WEEKDAYS, endTime } from '../../common/recurrence-form.ts';
import { amsterdam, audiences, categories, organizations } from './fixtures.ts';
import type { Tools } from './beheer-tools.ts';

type S = components['schemas'];
type Activity = S['BeheerActivity'];
type Input = S['BeheerActivityInput'];
type Schedule = S['BeheerActivitySchedule'];
type PreviewItem = S['BeheerSchedulePreview']['occurrences'][number];

/** An organisation contact of Dorpshuis De Linde (sign in with `beheer.signInAs`). */
export const CONTACT_ACCOUNT: S['BeheerAccount'] = {
  id: '2b8e6a10-4c7d-4f2e-9b1a-7d3c5e9f0a12',
  email: 'anja@dorpshuis.example',
  name: 'Anja van het Dorpshuis',
  role: 'organization-contact',
  organizationId: 'dorpshuis-de-linde',
};

export const FEED_URL = 'https://moestuinlindehoek.example/agenda.ics';
const FEED_ID = '7a1d9c3e-5b2f-4e8a-9c6d-1f0e2b3a4c5d';

const PLACES: S['BeheerActivityOptions']['places'] = [
  { id: 'dorpshuis-de-linde', name: 'Dorpshuis De Linde', address: { street: 'Lindeplein 1', postalCode: '4151 AB', locality: 'Linde' }, village: 'linde' },
  { id: 'sporthal-linde', name: 'Sporthal De Linde', address: { street: 'Sportlaan 4', postalCode: '4151 CD', locality: 'Linde' }, village: 'linde' },
  { id: 'moestuin-lindehoek', name: 'Moestuin Lindehoek', address: { street: 'Hoekweg 12', postalCode: '4153 EF', locality: 'Lindehoek' }, village: 'lindehoek' },
];

const ref = (id: string): S['OrganizerRef'] => {
  const o = organizations.find((x) => x.id === id)!;
  return { id: o.id, name: o.name, kind: o.kind };
};

const DAY_NAMES = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const ORDINAL_NAMES: Record<number, string> = { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', [-1]: 'laatste' };
const dayName = (d: string) => DAY_NAMES[WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number])]!;
const weekdayIndex = (day: string) => (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
const clock = (hhmm: string) => hhmm.replace(':', '.');

/** The rule in words, roughly as the server says it. */
function describe(s: Schedule): string {
  const time = s.startsAt.slice(11, 16);
  const times = `${clock(time)} tot ${clock(endTime(time, s.durationMinutes))} uur`;
  const model = parseRule(s.rrule);
  const until = (end: { kind: string; date?: string; count?: number }) =>
    end.kind === 'until' ? `, tot en met ${end.date!.split('-').reverse().join('-')}` : end.kind === 'count' ? `, ${end.count} keer` : '';
  switch (model.kind) {
    case 'once':
      return `Eenmalig op ${s.startsAt.slice(0, 10).split('-').reverse().join('-')}, ${times}`;
    case 'weekly': {
      const days = model.days.map(dayName);
      const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} en ${days.at(-1)}` : days[0];
      return `${model.interval > 1 ? `Elke ${model.interval} weken op ${list}` : `Elke ${list}`}, ${times}${until(model.end)}`;
    }
    case 'monthly':
      return `Iedere ${ORDINAL_NAMES[model.ordinal]} ${dayName(model.day)} van de maand, ${times}${until(model.end)}`;
    default:
      return `Volgens een vast schema, ${times}`;
  }
}

/** The rule's dates (local `YYYY-MM-DD`) from its first one; a custom rule is taken as weekly on its first day. Bounded. */
function ruleDates(s: Schedule, limit: number): string[] {
  const first = s.startsAt.slice(0, 10);
  const model = parseRule(s.rrule);
  if (model.kind === 'once') return [first];
  const m = model.kind === 'custom' ? { kind: 'weekly' as const, interval: 1, days: [WEEKDAYS[weekdayIndex(first)]!], end: { kind: 'never' as const } } : model;
  const out: string[] = [];
  const monday = addDays(first, -weekdayIndex(first));
  for (let day = first, i = 0; i < 4000 && out.length < limit; day = addDays(day, 1), i++) {
    if (m.end.kind === 'until' && day > m.end.date) break;
    if (m.end.kind === 'count' && out.length >= m.end.count) break;
    const wd = WEEKDAYS[weekdayIndex(day)]!;
    if (m.kind === 'weekly') {
      const week = Math.floor((Date.parse(day) - Date.parse(monday)) / (7 * 86_400_000));
      if (week % m.interval === 0 && m.days.includes(wd)) out.push(day);
    } else if (wd === m.day) {
      const dom = Number(day.slice(8));
      const last = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).getUTCDate();
      if (m.ordinal === -1 ? dom + 7 > last : Math.ceil(dom / 7) === m.ordinal) out.push(day);
    }
  }
  return out;
}

function preview(s: Schedule, from: string, count: number): PreviewItem[] {
  const time = s.startsAt.slice(11, 16);
  const dates = ruleDates(s, 2000).filter((d) => d >= from).slice(0, count);
  return dates.map((day) => {
    const original = `${day}T${time}`;
    const e = s.exceptions.find((x) => x.originalStartsAt === original);
    const startsAt = e?.kind === 'moved' && e.newStartsAt ? e.newStartsAt : original;
    const status = e ? (e.kind === 'skipped' ? 'skipped' : e.kind) : 'scheduled';
    const start = amsterdam(startsAt.slice(0, 10), startsAt.slice(11, 16));
    return {
      originalStartsAt: original,
      startsAt,
      start,
      end: new Date(Date.parse(start) + s.durationMinutes * 60_000).toISOString(),
      status,
      ...(e?.note ? { note: e.note } : {}),
    };
  });
}

const nextTuesday = (from: string) => addDays(from, (1 - weekdayIndex(from) + 7) % 7);

function seed(): Activity[] {
  const today = todayKey();
  const tuesday = nextTuesday(today);
  const base = {
    description: '',
    categories: ['ontmoeting'],
    audiences: ['iedereen'],
    cost: { free: true },
    accessibility: { wheelchair: true, hearingLoop: false },
    registration: { required: false },
    villageBus: false,
    exceptions: [] as S['BeheerActivityException'][],
    hidden: false,
    editable: true,
    source: 'manual' as const,
    volunteerOpportunities: [] as Activity['volunteerOpportunities'],
    updatedAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
  };
  const list: Omit<Activity, 'schedule' | 'organization' | 'placeName'>[] = [
    {
      ...base,
      id: 'koffieochtend',
      title: 'Koffieochtend',
      summary: 'Gezellig een kopje koffie drinken en bijpraten met dorpsgenoten.',
      description: 'Elke dinsdagochtend staat de koffie klaar in het dorpshuis. Iedereen is welkom.',
      organizationId: 'dorpshuis-de-linde',
      placeId: 'dorpshuis-de-linde',
      startsAt: `${addDays(tuesday, -70)}T10:00`,
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      cost: { free: true, note: 'Koffie en thee zijn gratis' },
      accessibility: { wheelchair: true, hearingLoop: true },
      villageBus: true,
      exceptions: [{ originalStartsAt: `${addDays(tuesday, 14)}T10:00`, kind: 'skipped' }],
      volunteerOpportunities: [{ id: 'koffie-schenken-koffieochtend', title: 'Koffie schenken bij de Koffieochtend', signupsOpen: true }],
    },
    {
      ...base,
      id: 'gym-voor-senioren',
      title: 'Gym voor senioren',
      summary: 'Rustig bewegen op muziek, op uw eigen tempo.',
      organizationId: 'gymvereniging-vlug-en-lenig',
      placeId: 'sporthal-linde',
      startsAt: `${addDays(tuesday, -61)}T09:30`,
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
      categories: ['bewegen'],
      audiences: ['ouderen'],
      cost: { free: false, amount: 2, note: 'Per keer' },
      registration: { required: true, capacity: 16, how: 'Bel Gerda: 0345 111222' },
    },
    {
      ...base,
      id: 'spreekuur-wijkteam',
      title: 'Spreekuur sociaal wijkteam',
      summary: 'Vragen over geld, zorg of wonen? Loop gerust binnen.',
      organizationId: 'sociaal-wijkteam',
      placeId: 'dorpshuis-de-linde',
      startsAt: `${addDays(today, -40)}T13:00`,
      durationMinutes: 120,
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=15',
      categories: ['hulp-en-advies'],
    },
    {
      ...base,
      id: 'open-tuinmiddag',
      title: 'Open tuinmiddag',
      summary: 'Kijk rond in de moestuin en proef wat er groeit.',
      organizationId: 'moestuin-lindehoek',
      placeId: 'moestuin-lindehoek',
      startsAt: `${addDays(today, -30)}T14:00`,
      durationMinutes: 120,
      rrule: 'FREQ=MONTHLY;BYDAY=1SA',
      source: 'feed',
      feed: { id: FEED_ID, url: FEED_URL },
      editable: false,
    },
    {
      ...base,
      id: 'plantjesmarkt',
      title: 'Plantjesmarkt',
      summary: 'Stekjes en plantjes ruilen.',
      organizationId: 'moestuin-lindehoek',
      placeId: 'moestuin-lindehoek',
      startsAt: `${addDays(today, 20)}T10:00`,
      durationMinutes: 180,
      rrule: null,
      source: 'feed',
      feed: { id: FEED_ID, url: FEED_URL },
      editable: false,
      hidden: true,
    },
  ];
  return list.map((a) => ({ ...a, organization: ref(a.organizationId), placeName: PLACES.find((p) => p.id === a.placeId)!.name, schedule: a.id === 'spreekuur-wijkteam' ? 'Elke maand op de 15e, 13.00 tot 15.00 uur' : describe(a) }));
}

export function createActivityStore() {
  let activities = seed();
  let versions = new Map<string, number>();
  let created = 0;
  return {
    reset() {
      activities = seed();
      versions = new Map();
      created = 0;
    },
    get all(): readonly Activity[] {
      return activities;
    },
    find: (id: string) => activities.find((a) => a.id === id),
    etag: (id: string) => `"${id}-v${versions.get(id) ?? 1}"`,
    /** Someone else saves meanwhile: the ETag the editor holds no longer matches. */
    touch(id: string) {
      versions.set(id, (versions.get(id) ?? 1) + 1);
    },
    save(input: Input, id?: string): Activity {
      const old = id ? activities.find((a) => a.id === id) : undefined;
      const saved: Activity = {
        ...input,
        id: old?.id ?? `activiteit-${++created}`,
        schedule: describe(input),
        source: 'manual',
        hidden: old?.hidden ?? false,
        editable: true,
        organization: ref(input.organizationId),
        placeName: PLACES.find((p) => p.id === input.placeId)!.name,
        volunteerOpportunities: old?.volunteerOpportunities ?? [],
        updatedAt: new Date().toISOString(),
      };
      if (old) {
        activities[activities.indexOf(old)] = saved;
        this.touch(saved.id);
      } else activities.push(saved);
      return saved;
    },
    remove(id: string) {
      activities = activities.filter((a) => a.id !== id);
    },
  };
}

export type ActivityStore = ReturnType<typeof createActivityStore>;

const LOCAL = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;

/** The contract's checks that a person can trip over, with the server's kind of Dutch detail. */
function invalid(body: Partial<Input>, full: boolean): S['Problem']['errors'] {
  const errors: NonNullable<S['Problem']['errors']> = [];
  const add = (name: string, detail: string) => errors.push({ name, in: 'body', detail });
  if (!body.startsAt || !LOCAL.test(body.startsAt)) add('startsAt', 'Geef een datum en tijd als JJJJ-MM-DDTUU:MM, tussen 1900 en 2199.');
  if (!Number.isInteger(body.durationMinutes) || body.durationMinutes! < 5 || body.durationMinutes! > 1440) add('durationMinutes', 'Moet tussen 5 en 1440 minuten zijn.');
  if (body.rrule !== null && (typeof body.rrule !== 'string' || !/^[A-Z0-9=;,:+-]{6,300}$/.test(body.rrule))) add('rrule', 'Is geen geldige herhaling (RRULE).');
  (body.exceptions ?? []).forEach((e, i) => {
    if (!LOCAL.test(e.originalStartsAt)) add(`exceptions[${i}].originalStartsAt`, 'Geef een datum en tijd als JJJJ-MM-DDTUU:MM, tussen 1900 en 2199.');
    if (e.kind === 'moved' && !(e.newStartsAt && LOCAL.test(e.newStartsAt))) add(`exceptions[${i}].newStartsAt`, 'Geef de nieuwe datum en tijd.');
  });
  if (!full) return errors;
  if (!body.title?.trim()) add('title', 'Vul dit in.');
  if (!body.summary?.trim()) add('summary', 'Vul dit in.');
  if (!PLACES.some((p) => p.id === body.placeId)) add('placeId', 'Deze plaats bestaat niet.');
  if (!organizations.some((o) => o.id === body.organizationId)) add('organizationId', 'Deze organisatie bestaat niet.');
  if (body.cost && !body.cost.free && body.cost.amount === undefined) add('cost.amount', 'Geef het bedrag, of kies gratis.');
  return errors;
}

export function activityHandlers(store: ActivityStore, { problem, csrfRefused, any, account }: Tools) {
  const mine = (a: Activity) => account().role !== 'organization-contact' || a.organizationId === account().organizationId;
  const summary = (a: Activity): S['BeheerActivitySummary'] => {
    const next = preview(a, todayKey(), 1)[0];
    return {
      id: a.id,
      title: a.title,
      organization: a.organization,
      schedule: a.schedule,
      source: a.source,
      hidden: a.hidden,
      editable: a.editable,
      ...(next ? { nextStart: next.start } : {}),
      updatedAt: a.updatedAt,
    };
  };
  const notFound = () => problem(404, 'not-found', 'Niet gevonden', 'Er is geen activiteit met dit id.');
  const invalidBody = (errors: S['Problem']['errors']) => problem(422, 'invalid-body', 'De gegevens kloppen niet', undefined, errors);
  /** The body's checks, the organisation's boundary, and a rule that gives a date. */
  async function checked(request: Request): Promise<Input | Response> {
    const body = (await request.json().catch(() => undefined)) as Input | undefined;
    if (!body || typeof body !== 'object') return problem(400, 'malformed-body', 'De aanvraag is niet te lezen');
    const errors = invalid(body, true);
    if (errors?.length) return invalidBody(errors);
    if (!mine(body as Activity)) return problem(403, 'forbidden', 'Dit mag niet', 'U kunt alleen activiteiten van uw eigen organisatie toevoegen.');
    if (!ruleDates(body, 1).length) return invalidBody([{ name: 'rrule', in: 'body', detail: 'Met deze herhaling komt er geen enkele datum in de agenda.' }]);
    return body;
  }
  return [
    http.get(any('/v1/beheer/activity-options'), () =>
      HttpResponse.json<S['BeheerActivityOptions']>({
        organizations: organizations.filter((o) => account().role !== 'organization-contact' || o.id === account().organizationId).map((o) => ref(o.id)),
        places: PLACES,
        categories,
        audiences,
        timeZone: 'Europe/Amsterdam',
      }),
    ),

    http.get(any('/v1/beheer/activities'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const organization = params.get('organization');
      const words = (params.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const items = store.all
        .filter(mine)
        .filter((a) => !organization || a.organizationId === organization)
        .filter((a) => words.every((w) => a.title.toLowerCase().includes(w)))
        .sort((a, b) => a.title.localeCompare(b.title, 'nl'))
        .map(summary);
      const limit = Number(params.get('limit') ?? 100);
      const offset = Number(params.get('offset') ?? 0);
      const next = offset + limit < items.length ? { next: offset + limit } : {};
      return HttpResponse.json<S['BeheerActivityPage']>({ items: items.slice(offset, offset + limit), total: items.length, offset, limit, ...next });
    }),

    http.get(any('/v1/beheer/activities/{id}'), ({ params }) => {
      const a = store.find(String(params.id));
      if (!a || !mine(a)) return notFound();
      return HttpResponse.json<Activity>(structuredClone(a), { headers: { etag: store.etag(a.id) } });
    }),

    http.post(any('/v1/beheer/activities'), async ({ request }) => {
      const refused = csrfRefused(request);
      if (refused) return refused;
      const body = await checked(request);
      if (body instanceof Response) return body;
      const saved = store.save(body);
      return HttpResponse.json<Activity>(structuredClone(saved), { status: 201, headers: { location: `/v1/beheer/activities/${saved.id}`, etag: store.etag(saved.id) } });
    }),

    http.put(any('/v1/beheer/activities/{id}'), async ({ request, params }) => {
      const refused = csrfRefused(request);
      if (refused) return refused;
      const a = store.find(String(params.id));
      if (!a || !mine(a)) return notFound();
      if (a.source === 'feed') return problem(409, 'conflict', 'Dit kan nu niet', 'Deze activiteit komt uit de eigen agenda van de organisatie. Wijzig haar daar, of verberg haar.');
      const ifMatch = request.headers.get('if-match');
      if (ifMatch && ifMatch !== store.etag(a.id)) {
        return problem(412, 'edit-conflict', 'Iemand anders heeft dit intussen gewijzigd', 'Open de activiteit opnieuw om de nieuwste versie te zien.');
      }
      const body = await checked(request);
      if (body instanceof Response) return body;
      const saved = store.save(body, a.id);
      return HttpResponse.json<Activity>(structuredClone(saved), { headers: { etag: store.etag(saved.id) } });
    }),

    http.delete(any('/v1/beheer/activities/{id}'), ({ request, params }) => {
      const refused = csrfRefused(request);
      if (refused) return refused;
      const a = store.find(String(params.id));
      if (!a || !mine(a)) return notFound();
      if (a.source === 'feed') return problem(409, 'conflict', 'Dit kan nu niet', 'Een activiteit uit een agenda van de organisatie kunt u niet verwijderen. Verberg haar, of haal de agenda weg.');
      if (a.volunteerOpportunities.length) {
        return problem(409, 'conflict', 'Dit kan nu niet', 'Er is vrijwilligerswerk bij deze activiteit. Stop dat eerst, dan kunt u de activiteit verwijderen.');
      }
      store.remove(a.id);
      return new HttpResponse(null, { status: 204 });
    }),

    http.put(any('/v1/beheer/activities/{id}/visibility'), async ({ request, params }) => {
      const refused = csrfRefused(request);
      if (refused) return refused;
      const a = store.find(String(params.id));
      if (!a || !mine(a)) return notFound();
      const body = (await request.json().catch(() => undefined)) as S['BeheerVisibilityRequest'] | undefined;
      if (typeof body?.hidden !== 'boolean') return invalidBody([{ name: 'hidden', in: 'body', detail: 'Moet waar of onwaar zijn.' }]);
      a.hidden = body.hidden;
      store.touch(a.id);
      return HttpResponse.json<Activity>(structuredClone(a));
    }),

    http.post(any('/v1/beheer/schedule-preview'), async ({ request }) => {
      const refused = csrfRefused(request);
      if (refused) return refused;
      const body = (await request.json().catch(() => undefined)) as S['BeheerSchedulePreviewRequest'] | undefined;
      if (!body || typeof body !== 'object') return problem(400, 'malformed-body', 'De aanvraag is niet te lezen');
      const errors = invalid(body, false);
      if (errors?.length) return invalidBody(errors);
      const occurrences = preview(body, body.from ?? todayKey(), Math.min(50, body.count ?? 10));
      if (!ruleDates(body, 1).length) return invalidBody([{ name: 'rrule', in: 'body', detail: 'Met deze herhaling komt er geen enkele datum in de agenda.' }]);
      return HttpResponse.json<S['BeheerSchedulePreview']>({ schedule: describe(body), occurrences });
    }),
  ];
}
