/**
 * The coordinator's side of the mocks (`/v1/beheer/*`), in the contract's shapes: sign-ups
 * of the demo's volunteer work with made-up people, the actions on them with the contract's
 * rules (409 on the waiting list, the first in line moves up when a place comes free, a VOG
 * date not in the future nor more than 5 years back), the outbox, and the AVG export and
 * erasure. Changes need the session's CSRF token, as on the server. In page memory:
 * `beheer.reset()` starts again. Not in the widgets' default handlers: a test or page that
 * shows `<buurt-beheer>` adds them with `worker.use(...beheerHandlers)`.
 */
import { http, HttpResponse } from 'msw';
import type { components, paths } from '../../contract/types.ts';
import { addDays, todayKey } from '../core/dates.ts';
import { activityHandlers, createActivityStore } from './beheer-activities-mock.ts';
import { createNetworkStore, networkHandlers } from './beheer-network-mock.ts';
import { createServiceEditorStore, serviceEditorHandlers } from './beheer-service-editor-mock.ts';
import { createOrganisationStore, organisationHandlers } from './beheer-organisations-mock.ts';
import { createPlaceStore, placeHandlers } from './beheer-places-mock.ts';
import { accountHandlers, createAccountStore } from './beheer-accounts-mock.ts';
import { createRideStore, DRIVERS, rideHandlers } from './beheer-rides-mock.ts';
import { activityTitles, makeOpportunities } from './volunteer-fixtures.ts';

type S = components['schemas'];
type Signup = S['BeheerSignup'];
type Json<P extends keyof paths> = paths[P]['get'] extends { responses: { 200: { content: { 'application/json': infer R } } } } ? R : never;

export const CSRF_TOKEN = 'mock-csrf-token-0123456789';

const COORDINATOR: S['BeheerAccount'] = { id: '6f1c1a52-3b1e-4c55-9a43-2d3c5b0e9a01', email: 'coordinator@demo.buurtkit.nl', name: 'Marieke Coördinator', role: 'coordinator' };
/** Jan, the first of the drivers, with an account of his own (role `driver`). */
export const DRIVER_ACCOUNT: S['BeheerAccount'] = { id: '0e4b7c2a-9d1f-4e3b-8a6c-5f2d1e0b9c84', email: 'jan@demo.buurtkit.nl', name: DRIVERS[0]!.name, role: 'driver', driverId: DRIVERS[0]!.id };

/** Who is signed in: the coordinator, unless a test signs in as the driver (`beheer.signInAs`). */
export const session: S['BeheerSession'] = {
  account: COORDINATOR,
  csrfToken: CSRF_TOKEN,
  expiresAt: new Date(Date.now() + 12 * 3600_000).toISOString(),
};

const PEOPLE: [string, string | undefined, string | undefined][] = [
  ['Jannie de Vries', '0345 123456', 'jannie@example.org'],
  ['Henk Bosman', '06 12345678', undefined],
  ['Fatima El Amrani', undefined, 'fatima.elamrani@example.org'],
  ['Gerrit van Dam', '0345 654321', 'gerrit.vandam@example.org'],
  ['Truus Hendriks', '06 87654321', undefined],
  ['Piet Jansen', '0345 112233', 'piet@example.org'],
  ['Ans Verhoeven', undefined, 'ans.verhoeven@example.org'],
  ['Kees de Wit', '06 11223344', 'kees.dewit@example.org'],
  ['Marja Mulder', '0345 998877', undefined],
  ['Ahmed Yilmaz', '06 55667788', 'ahmed@example.org'],
  ['Riet van Leeuwen', '0345 445566', 'riet@example.org'],
  ['Wim Smits', '06 99887766', undefined],
];

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const reference = (n: number) => `VW-DEMO-${[0, 0, 0, 0].map((_, i) => ALPHABET[Math.floor(n / 32 ** (3 - i)) % 32]).join('')}`;
const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^31/, '0');

function problem(status: number, type: string, title: string, detail?: string, errors?: S['Problem']['errors']): Response {
  return HttpResponse.json<S['Problem']>(
    { type: `urn:buurtkit:problem:${type}`, title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

function createStore() {
  let signups: Signup[] = [];
  let messages: S['BeheerMessage'][] = [];
  let views: S['BeheerPersonExport']['views'] = [];
  let counter = 0;
  let messageId = 0;
  const opportunities = () => makeOpportunities();

  /** `kept`: no SMTP, as the server runs without SMTP_URL: nothing is ever sent. */
  let delivery: 'smtp' | 'kept' = 'smtp';
  const message = (s: Signup, kind: string, subject: string, text: string, state: S['BeheerMessageState'] = 'waiting', at = new Date().toISOString()) => {
    if (!s.email) return;
    if (delivery === 'kept') state = 'waiting';
    messages.unshift({
      id: String(++messageId),
      kind,
      state,
      channel: 'email',
      recipient: s.email,
      subject,
      text,
      signupReference: s.reference,
      createdAt: at,
      attempts: state === 'waiting' ? 0 : state === 'failed' ? 5 : 1,
      ...(state === 'sent' ? { sentAt: at } : {}),
      ...(state === 'failed' ? { lastError: 'De mailserver van de ontvanger antwoordde niet.' } : {}),
    });
  };

  const rides = createRideStore({
    add(m) {
      const stored = { ...m, id: String(++messageId) };
      messages.unshift(stored);
      return stored;
    },
  });

  function seed() {
    session.account = COORDINATOR;
    signups = [];
    messages = [];
    views = [];
    counter = 0;
    messageId = 0;
    const now = Date.now();
    let person = 0;
    const add = (o: ReturnType<typeof opportunities>[number], shift: S['VolunteerShift'] | undefined, status: 'confirmed' | 'waitlisted', extra: Partial<Signup> = {}, who?: number) => {
      const [name, phone, email] = PEOPLE[who ?? person++ % PEOPLE.length]!;
      const s: Signup = {
        reference: reference(++counter),
        status,
        opportunity: { id: o.id, title: o.title, organizer: o.organizer },
        ...(shift ? { shift: { occurrenceId: shift.occurrenceId, title: activityTitles[o.activityId!] ?? o.title, start: shift.start, end: shift.end } } : {}),
        name,
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
        createdAt: new Date(now - (200 - counter) * 3600_000).toISOString(),
        privacyVersion: 'vrijwilligers-2026-11',
        ...extra,
      };
      signups.push(s);
      message(s, 'signup-confirmation', `Uw aanmelding voor ${o.title}`, `Beste ${name},\n\nDank u wel voor uw aanmelding voor ${o.title}.\nUw kenmerk is ${s.reference}.\n\nMet vriendelijke groet,\nSamen Linde`, counter % 5 === 0 ? 'failed' : 'sent', s.createdAt);
      return s;
    };
    for (const o of opportunities()) {
      if (!o.signupsOpen) continue;
      if (o.ongoing) {
        // Jannie (the first of PEOPLE) helps at the Koffieochtend too: one person, several sign-ups (AVG).
        const jannie = o.id === 'chauffeur-dorpsbus' ? 0 : undefined;
        add(o, undefined, 'confirmed', { confirmedByOrganizationAt: new Date(now - 48 * 3600_000).toISOString(), vogReceivedOn: addDays(todayKey(), -40), availability: [{ day: 'tue', part: 'morning' }, { day: 'thu', part: 'afternoon' }] }, jannie);
        add(o, undefined, 'confirmed', { message: 'Ik heb al eerder bij de Zonnebloem gereden.\nBel mij liefst na 18.00 uur.' });
        continue;
      }
      for (const shift of o.shifts) {
        const taken = shift.capacity - shift.placesLeft;
        for (let i = 0; i < taken; i++) add(o, shift, 'confirmed', i === 0 ? { confirmedByOrganizationAt: new Date(now - 24 * 3600_000).toISOString() } : {});
        for (let i = 0; i < shift.waitlist; i++) add(o, shift, 'waitlisted');
      }
    }
  }

  const live = (s: Signup) => s.status !== 'cancelled';
  const sameShift = (a: Signup, b: Signup) => a.opportunity.id === b.opportunity.id && a.shift?.occurrenceId === b.shift?.occurrenceId;
  /** Waiting-list places, in the order of signing up. */
  function renumber() {
    for (const s of signups) {
      if (s.status !== 'waitlisted') {
        delete s.waitlistPosition;
        continue;
      }
      s.waitlistPosition = signups.filter((x) => x.status === 'waitlisted' && sameShift(x, s) && x.createdAt <= s.createdAt).length;
    }
  }

  function beheerOpportunities(): S['BeheerOpportunity'][] {
    return opportunities().map((o) => {
      const own = signups.filter((s) => s.opportunity.id === o.id && live(s));
      const placed = own.filter((s) => s.status === 'confirmed');
      return {
        id: o.id,
        title: o.title,
        organizer: o.organizer,
        ongoing: o.ongoing,
        signupsOpen: o.signupsOpen,
        requirements: o.requirements,
        counts: {
          confirmed: placed.length,
          waitlisted: own.length - placed.length,
          toConfirm: placed.filter((s) => !s.confirmedByOrganizationAt).length,
          vogMissing: o.requirements.vog ? placed.filter((s) => !s.vogReceivedOn).length : 0,
        },
        shifts: o.shifts.map((shift) => {
          const at = own.filter((s) => s.shift?.occurrenceId === shift.occurrenceId);
          return {
            occurrenceId: shift.occurrenceId,
            title: activityTitles[o.activityId!] ?? o.title,
            start: shift.start,
            end: shift.end,
            capacity: shift.capacity,
            confirmed: at.filter((s) => s.status === 'confirmed').length,
            waitlisted: at.filter((s) => s.status === 'waitlisted').length,
          };
        }),
      };
    });
  }

  const activities = createActivityStore();
  const network = createNetworkStore();
  const serviceEditor = createServiceEditorStore();
  const organisations = createOrganisationStore();
  const places = createPlaceStore();
  const accounts = createAccountStore([COORDINATOR, DRIVER_ACCOUNT]);

  seed();
  renumber();
  rides.reset();

  return {
    rides,
    activities,
    network,
    serviceEditor,
    organisations,
    places,
    accounts,
    /** Signs in as someone else for the rest of the test (reset() signs the coordinator in again). */
    signInAs(account: S['BeheerAccount']) {
      session.account = account;
    },
    /** A "bellen" task done: `sent` now. Anything but a phone task is a conflict. */
    callDone(id: string): S['BeheerMessage'] | string | undefined {
      const m = messages.find((x) => x.id === id);
      if (!m) return undefined;
      if (m.channel !== 'phone') return 'Dit is geen beltaak.';
      if (m.state !== 'sent') Object.assign(m, { state: 'sent', sentAt: new Date().toISOString(), attempts: 1 });
      return m;
    },
    /** Starts again; `kept` as a server without SMTP (every message waits), else sent and failed ones too. */
    reset(how: 'smtp' | 'kept' = 'smtp') {
      delivery = how;
      seed();
      renumber();
      rides.reset();
      activities.reset();
      network.reset();
      serviceEditor.reset();
      organisations.reset();
      places.reset();
      accounts.reset();
    },
    get delivery() {
      return delivery;
    },
    get signups(): readonly Signup[] {
      return signups;
    },
    get messages(): readonly S['BeheerMessage'][] {
      return messages;
    },
    opportunities: beheerOpportunities,
    find: (ref: string) => signups.find((s) => s.reference === ref),
    list(opportunityId: string, occurrence?: string) {
      return signups.filter((s) => s.opportunity.id === opportunityId && (!occurrence || s.shift?.occurrenceId === occurrence));
    },
    confirm(s: Signup): Signup | string {
      if (s.status !== 'confirmed') return s.status === 'waitlisted' ? 'Schuif deze aanmelding eerst door van de wachtlijst.' : 'Een afgemelde aanmelding kan niet worden bevestigd.';
      if (!s.confirmedByOrganizationAt) {
        s.confirmedByOrganizationAt = new Date().toISOString();
        message(s, 'signup-confirmed', `U bent bevestigd: ${s.opportunity.title}`, `Beste ${s.name},\n\nDe organisatie rekent op u.`);
        views.push({ at: new Date().toISOString(), accountName: session.account.name, action: 'confirm', signupReference: s.reference });
      }
      return s;
    },
    moveUp(s: Signup): Signup | string {
      if (s.status !== 'waitlisted') return 'Alleen een aanmelding op de wachtlijst kan worden doorgeschoven.';
      s.status = 'confirmed';
      renumber();
      message(s, 'waitlist-moved-up', `Er is een plek voor u: ${s.opportunity.title}`, `Beste ${s.name},\n\nEr is een plek vrijgekomen.`);
      return s;
    },
    cancel(s: Signup): Signup {
      if (s.status === 'cancelled') return s;
      const hadPlace = s.status === 'confirmed';
      s.status = 'cancelled';
      s.cancelledAt = new Date().toISOString();
      if (hadPlace) {
        const next = signups.find((x) => x.status === 'waitlisted' && sameShift(x, s));
        if (next) {
          next.status = 'confirmed';
          message(next, 'waitlist-moved-up', `Er is een plek voor u: ${next.opportunity.title}`, `Beste ${next.name},\n\nEr is een plek vrijgekomen.`);
        }
      }
      renumber();
      message(s, 'signup-cancelled', `Afgemeld: ${s.opportunity.title}`, `Beste ${s.name},\n\nU bent afgemeld.`);
      return s;
    },
    person(q: S['BeheerPersonQuery']) {
      const match = (s: Signup) => (q.email ? s.email?.toLowerCase() === q.email.toLowerCase() : !!s.phone && digits(s.phone) === digits(q.phone ?? ''));
      const found = signups.filter(match);
      const refs = new Set(found.map((s) => s.reference));
      return { found, messages: messages.filter((m) => m.signupReference && refs.has(m.signupReference)), views: views.filter((v) => v.signupReference !== undefined && refs.has(v.signupReference)) };
    },
    erase(q: S['BeheerPersonQuery']): S['BeheerErased'] {
      const { found } = this.person(q);
      const refs = new Set(found.map((s) => s.reference));
      // A place that comes free goes to the first on the waiting list, who is told; the person erased is not.
      for (const s of found) {
        if (s.status !== 'confirmed') continue;
        const next = signups.find((x) => x.status === 'waitlisted' && !refs.has(x.reference) && sameShift(x, s));
        if (next) {
          next.status = 'confirmed';
          message(next, 'waitlist-moved-up', `Er is een plek voor u: ${next.opportunity.title}`, `Beste ${next.name},\n\nEr is een plek vrijgekomen.`);
        }
      }
      signups = signups.filter((s) => !refs.has(s.reference));
      const before = messages.length;
      messages = messages.filter((m) => !m.signupReference || !refs.has(m.signupReference));
      views = views.filter((v) => v.signupReference === undefined || !refs.has(v.signupReference));
      renumber();
      return { signups: found.length, rides: 0, messages: before - messages.length };
    },
    viewed(list: Signup[]) {
      for (const s of list) views.push({ at: new Date().toISOString(), accountName: session.account.name, action: 'view', signupReference: s.reference });
    },
  };
}

export const beheer = createStore();

const any = <P extends keyof paths>(path: P) => `*${path.replace(/\{(\w+)\}/g, ':$1')}`;

/** A change without the session's CSRF token is refused, as the server does. */
const csrfRefused = (request: Request) =>
  request.headers.get('x-csrf-token') !== CSRF_TOKEN ? problem(403, 'forbidden', 'Dit mag niet', 'Deze wijziging kwam niet van de beheerpagina.') : undefined;

function signupChange(run: (s: Signup, request: Request) => Signup | string | Response | Promise<Signup | string | Response>) {
  return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const refused = csrfRefused(request);
    if (refused) return refused;
    const s = beheer.find(String(params.reference));
    if (!s) return problem(404, 'not-found', 'Niet gevonden', 'Er is geen aanmelding met dit kenmerk.');
    const result = await run(s, request);
    if (result instanceof Response) return result;
    if (typeof result === 'string') return problem(409, 'conflict', 'Dit kan nu niet', result);
    return HttpResponse.json<Signup>(structuredClone(result));
  };
}

async function personQuery(request: Request): Promise<S['BeheerPersonQuery'] | Response> {
  const body = (await request.json().catch(() => undefined)) as S['BeheerPersonQuery'] | undefined;
  if (body?.email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) {
    return problem(422, 'invalid-body', 'De gegevens kloppen niet', undefined, [{ name: 'email', in: 'body', detail: 'Is geen geldig e-mailadres.' }]);
  }
  if (body?.phone !== undefined && !/^\+?[0-9][0-9 ()-]{7,18}[0-9]$/.test(body.phone)) {
    return problem(422, 'invalid-body', 'De gegevens kloppen niet', undefined, [
      { name: 'phone', in: 'body', detail: 'Is geen geldig telefoonnummer (bijvoorbeeld 0345 123456 of 06 12345678).' },
    ]);
  }
  if (!body || (body.email === undefined) === (body.phone === undefined)) {
    return problem(422, 'invalid-body', 'De gegevens kloppen niet', undefined, [{ name: 'email', in: 'body', detail: 'Geef een e-mailadres of een telefoonnummer.' }]);
  }
  return body;
}

export const beheerHandlers = [
  http.get(any('/v1/beheer/me'), () => HttpResponse.json<Json<'/v1/beheer/me'>>(session)),

  http.get(any('/v1/beheer/volunteer-opportunities'), () => {
    const items = beheer.opportunities();
    return HttpResponse.json<Json<'/v1/beheer/volunteer-opportunities'>>({ items, total: items.length, offset: 0, limit: 500 });
  }),

  http.get(any('/v1/beheer/volunteer-opportunities/{id}/signups'), ({ request, params }) => {
    const id = String(params.id);
    if (!beheer.opportunities().some((o) => o.id === id)) return problem(404, 'not-found', 'Niet gevonden', 'Er is geen vrijwilligerswerk met dit id.');
    const occurrence = new URL(request.url).searchParams.get('occurrence') ?? undefined;
    const items = beheer.list(id, occurrence);
    beheer.viewed(items);
    return HttpResponse.json<Json<'/v1/beheer/volunteer-opportunities/{id}/signups'>>({ items: structuredClone(items), total: items.length, offset: 0, limit: 500 });
  }),

  http.post(any('/v1/beheer/volunteer-signups/{reference}/confirm'), signupChange((s) => beheer.confirm(s))),
  http.post(any('/v1/beheer/volunteer-signups/{reference}/move-up'), signupChange((s) => beheer.moveUp(s))),
  http.post(any('/v1/beheer/volunteer-signups/{reference}/cancel'), signupChange((s) => beheer.cancel(s))),

  http.put(
    any('/v1/beheer/volunteer-signups/{reference}/vog'),
    signupChange(async (s, request) => {
      const o = beheer.opportunities().find((x) => x.id === s.opportunity.id);
      if (!o?.requirements.vog) return 'Voor dit vrijwilligerswerk is geen VOG nodig.';
      const body = (await request.json().catch(() => undefined)) as S['BeheerVogRequest'] | undefined;
      const on = body?.receivedOn ?? '';
      const today = todayKey();
      const wrong = !/^\d{4}-\d{2}-\d{2}$/.test(on)
        ? 'Is geen geldige datum.'
        : on > today
          ? 'De datum mag niet in de toekomst liggen.'
          : on < addDays(today, -5 * 365)
            ? 'De datum mag niet meer dan 5 jaar geleden zijn.'
            : undefined;
      if (wrong) return problem(422, 'invalid-body', 'De gegevens kloppen niet', undefined, [{ name: 'receivedOn', in: 'body', detail: wrong }]);
      s.vogReceivedOn = on;
      return s;
    }),
  ),
  http.delete(
    any('/v1/beheer/volunteer-signups/{reference}/vog'),
    signupChange((s) => {
      delete s.vogReceivedOn;
      return s;
    }),
  ),

  http.get(any('/v1/beheer/messages'), ({ request }) => {
    const params = new URL(request.url).searchParams;
    const state = params.get('state');
    const limit = Number(params.get('limit') ?? 100);
    const all = beheer.messages.filter((m) => !state || m.state === state);
    return HttpResponse.json<Json<'/v1/beheer/messages'>>({ items: all.slice(0, limit), total: all.length, offset: 0, limit, delivery: beheer.delivery });
  }),

  http.post(any('/v1/beheer/messages/{id}/done'), ({ request, params }) => {
    const refused = csrfRefused(request);
    if (refused) return refused;
    const done = beheer.callDone(String(params.id));
    if (done === undefined) return problem(404, 'not-found', 'Niet gevonden', 'Er is geen bericht met dit nummer.');
    if (typeof done === 'string') return problem(409, 'conflict', 'Dit kan nu niet', done);
    return HttpResponse.json<S['BeheerMessage']>(structuredClone(done));
  }),

  ...rideHandlers(beheer.rides, { problem, csrfRefused, any, account: () => session.account }),
  ...activityHandlers(beheer.activities, { problem, csrfRefused, any, account: () => session.account }),
  ...networkHandlers(beheer.network, { problem, csrfRefused, any, account: () => session.account }),
  ...serviceEditorHandlers(beheer.network, beheer.serviceEditor, { problem, csrfRefused, any, account: () => session.account }),
  ...organisationHandlers(beheer.organisations, { problem, csrfRefused, any, account: () => session.account }),
  ...placeHandlers(beheer.places, { problem, csrfRefused, any, account: () => session.account }),
  ...accountHandlers(beheer.accounts, { problem, csrfRefused, any, account: () => session.account }),

  http.post(any('/v1/beheer/people/export'), async ({ request }) => {
    const refused = csrfRefused(request);
    if (refused) return refused;
    const q = await personQuery(request);
    if (q instanceof Response) return q;
    const { found, messages, views } = beheer.person(q);
    return HttpResponse.json<S['BeheerPersonExport']>(structuredClone({ exportedAt: new Date().toISOString(), signups: found, rides: [], messages, views }));
  }),

  http.post(any('/v1/beheer/people/erase'), async ({ request }) => {
    const refused = csrfRefused(request);
    if (refused) return refused;
    const q = await personQuery(request);
    if (q instanceof Response) return q;
    return HttpResponse.json<S['BeheerErased']>(beheer.erase(q));
  }),
];
