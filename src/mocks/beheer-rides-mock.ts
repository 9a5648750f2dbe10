/**
 * The village bus in the coordinator's mocks (`/v1/beheer/ride-*`), in the contract's shapes:
 * a few requests a day from the day after tomorrow (one with a wheelchair user who stays
 * seated, one asked by a daughter, one already confirmed, one declined), the drivers (two
 * who may drive, two who may not and why), the day sheet made from the confirmed requests,
 * the funders' report (JSON and CSV), and "bellen" tasks for passengers without e-mail.
 * Happy path with the contract's main rules; a test adds other answers with `worker.use`.
 * Used by beheer-mock.ts, which owns the outbox the phone tasks go into.
 */
import { http, HttpResponse } from 'msw';
import type { components, paths } from '../../contract/types.ts';
import { localToIso } from '../../common/zoned-time.ts';
import { addDays, addMonths, formatClock, formatDay, formatTime, todayKey, TIME_ZONE } from '../core/dates.ts';

type S = components['schemas'];
export type Ride = S['BeheerRideRequest'];
type Message = S['BeheerMessage'];
type Problem = (status: number, type: string, title: string, detail?: string, errors?: S['Problem']['errors']) => Response;

export const DRIVERS: S['BeheerRideDriver'][] = [
  { id: '5d0c6f0e-3a8b-4c1e-9f57-2b7f4c8d1a10', firstName: 'Jan', name: 'Jan Verbeek', phone: '06 23456789', licenceValidUntil: '2031-05-01', vogReceivedOn: addDays(todayKey(), -200), eligible: true },
  { id: '7a2e9b41-6c3d-4f8e-a1b5-9d0c3e7f2a64', firstName: 'Ria', name: 'Ria van den Berg', phone: '0345 667788', licenceValidUntil: '2029-02-14', vogReceivedOn: addDays(todayKey(), -800), eligible: true },
  { id: '2b8d4f6a-1e3c-4a5b-8c7d-6e5f4a3b2c1d', firstName: 'Kees', name: 'Kees Timmer', phone: '06 34567890', licenceValidUntil: addDays(todayKey(), -30), vogReceivedOn: addDays(todayKey(), -100), eligible: false, notEligibleBecause: 'Rijbewijs verlopen' },
  { id: '9c1a3e5b-7d2f-4b6a-9e8c-1f3a5b7d9e2c', firstName: 'Wim', name: 'Wim de Boer', phone: '06 45678901', licenceValidUntil: '2030-09-30', vogReceivedOn: addDays(todayKey(), -4 * 366), eligible: false, notEligibleBecause: 'Geen VOG van de laatste drie jaar' },
];

const HOME = (street: string, houseNumber: string, postalCode = '4153 AB'): S['RideAddress'] => ({ street, houseNumber, postalCode, locality: 'Linde' });
const oneLine = (a: S['RideAddress']) => `${a.street} ${a.houseNumber}, ${a.postalCode} ${a.locality ?? ''}`.trim();
const at = (date: string, hhmm: string) => localToIso(`${date}T${hhmm}`, TIME_ZONE);
const hhmm = (instant: string) => formatTime(instant, 'en');
const none = { rollator: false, wheelchair: 'none', helpAtDoor: false } as const;

const PLACES = {
  huisarts: { name: 'Huisartsenpraktijk Linde', address: 'Kerkstraat 12, 4153 AC Linde' },
  ziekenhuis: { name: 'Ziekenhuis Rivierenland Tiel', address: 'President Kennedylaan 1, 4002 WP Tiel' },
  eetcafe: { name: 'Eetcafé De Linde, Dorpshuis De Linde', address: 'Dorpsstraat 1, 4153 AA Linde' },
  supermarkt: { name: 'Supermarkt Linde', address: 'Markt 3, 4153 AD Linde' },
};

type Seed = Partial<Ride> & Pick<Ride, 'passenger' | 'destination' | 'trip'>;

export function createRideStore(outbox: { add(m: Omit<Message, 'id'>): Message }) {
  let rides: Ride[] = [];
  let counter = 0;
  const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const reference = (n: number) => `RV-DEMO-${[0, 0, 0, 0].map((_, i) => ALPHABET[Math.floor(n / 32 ** (3 - i)) % 32]).join('')}`;

  const add = (seed: Seed): Ride => {
    const { passenger, trip } = seed;
    const seated = passenger.mobility.wheelchair === 'seated';
    const ride: Ride = {
      reference: reference(++counter),
      status: 'requested',
      passengerName: passenger.name,
      cost: { amountCents: trip.returnTime ? 500 : 250, text: trip.returnTime ? '€ 5,00 (heen en terug)' : '€ 2,50' },
      createdAt: new Date(Date.now() - (50 - counter) * 3600_000).toISOString(),
      canCancel: true,
      seats: (seated ? 0 : 1) + passenger.companions,
      wheelchairPlaces: seated ? 1 : 0,
      privacyVersion: 'vervoer-2026-12',
      ...seed,
    };
    rides.push(ride);
    return ride;
  };

  /** A confirmed request as the server answers it: driver, times, and a message (or a phone task). */
  function confirmWith(r: Ride, driver: S['BeheerRideDriver'], pickUp: string, returnPickUp?: string) {
    r.status = 'confirmed';
    r.driver = { id: driver.id, name: driver.firstName };
    r.driverFirstName = driver.firstName;
    r.pickUpTime = at(r.trip.date, pickUp);
    if (returnPickUp) r.returnPickUpTime = at(r.trip.date, returnPickUp);
    else delete r.returnPickUpTime;
    r.confirmedAt = new Date().toISOString();
    tell(r, 'ride-confirmed', `Uw rit is bevestigd: ${formatDay(r.trip.date, 'nl')}`, `U wordt ${formatDay(r.trip.date, 'nl')} om ${formatClock(pickUp, 'nl')} uur thuis opgehaald door ${driver.firstName}.`);
  }

  /** To the passenger's (or requester's) e-mail, or a "bellen" task with the text to say. */
  function tell(r: Ride, kind: string, subject: string, text: string, createdAt = new Date().toISOString()) {
    const email = r.requester?.email ?? r.passenger.email;
    const phone = (r.requester?.phone ?? r.passenger.phone).replace(/\s/g, '');
    const name = r.requester?.name ?? r.passenger.name;
    outbox.add({
      kind,
      state: 'waiting',
      channel: email ? 'email' : 'phone',
      recipient: email ?? phone,
      subject: email ? subject : `${subject} (${name})`,
      text: email ? `Beste ${name},\n\n${text}\n\nMet vriendelijke groet,\nLinde op stap-bus` : `Bel ${name} en zeg: ${text}`,
      rideReference: r.reference,
      createdAt,
      attempts: 0,
    });
  }

  function seed() {
    rides = [];
    counter = 0;
    const d0 = addDays(todayKey(), 2);
    const d1 = addDays(todayKey(), 3);
    const d3 = addDays(todayKey(), 5);
    add({
      passenger: { name: 'Jannie de Vries', phone: '0345 123456', email: 'jannie@example.org', address: HOME('Dorpsstraat', '14'), mobility: { ...none, rollator: true }, companions: 0 },
      destination: PLACES.huisarts,
      trip: { date: d0, timeKind: 'arrive-by', time: '09:45', returnTime: '10:30' },
      distanceKm: 1.2,
    });
    add({
      passenger: { name: 'Henk Bosman', phone: '06 12345678', address: HOME('Molenweg', '3'), mobility: { rollator: false, wheelchair: 'seated', helpAtDoor: true, note: 'Oprit is steil; de voordeur zit aan de zijkant.' }, companions: 0 },
      destination: PLACES.huisarts,
      trip: { date: d0, timeKind: 'pick-up-at', time: '09:15', returnTime: '10:45' },
      distanceKm: 1.2,
    });
    const gerrit = add({
      passenger: { name: 'Gerrit van Dam', phone: '0345 654321', email: 'gerrit.vandam@example.org', address: HOME('Beukenlaan', '27a', '4153 BK'), mobility: none, companions: 1 },
      destination: PLACES.supermarkt,
      trip: { date: d0, timeKind: 'pick-up-at', time: '09:30' },
      distanceKm: 0.8,
    });
    confirmWith(gerrit, DRIVERS[0]!, '09:30');
    add({
      passenger: { name: 'Truus Hendriks', phone: '06 87654321', address: HOME('Kerkpad', '2', '4153 AC'), mobility: { rollator: true, wheelchair: 'transfers', helpAtDoor: true }, companions: 1 },
      requester: { name: 'Anneke Hendriks', phone: '06 98765432', email: 'anneke.hendriks@example.org', relation: 'family' },
      destination: PLACES.ziekenhuis,
      trip: { date: d0, timeKind: 'arrive-by', time: '14:00', returnTime: '15:30' },
      distanceKm: 18,
    });
    add({
      passenger: { name: 'Piet Jansen', phone: '0345 112233', email: 'piet@example.org', address: HOME('Dorpsstraat', '40'), mobility: none, companions: 0 },
      destination: PLACES.eetcafe,
      trip: { date: d0, timeKind: 'arrive-by', time: '17:30', returnTime: '20:00' },
      distanceKm: 0.5,
      status: 'declined',
      declineReason: 'Er is die avond geen chauffeur.',
      alternatives: 'De regiotaxi rijdt wel: bel 0900 1234567.',
      declinedAt: new Date().toISOString(),
      canCancel: false,
    });
    add({
      passenger: { name: 'Marja Mulder', phone: '0345 998877', address: HOME('Lindelaan', '8'), mobility: { ...none, helpAtDoor: true }, companions: 0 },
      destination: PLACES.eetcafe,
      trip: { date: d1, timeKind: 'arrive-by', time: '12:00', returnTime: '14:00' },
      distanceKm: 0.5,
    });
    add({
      passenger: { name: 'Wim Smits', phone: '06 99887766', address: HOME('Schoolstraat', '5'), mobility: none, companions: 0 },
      destination: PLACES.supermarkt,
      trip: { date: d1, timeKind: 'pick-up-at', time: '10:00', returnTime: '11:00' },
      distanceKm: 0.8,
    });
    add({
      passenger: { name: 'Riet van Leeuwen', phone: '0345 445566', email: 'riet@example.org', address: HOME('Dijkweg', '101'), mobility: { ...none, rollator: true }, companions: 0 },
      destination: PLACES.ziekenhuis,
      trip: { date: d3, timeKind: 'arrive-by', time: '11:00', returnTime: '12:30' },
      distanceKm: 18,
    });
    // Henk has no e-mail: his "request received" is a phone task.
    const henk = rides[1]!;
    tell(henk, 'ride-received', 'Uw ritaanvraag is ontvangen', `We hebben uw aanvraag voor ${formatDay(henk.trip.date, 'nl')} ontvangen (kenmerk ${henk.reference}). U hoort van ons.`, henk.createdAt);
  }

  function sheet(date: string, driverId: string): S['BeheerRideSheet'] | undefined {
    const driver = DRIVERS.find((d) => d.id === driverId);
    if (!driver) return undefined;
    const stops: S['BeheerRideSheet']['stops'] = [];
    for (const r of rides) {
      if (r.status !== 'confirmed' || r.trip.date !== date || r.driver?.id !== driverId) continue;
      const home = oneLine(r.passenger.address);
      const common = { reference: r.reference, passengerName: r.passenger.name, phone: r.passenger.phone, mobility: r.passenger.mobility, companions: r.passenger.companions };
      stops.push({ ...common, time: r.pickUpTime!, leg: 'outward', from: home, to: `${r.destination.name}, ${r.destination.address}`, ...(r.trip.timeKind === 'arrive-by' ? { arriveBy: at(date, r.trip.time) } : {}) });
      if (r.returnPickUpTime) stops.push({ ...common, time: r.returnPickUpTime, leg: 'return', from: `${r.destination.name}, ${r.destination.address}`, to: home });
    }
    stops.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    return {
      date,
      driver: { id: driver.id, name: driver.name, phone: driver.phone },
      vehicle: { id: 'linde-op-stap-bus', name: 'Linde op stap-bus', seats: 7, wheelchairPlaces: 1, wheelchairSeated: true },
      stops,
    };
  }

  seed();

  return {
    reset: seed,
    get all(): readonly Ride[] {
      return rides;
    },
    find: (ref: string) => rides.find((r) => r.reference === ref),
    between: (from: string, to: string, status?: string) =>
      rides.filter((r) => r.trip.date >= from && r.trip.date <= to && (!status || r.status === status)).sort((a, b) => (a.trip.date + a.trip.time).localeCompare(b.trip.date + b.trip.time)),
    confirmWith,
    tell,
    sheet,
    hhmm,
  };
}

export type RideStore = ReturnType<typeof createRideStore>;

/** Made-up but steady counts per month, so a test can add them up. */
export function reportRow(month: string): S['BeheerRideReportRow'] {
  const n = Number(month.slice(5, 7));
  return { month, rides: 20 + n * 3, passengers: 24 + n * 4, wheelchairRides: n % 4, kilometres: 150 + n * 12.5 };
}

export function report(from: string, to: string): S['BeheerRideReport'] {
  const months: S['BeheerRideReportRow'][] = [];
  for (let m = from; m <= to && months.length < 61; m = addMonths(`${m}-01`, 1).slice(0, 7)) months.push(reportRow(m));
  const sum = (k: 'rides' | 'passengers' | 'wheelchairRides' | 'kilometres') => months.reduce((t, r) => t + r[k], 0);
  return { from, to, months, totals: { rides: sum('rides'), passengers: sum('passengers'), wheelchairRides: sum('wheelchairRides'), kilometres: sum('kilometres') } };
}

export function reportCsv(r: S['BeheerRideReport']): string {
  const line = (c: (string | number)[]) => c.join(';');
  const km = (n: number) => String(n).replace('.', ',');
  return [
    line(['maand', 'ritten', 'passagiers', 'rolstoelritten', 'kilometers']),
    ...r.months.map((m) => line([m.month!, m.rides, m.passengers, m.wheelchairRides, km(m.kilometres)])),
    line(['totaal', r.totals.rides, r.totals.passengers, r.totals.wheelchairRides, km(r.totals.kilometres)]),
  ].join('\r\n') + '\r\n';
}

type Tools = { problem: Problem; csrfRefused: (r: Request) => Response | undefined; any: <P extends keyof paths>(p: P) => string; account: () => S['BeheerAccount'] };

export function rideHandlers(store: RideStore, { problem, csrfRefused, any, account }: Tools) {
  const notCoordinator = () => (account().role !== 'coordinator' ? problem(403, 'forbidden', 'Dit mag niet', 'Alleen de coördinator ziet de ritaanvragen.') : undefined);
  const change = (run: (r: Ride, request: Request) => Ride | Response | Promise<Ride | Response>) =>
    async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      const refused = csrfRefused(request) ?? notCoordinator();
      if (refused) return refused;
      const r = store.find(String(params.reference));
      if (!r) return problem(404, 'not-found', 'Niet gevonden', 'Er is geen ritaanvraag met dit kenmerk.');
      const result = await run(r, request);
      return result instanceof Response ? result : HttpResponse.json<Ride>(structuredClone(result));
    };
  const invalid = (name: string, detail: string) => problem(422, 'invalid-body', 'De gegevens kloppen niet', undefined, [{ name, in: 'body', detail }]);

  return [
    http.get(any('/v1/beheer/ride-requests'), ({ request }) => {
      const refused = notCoordinator();
      if (refused) return refused;
      const q = new URL(request.url).searchParams;
      const from = q.get('from') ?? todayKey();
      const items = store.between(from, q.get('to') ?? addDays(from, 13), q.get('status') ?? undefined);
      return HttpResponse.json<S['BeheerRideRequestPage']>({ items: structuredClone(items), total: items.length, offset: 0, limit: 500 });
    }),

    http.get(any('/v1/beheer/ride-drivers'), ({ request }) => {
      const refused = notCoordinator();
      if (refused) return refused;
      void new URL(request.url).searchParams.get('date');
      return HttpResponse.json({ items: structuredClone(DRIVERS) });
    }),

    http.post(
      any('/v1/beheer/ride-requests/{reference}/confirm'),
      change(async (r, request) => {
        if (r.status === 'declined' || r.status === 'cancelled') return problem(409, 'conflict', 'Dit kan nu niet', 'Een afgewezen of geannuleerde aanvraag kan niet worden bevestigd.');
        const body = (await request.json().catch(() => ({}))) as Partial<S['BeheerRideConfirmRequest']>;
        const driver = DRIVERS.find((d) => d.id === body.driverId);
        if (!driver) return invalid('driverId', 'Kies een chauffeur.');
        if (!driver.eligible) return invalid('driverId', `${driver.firstName} mag op deze dag niet rijden: ${driver.notEligibleBecause?.toLowerCase()}.`);
        const time = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
        if (!time.test(body.pickUpTime ?? '')) return invalid('pickUpTime', 'Is geen geldige tijd (UU:MM, bijvoorbeeld 09:30).');
        if (r.trip.returnTime && !time.test(body.returnPickUpTime ?? '')) return invalid('returnPickUpTime', 'Vul de tijd van de terugrit in.');
        if (body.returnPickUpTime && body.returnPickUpTime <= body.pickUpTime!) return invalid('returnPickUpTime', 'De terugrit moet later zijn dan het ophalen.');
        store.confirmWith(r, driver, body.pickUpTime!, body.returnPickUpTime);
        return r;
      }),
    ),

    http.post(
      any('/v1/beheer/ride-requests/{reference}/decline'),
      change(async (r, request) => {
        if (r.status === 'cancelled') return problem(409, 'conflict', 'Dit kan nu niet', 'Deze aanvraag is al geannuleerd.');
        const body = (await request.json().catch(() => ({}))) as Partial<S['BeheerRideDeclineRequest']>;
        if (!body.reason?.trim()) return invalid('reason', 'Schrijf waarom.');
        Object.assign(r, { status: 'declined', declineReason: body.reason, declinedAt: new Date().toISOString(), canCancel: false });
        if (body.alternatives) r.alternatives = body.alternatives;
        for (const k of ['driver', 'driverFirstName', 'pickUpTime', 'returnPickUpTime'] as const) delete r[k];
        store.tell(r, 'ride-declined', 'Uw rit kan niet doorgaan', `Het spijt ons: ${body.reason}${body.alternatives ? ` ${body.alternatives}` : ''}`);
        return r;
      }),
    ),

    http.post(
      any('/v1/beheer/ride-requests/{reference}/cancel'),
      change((r) => {
        if (r.status === 'cancelled') return r;
        Object.assign(r, { status: 'cancelled', cancelledAt: new Date().toISOString(), canCancel: false });
        store.tell(r, 'ride-cancelled', 'Uw rit is geannuleerd', `Uw rit van ${formatDay(r.trip.date, 'nl')} is geannuleerd.`);
        return r;
      }),
    ),

    http.get(any('/v1/beheer/ride-sheet'), ({ request }) => {
      const q = new URL(request.url).searchParams;
      const me = account();
      const asked = q.get('driver') ?? (me.role === 'driver' ? me.driverId : undefined);
      if (!asked) return problem(400, 'invalid-query', 'De vraag klopt niet', undefined, [{ name: 'driver', in: 'query', detail: 'Kies een chauffeur.' }]);
      if (me.role === 'driver' && asked !== me.driverId) return problem(403, 'forbidden', 'Dit mag niet', 'U ziet alleen uw eigen ritlijst.');
      if (me.role === 'organization-contact') return problem(403, 'forbidden', 'Dit mag niet');
      const sheet = store.sheet(q.get('date') ?? todayKey(), asked);
      return sheet ? HttpResponse.json(sheet) : problem(404, 'not-found', 'Niet gevonden', 'Er is geen chauffeur met dit id.');
    }),

    http.get(any('/v1/beheer/ride-report'), ({ request }) => {
      const refused = notCoordinator();
      if (refused) return refused;
      const q = new URL(request.url).searchParams;
      const to = q.get('to') ?? todayKey().slice(0, 7);
      const from = q.get('from') ?? addMonths(`${to}-01`, -12).slice(0, 7);
      if (from > to) return problem(400, 'invalid-query', 'De vraag klopt niet', undefined, [{ name: 'from', in: 'query', detail: 'De eerste maand moet vóór de laatste liggen.' }]);
      const r = report(from, to);
      if (request.headers.get('accept')?.includes('text/csv')) {
        return new HttpResponse(reportCsv(r), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="ritten-${from}-${to}.csv"` } });
      }
      return HttpResponse.json(r);
    }),
  ];
}
