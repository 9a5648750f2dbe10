/**
 * The mocks' memory of ride requests (in the page, gone on reload): the places they hold
 * per time block, and the answers stored per Idempotency-Key so a retry replays the first.
 * It answers as the contract says: 409 `ride-full` with the next free blocks, 422
 * `too-soon` with the coordinator's phone, 422 for a day or time the bus does not run.
 */
import { http, HttpResponse } from 'msw';
import type { components } from '../../contract/types.ts';
import { rideCostCents } from '../../common/ride-cost.ts';
import { addDays, todayKey } from '../core/dates.ts';
import { makeAvailability, makeRideService, RIDE_PHONE } from './ride-fixtures.ts';

type S = components['schemas'];
type Created = S['RideRequestCreated'];
type Body = S['RideRequestRequest'];

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const pick = (n: number, chars: string) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => chars[b % chars.length]).join('');

/** A problem+json answer, as the server gives it. */
export class RideProblem extends Error {
  constructor(readonly body: S['Problem']) {
    super(body.title);
  }
}

const euro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;
const blockOf = (time: string) => `${time.slice(0, 2)}:00`;

function createStore() {
  const byKey = new Map<string, Created>();
  const requests = new Map<string, { request: Created; token: string; holds: { key: string; seats: number; wheelchair: number }[] }>();
  const taken = new Map<string, { seats: number; wheelchair: number }>();

  const hold = (key: string, seats: number, wheelchair: number, sign: 1 | -1) => {
    const t = taken.get(key) ?? { seats: 0, wheelchair: 0 };
    taken.set(key, { seats: t.seats + sign * seats, wheelchair: t.wheelchair + sign * wheelchair });
  };

  const availability = (from = todayKey(), to = addDays(from, 27)) => makeAvailability(from, to, taken);

  function create(body: Body, key: string): Created {
    const replay = byKey.get(key);
    if (replay) return replay;
    const service = makeRideService();
    const { trip, passenger } = body;
    const days = availability(todayKey(), service.bookingUntil).days;
    const day = days.find((d) => d.date === trip.date);
    const field = (name: string, detail: string) =>
      new RideProblem({ type: 'urn:buurtkit:problem:invalid-body', title: 'Niet alle velden zijn goed ingevuld.', status: 422, errors: [{ name, in: 'body', detail }] });
    if (day?.status === 'too-soon' || trip.date < todayKey()) {
      throw new RideProblem({
        type: 'urn:buurtkit:problem:too-soon',
        title: 'Deze rit is te snel.',
        status: 422,
        detail: `Een rit vraagt u minstens ${service.leadTime.workingDays} werkdagen van tevoren aan. Bel de coördinator: ${RIDE_PHONE}.`,
        phone: RIDE_PHONE,
        errors: [{ name: 'trip.date', in: 'body', detail: 'Deze dag is te snel.' }],
      });
    }
    if (!day || day.status === 'blocked') throw field('trip.date', 'Op deze dag rijdt de bus niet.');
    const seated = passenger.mobility.wheelchair === 'seated';
    const seats = passenger.companions + (seated ? 0 : 1);
    const wheelchair = seated ? 1 : 0;
    const wanted = [trip.time, ...(trip.returnTime ? [trip.returnTime] : [])];
    const blocks = wanted.map((t) => day.blocks.find((b) => b.start.slice(11, 16) === blockOf(t)));
    if (!blocks[0]) throw field('trip.time', 'Op deze tijd rijdt de bus niet.');
    if (trip.returnTime && !blocks[1]) throw field('trip.returnTime', 'Op deze tijd rijdt de bus niet.');
    if (trip.returnTime && trip.returnTime <= trip.time) throw field('trip.returnTime', 'De terugrit moet later zijn dan de heenrit.');
    const fits = (b: S['RideBlock']) => b.seatsLeft >= seats && b.wheelchairPlacesLeft >= wheelchair;
    if (blocks.some((b) => !fits(b!))) {
      const alternatives = days
        .filter((d) => d.status === 'open' && d.date >= trip.date)
        .flatMap((d) => d.blocks)
        .filter((b) => fits(b) && b.start > blocks[0]!.start)
        .slice(0, 3);
      throw new RideProblem({
        type: 'urn:buurtkit:problem:ride-full',
        title: 'De bus is vol.',
        status: 409,
        detail: 'Op deze tijd is er geen plaats meer in de bus. Kies een van de andere tijden.',
        alternatives,
      });
    }
    const holds = wanted.map((t) => ({ key: `${trip.date}T${blockOf(t)}`, seats, wheelchair }));
    for (const h of holds) hold(h.key, h.seats, h.wheelchair, 1);

    const d = body.destination;
    const activity = d.occurrenceId ? service.activities.find((a) => a.occurrenceId === d.occurrenceId) : undefined;
    const place = d.placeId ? service.places.find((p) => p.id === d.placeId) : undefined;
    const line = (a: { street: string; postalCode: string; locality?: string }) => `${a.street}, ${a.postalCode} ${a.locality ?? ''}`.trim();
    const destination = activity
      ? { name: `${activity.title}, ${activity.place.name}`, address: line(activity.place.address), occurrenceId: activity.occurrenceId }
      : place
        ? { name: place.name, address: line(place.address) }
        : { name: `${d.address!.street} ${d.address!.houseNumber}`, address: `${d.address!.street} ${d.address!.houseNumber}, ${d.address!.postalCode}` };
    const trips = trip.returnTime ? 2 : 1;
    const cents = rideCostCents(service.cost, { distanceKm: place?.distanceKm, trips });
    const token = pick(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
    const request: Created = {
      reference: `RV-${pick(4, ALPHABET)}-${pick(4, ALPHABET)}`,
      status: 'requested',
      passengerName: passenger.name,
      destination,
      trip: { date: trip.date, timeKind: trip.timeKind, time: trip.time, ...(trip.returnTime ? { returnTime: trip.returnTime } : {}) },
      cost: cents === undefined ? { text: `${service.cost.text}; het bedrag hoort u van de coördinator` } : { amountCents: cents, text: cents ? `${euro(cents)}${trips === 2 ? ' (heen en terug)' : ''}` : 'Gratis' },
      canCancel: true,
      createdAt: new Date().toISOString(),
      token,
    };
    byKey.set(key, request);
    requests.set(request.reference, { request, token, holds });
    return request;
  }

  const strip = ({ token: _t, ...r }: Created): S['RideRequest'] => r;

  return {
    availability,
    create,
    /** How many requests the mocks made (a replayed answer is not a new one). */
    get count() {
      return requests.size;
    },
    /** The last request's body fields as stored, for tests. */
    get last() {
      return [...requests.values()].at(-1)?.request;
    },
    reset() {
      byKey.clear();
      requests.clear();
      taken.clear();
    },
    /** Takes every place in a block (another resident was quicker), for tests and the demo. */
    fill(date: string, time: string) {
      const day = availability(date, date).days[0];
      const b = day?.blocks.find((x) => x.start.slice(11, 16) === blockOf(time));
      if (b) hold(`${date}T${blockOf(time)}`, b.seatsLeft, b.wheelchairPlacesLeft, 1);
    },
    find(reference: string, authorization: string | null): S['RideRequest'] | undefined {
      const found = requests.get(reference);
      if (!found || authorization !== `Bearer ${found.token}`) return undefined;
      return strip(found.request);
    },
    /** What the coordinator does in /beheer, for tests and the demo: confirm or decline. */
    answer(reference: string, patch: Partial<S['RideRequest']>) {
      const found = requests.get(reference)!;
      const request = { ...found.request, ...patch };
      if (request.status === 'declined') for (const h of found.holds) hold(h.key, h.seats, h.wheelchair, -1);
      requests.set(reference, { ...found, request: { ...request, canCancel: request.status === 'requested' || request.status === 'confirmed' } });
    },
    /** A stored request (with its token), for tests that open the status page. */
    add(request: S['RideRequest'], token: string) {
      requests.set(request.reference, { request: { ...request, token }, token, holds: [] });
    },
    cancel(reference: string, authorization: string | null): S['RideRequest'] | undefined {
      const found = requests.get(reference);
      if (!found || authorization !== `Bearer ${found.token}`) return undefined;
      if (found.request.status !== 'cancelled') for (const h of found.holds) hold(h.key, h.seats, h.wheelchair, -1);
      const request = { ...found.request, status: 'cancelled' as const, canCancel: false, cancelledAt: new Date().toISOString() };
      const { pickUpTime: _p, returnPickUpTime: _r, driverFirstName: _d, ...kept } = request;
      requests.set(reference, { ...found, request: kept });
      return strip(kept);
    },
  };
}

export const rides = createStore();

/** MSW handlers of the contract's `vervoer` operations, on the memory above. */
const problemJson = { 'content-type': 'application/problem+json' };

const notFound = () =>
  HttpResponse.json({ type: 'urn:buurtkit:problem:not-found', title: 'Deze rit is niet gevonden.', status: 404 }, { status: 404, headers: problemJson });

export const rideHandlers = [
  http.get('*/v1/rides', () => HttpResponse.json<S['RideService']>(makeRideService())),

  http.get('*/v1/rides/availability', ({ request }) => {
    const q = new URL(request.url).searchParams;
    return HttpResponse.json<S['RideAvailability']>(rides.availability(q.get('from') ?? undefined, q.get('to') ?? undefined));
  }),

  // The contract's Idempotency-Key: the same key replays the first answer, no second request.
  http.post('*/v1/ride-requests', async ({ request }) => {
    try {
      const created = rides.create((await request.json()) as S['RideRequestRequest'], request.headers.get('idempotency-key') ?? '');
      return HttpResponse.json<S['RideRequestCreated']>(created, { status: 201 });
    } catch (e) {
      if (!(e instanceof RideProblem)) throw e;
      return HttpResponse.json(e.body, { status: e.body.status, headers: problemJson });
    }
  }),

  http.get('*/v1/ride-requests/:reference', ({ request, params }) => {
    const found = rides.find(String(params.reference), request.headers.get('authorization'));
    return found ? HttpResponse.json<S['RideRequest']>(found) : notFound();
  }),

  http.delete('*/v1/ride-requests/:reference', ({ request, params }) => {
    const found = rides.cancel(String(params.reference), request.headers.get('authorization'));
    return found ? HttpResponse.json<S['RideRequest']>(found) : notFound();
  }),
];
