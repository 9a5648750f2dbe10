// Asking for a seat on the village bus, seeing the request and cancelling it: the rules
// beyond the contract's schema and the one transaction each runs in. Seats are held with
// holds.ts in the same transaction that stores the request, outward and return together
// (docs/decisions/0012-village-bus.md).
import type { components } from '../../contract/types.ts';
import { addDays, todayIn } from '../../common/zoned-time.ts';
import { rideCostCents } from '../../common/ride-cost.ts';
import { normalPostcode } from '../../common/postcode.ts';
import type { Queryable } from '../db/database.ts';
import { ProblemError } from '../http/problem.ts';
import { hashToken, newReference, newToken, tokenMatches } from '../volunteering/secrets.ts';
import { splitOccurrenceId } from '../volunteering/opportunities.ts';
import { blockAt, blocksOf, bookingUntil, earliestDate, hoursInWords, isoWeekday, type DayBlock } from './calendar.ts';
import { heldInWindow, holdPlaces, holdsOfRow, releasePlaces, type Hold } from './holds.ts';
import { cancelled, cancelledNotice, dayInWords, driverNotice, notice, queueRideMessages, received, timeInWords, type RideMessageContext } from './messages.ts';
import { rideRequestByReference, type RideRequestRow } from './rows.ts';
import { freeIn, loadRules, servedOccurrence, toRideBlock, type RideBlock, type RideRules } from './service.ts';
import { toRideRequest, tripStart, type RideRequest } from './shapes.ts';

export type RideRequestRequest = components['schemas']['RideRequestRequest'];
export type RideRequestCreated = components['schemas']['RideRequestCreated'];

/** A 422 naming one field of the body. */
const fieldProblem = (name: string, detail: string) => new ProblemError('invalid-body', `${name}: ${detail}`, [{ name, in: 'body', detail }]);

const REFERENCE_ATTEMPTS = 5;
const ALTERNATIVES = 5;
const ONE_LINE = /[\t\n\r]/;
const WEEKDAY_NAMES = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

/** A one-line text field: trimmed; tabs and line breaks refused (the database insists). */
function oneLine(name: string, value: string, what: string): string {
  if (ONE_LINE.test(value)) throw fieldProblem(name, `Vul ${what} in op één regel.`);
  const trimmed = value.trim();
  if (!trimmed) throw fieldProblem(name, `Vul ${what} in.`);
  return trimmed;
}

interface Destination {
  kind: 'activity' | 'place' | 'address';
  activityId: string | null;
  occurrenceKey: string | null;
  placeId: string | null;
  name: string;
  address: string;
  distanceKm: number | null;
}

interface Address {
  postalCode: string;
  houseNumber: string;
  street: string;
  locality: string;
}

/** A pick-up or destination address, checked to lie in the service area. */
async function areaAddress(tx: Queryable, rules: RideRules, field: string, a: RideRequestRequest['passenger']['address']): Promise<Address> {
  const postalCode = normalPostcode(a.postalCode);
  if (!rules.service.service_postcodes.includes(postalCode.slice(0, 4))) {
    throw fieldProblem(`${field}.postalCode`, `Buiten het gebied van de bus (${rules.service.service_area_text}). Bel de coördinator op ${rules.service.phone}: misschien kan het toch.`);
  }
  const street = oneLine(`${field}.street`, a.street, 'de straat');
  let locality = a.locality === undefined ? '' : ONE_LINE.test(a.locality) ? oneLine(`${field}.locality`, a.locality, 'de woonplaats') : a.locality.trim();
  if (!locality) {
    // The village of the postcode: a known place with the same four digits.
    const { rows } = await tx.query<{ locality: string }>(
      `select locality from places where left(postal_code, 4) = $1 union all select locality from ride_places where left(postal_code, 4) = $1 limit 1`,
      [postalCode.slice(0, 4)],
    );
    locality = rows[0]?.locality ?? '';
    if (!locality) throw fieldProblem(`${field}.locality`, 'Vul de woonplaats in.');
  }
  return { postalCode, houseNumber: a.houseNumber.trim(), street, locality };
}

async function destinationOf(tx: Queryable, rules: RideRules, request: RideRequestRequest, now: Date): Promise<Destination> {
  const d = request.destination;
  if (d.occurrenceId !== undefined) {
    const parts = splitOccurrenceId(d.occurrenceId);
    const o = parts && (await servedOccurrence(tx, rules.calendar.zone, parts.activityId, parts.key));
    if (!o) throw fieldProblem('destination.occurrenceId', 'De dorpsbus rijdt niet naar deze activiteit. Kies een activiteit uit de lijst, of een andere bestemming.');
    if (o.status === 'cancelled') throw fieldProblem('destination.occurrenceId', 'Deze activiteit gaat niet door. Kies een andere dag of bestemming.');
    if (new Date(o.starts_at).getTime() <= now.getTime()) throw fieldProblem('destination.occurrenceId', 'Deze activiteit is al begonnen of voorbij. Kies een activiteit die nog komt.');
    if (request.trip.date !== o.local_day) throw fieldProblem('trip.date', `Deze activiteit is op ${dayInWords(o.local_day)}. Kies die dag voor de rit.`);
    return {
      kind: 'activity',
      activityId: o.activity_id,
      occurrenceKey: o.occurrence_key,
      placeId: null,
      name: `${o.title}, ${o.place_name}`.slice(0, 300),
      address: `${o.street}, ${o.postal_code} ${o.locality}`.slice(0, 300),
      distanceKm: null,
    };
  }
  if (d.placeId !== undefined) {
    const { rows } = await tx.query<{ id: string; name: string; street: string; postal_code: string; locality: string; distance_km: number }>(
      'select id, name, street, postal_code, locality, distance_km::float8 as distance_km from ride_places where id = $1',
      [d.placeId],
    );
    const p = rows[0];
    if (!p) throw fieldProblem('destination.placeId', 'Deze bestemming kent de bus niet. Kies een bestemming uit de lijst, of vul een adres in.');
    return { kind: 'place', activityId: null, occurrenceKey: null, placeId: p.id, name: p.name, address: `${p.street}, ${p.postal_code} ${p.locality}`, distanceKm: p.distance_km };
  }
  const a = await areaAddress(tx, rules, 'destination.address', d.address!);
  const line = `${a.street} ${a.houseNumber}`;
  return { kind: 'address', activityId: null, occurrenceKey: null, placeId: null, name: line, address: `${line}, ${a.postalCode} ${a.locality}`, distanceKm: null };
}

/** The day: one the bus runs on, inside the booking window, and not inside the lead time. */
function checkDate(rules: RideRules, date: string, now: Date): void {
  const cal = rules.calendar;
  const today = todayIn(cal.zone, now);
  if (date < today) throw fieldProblem('trip.date', 'Deze dag is al voorbij. Kies een dag die nog komt.');
  if (!blocksOf(cal, date).length) throw fieldProblem('trip.date', `Op ${WEEKDAY_NAMES[isoWeekday(date) - 1]} rijdt de bus niet. Kies een andere dag.`);
  const reason = cal.blocked.get(date);
  if (reason) throw fieldProblem('trip.date', `Op ${dayInWords(date)} rijdt de bus niet: ${reason}. Kies een andere dag.`);
  const until = bookingUntil(cal, today);
  if (date > until) throw fieldProblem('trip.date', `Zo ver vooruit kunt u nog niet aanvragen. Dat kan tot en met ${dayInWords(until)}.`);
  if (date < earliestDate(cal, today)) throw tooSoon(rules);
}

function tooSoon(rules: RideRules): ProblemError {
  const days = rules.calendar.leadWorkingDays;
  const detail = `Vraag een rit minstens ${days} werkdag${days === 1 ? '' : 'en'} van tevoren aan. Is het dringend? Bel de coördinator op ${rules.service.phone}.`;
  return new ProblemError('too-soon', detail, [{ name: 'trip.date', in: 'body', detail }], { phone: rules.service.phone });
}

/** The block of a time on the day, or a 422 naming the field that says when the bus runs. */
function blockFor(rules: RideRules, field: string, date: string, time: string): DayBlock {
  const block = blockAt(rules.calendar, date, time);
  if (!block) throw fieldProblem(field, `Om ${timeInWords(time)} rijdt de bus niet. Op ${WEEKDAY_NAMES[isoWeekday(date) - 1]} rijdt hij ${hoursInWords(rules.calendar, date)}.`);
  return block;
}

/** The next blocks from `date` on with room for `need`, on days that can be asked for. */
async function alternatives(tx: Queryable, rules: RideRules, date: string, need: { seats: number; wheelchairPlaces: number }, now: Date): Promise<RideBlock[]> {
  const cal = rules.calendar;
  const today = todayIn(cal.zone, now);
  const earliest = earliestDate(cal, today);
  const until = bookingUntil(cal, today);
  const found: RideBlock[] = [];
  // A week at a time, so a full week costs one query, up to the end of the booking window.
  for (let from = date < earliest ? earliest : date; from <= until && found.length < ALTERNATIVES; from = addDays(from, 7)) {
    const days = Array.from({ length: 7 }, (_, i) => addDays(from, i)).filter((d) => d <= until && !cal.blocked.has(d));
    const blocks = days.flatMap((d) => blocksOf(cal, d)).filter((b) => b.startsAt > now.getTime());
    if (!blocks.length) continue;
    const held = await heldInWindow(tx, new Date(blocks[0]!.startsAt), new Date(blocks[blocks.length - 1]!.endsAt));
    for (const b of blocks) {
      const free = freeIn(rules.capacity, held, b.startsAt);
      if (free.seatsLeft >= need.seats && free.wheelchairPlacesLeft >= need.wheelchairPlaces) found.push(toRideBlock(cal.zone, b, free));
      if (found.length === ALTERNATIVES) break;
    }
  }
  return found;
}

function rideFull(rules: RideRules, date: string, block: DayBlock, way: 'heen' | 'terug', wheelchair: boolean, alternatives: RideBlock[]): ProblemError {
  const what = wheelchair ? 'geen rolstoelplaats meer vrij' : 'niet genoeg plaatsen meer vrij';
  const more = alternatives.length ? ' Hieronder staan de eerstvolgende tijden met genoeg plaats.' : ` Bel de coördinator op ${rules.service.phone}.`;
  return new ProblemError('ride-full', `Op ${dayInWords(date)} tussen ${timeInWords(block.start)} en ${timeInWords(block.end)} (${way}) is er ${what} in de bus.${more}`, undefined, { alternatives });
}

const rideContext = (rules: RideRules, row: RideRequestRow, now: Date): RideMessageContext => ({
  row,
  zone: rules.calendar.zone,
  now,
  networkName: rules.networkName,
  serviceName: rules.service.name,
  servicePhone: rules.service.phone,
  rule: rules.rule,
});

/**
 * Stores a request (already valid against the contract), holds its places and queues its
 * messages, in the caller's transaction `tx`: a problem thrown here rolls all of it back.
 */
export async function createRideRequest(tx: Queryable, request: RideRequestRequest, now: Date): Promise<RideRequestCreated> {
  const rules = await loadRules(tx, now);
  const { passenger, trip } = request;
  const name = oneLine('passenger.name', passenger.name, 'de naam');
  const pickup = await areaAddress(tx, rules, 'passenger.address', passenger.address);
  const requester = request.requester && { ...request.requester, name: oneLine('requester.name', request.requester.name, 'uw naam') };
  if (request.consent.privacyVersion !== rules.service.privacy_version) {
    throw fieldProblem('consent.privacyVersion', 'De privacytekst is veranderd. Lees de nieuwe tekst en stuur uw aanvraag opnieuw.');
  }
  checkDate(rules, trip.date, now);
  const destination = await destinationOf(tx, rules, request, now);
  const outward = blockFor(rules, 'trip.time', trip.date, trip.time);
  // Only with no lead time at all: a time already past today.
  if (outward.startsAt <= now.getTime()) throw tooSoon(rules);
  let back: DayBlock | undefined;
  if (trip.returnTime !== undefined) {
    if (trip.returnTime <= trip.time) throw fieldProblem('trip.returnTime', `De terugrit moet later zijn dan ${timeInWords(trip.time)}.`);
    back = blockFor(rules, 'trip.returnTime', trip.date, trip.returnTime);
  }
  const seated = passenger.mobility.wheelchair === 'seated';
  if (seated && rules.capacity.wheelchairPlaces === 0) {
    throw fieldProblem('passenger.mobility.wheelchair', `De bus heeft geen plaats voor iemand die in de rolstoel blijft zitten. Bel de coördinator op ${rules.service.phone}.`);
  }
  const need = { seats: (seated ? 0 : 1) + passenger.companions, wheelchairPlaces: seated ? 1 : 0 };
  const holds: Hold[] = [outward, ...(back ? [back] : [])].map((b) => ({ block: new Date(b.startsAt), ...need }));
  const full = await holdPlaces(tx, holds, rules.capacity);
  if (full) {
    const block = full.getTime() === outward.startsAt ? outward : back!;
    const free = freeIn(rules.capacity, await heldInWindow(tx, full, new Date(block.endsAt)), block.startsAt);
    const noWheelchairPlace = free.wheelchairPlacesLeft < need.wheelchairPlaces;
    throw rideFull(rules, trip.date, block, block === outward ? 'heen' : 'terug', noWheelchairPlace, await alternatives(tx, rules, trip.date, need, now));
  }

  const trips = back ? 2 : 1;
  const costCents = rideCostCents(rules.rule, { trips, ...(destination.distanceKm !== null ? { distanceKm: destination.distanceKm } : {}) }) ?? null;
  const token = newToken();
  let id: string | undefined;
  for (let attempt = 0; id === undefined; attempt++) {
    if (attempt === REFERENCE_ATTEMPTS) throw new Error('No free ride reference after several attempts');
    const { rows } = await tx.query<{ id: string }>(
      `insert into ride_requests (reference, token_hash, status, passenger_name, passenger_phone, passenger_email,
         pickup_postal_code, pickup_house_number, pickup_street, pickup_locality, rollator, wheelchair, help_at_door, mobility_note, companions,
         requester_name, requester_phone, requester_email, requester_relation,
         destination_kind, activity_id, occurrence_key, place_id, destination_name, destination_address, distance_km,
         ride_date, time_kind, requested_time, return_time, seats, wheelchair_places, outward_block, return_block, cost_cents, privacy_version, created_at)
       values ($1, $2, 'requested', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
         $19, $20, $21, $22, $23, $24, $25, $26::date, $27, $28::time, $29::time, $30, $31, $32::timestamptz, $33::timestamptz, $34, $35, $36::timestamptz)
       on conflict (reference) do nothing returning id::text as id`,
      [
        newReference('RT'), hashToken(token), name, passenger.phone.trim(), passenger.email ?? null,
        pickup.postalCode, pickup.houseNumber, pickup.street, pickup.locality,
        passenger.mobility.rollator, passenger.mobility.wheelchair, passenger.mobility.helpAtDoor, passenger.mobility.note?.trim() || null, passenger.companions,
        requester?.name ?? null, requester?.phone.trim() ?? null, requester?.email ?? null, requester?.relation ?? null,
        destination.kind, destination.activityId, destination.occurrenceKey, destination.placeId, destination.name, destination.address, destination.distanceKm,
        trip.date, trip.timeKind, trip.time, trip.returnTime ?? null, need.seats, need.wheelchairPlaces,
        new Date(outward.startsAt).toISOString(), back ? new Date(back.startsAt).toISOString() : null, costCents, rules.service.privacy_version, now.toISOString(),
      ],
    );
    id = rows[0]?.id;
  }
  const row = (await rideRequestById(tx, id))!;
  const c = rideContext(rules, row, now);
  await queueRideMessages(tx, [...received(c), ...notice(c, rules.networkEmail)], now);
  return { ...toRideRequest(row, { zone: rules.calendar.zone, now, rule: rules.rule }), token };
}

async function rideRequestById(db: Queryable, id: string): Promise<RideRequestRow | undefined> {
  const { rows } = await db.query<{ reference: string }>('select reference from ride_requests where id = $1', [id]);
  return rows[0] && rideRequestByReference(db, rows[0].reference);
}

/** A hash to compare with when the reference is unknown, so that case takes as long as a wrong token. */
const NO_SUCH_HASH = hashToken('no ride request has this token');

async function authorised(db: Queryable, reference: string, token: string, lock: boolean): Promise<RideRequestRow | undefined> {
  const row = await rideRequestByReference(db, reference, lock);
  const matches = tokenMatches(token, row?.token_hash ?? NO_SUCH_HASH);
  return row && matches ? row : undefined;
}

const notFound = () => new ProblemError('not-found', 'Er is geen ritaanvraag met dit kenmerk en deze code. Kijk of u de hele link hebt gebruikt.');

/** The request as its requester sees it; a wrong token and an unknown reference are the same 404. */
export async function findRideRequest(db: Queryable, reference: string, token: string, now: Date): Promise<RideRequest> {
  const row = await authorised(db, reference, token, false);
  if (!row) throw notFound();
  const rules = await loadRules(db, now);
  return toRideRequest(row, { zone: rules.calendar.zone, now, rule: rules.rule });
}

/**
 * Cancels a request in the caller's transaction: its places come free, the passenger's side
 * gets a confirmation, the coordinator a notice and an assigned driver word that the ride is off.
 * Cancelling twice answers the same cancelled request.
 */
export async function cancelRideRequest(tx: Queryable, reference: string, token: string, now: Date): Promise<RideRequest> {
  const row = await authorised(tx, reference, token, true);
  if (!row) throw notFound();
  const rules = await loadRules(tx, now);
  const shape = (r: RideRequestRow) => toRideRequest(r, { zone: rules.calendar.zone, now, rule: rules.rule });
  if (row.status === 'cancelled') return shape(row);
  if (row.status === 'declined') throw new ProblemError('conflict', 'Deze aanvraag is afgewezen: er is niets meer te annuleren.');
  if (now.getTime() >= tripStart(row, rules.calendar.zone)) {
    throw new ProblemError('conflict', `De bus is al onderweg of de rit is voorbij: annuleren kan hier niet meer. Bel de coördinator op ${rules.service.phone}.`);
  }
  // Migration 013: only a confirmed request has confirmed_at, driver and pick-up together; a
  // cancelled one loses its confirmation time (the driver stays, for who was told).
  await tx.query(`update ride_requests set status = 'cancelled', cancelled_at = $2::timestamptz, confirmed_at = null where id = $1`, [row.id, now.toISOString()]);
  await releasePlaces(tx, holdsOfRow(row));
  // The funders' counts hold confirmed rides only (decision 0012).
  await tx.query('delete from ride_stats where ride_request_id = $1', [row.id]);
  const updated = (await rideRequestByReference(tx, reference))!;
  const c = rideContext(rules, updated, now);
  const messages = [...cancelled(c, 'requester'), ...cancelledNotice(c, rules.networkEmail)];
  if (row.driver_id) {
    const { rows } = await tx.query<{ first_name: string; phone: string; email: string | null }>(
      'select d.first_name, d.phone, a.email from ride_drivers d left join accounts a on a.id = d.account_id where d.id = $1',
      [row.driver_id],
    );
    if (rows[0]) messages.push(...driverNotice(c, { firstName: rows[0].first_name, phone: rows[0].phone, email: rows[0].email }, 'cancelled'));
  }
  await queueRideMessages(tx, messages, now);
  return shape(updated);
}
