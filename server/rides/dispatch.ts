// The coordinator's dispatch of the village bus (/beheer, docs/decisions/0012-village-bus.md):
// the requests of a window of days with everything a driver needs, and what the coordinator
// does with one: confirm it with a driver and pick-up times, decline it, cancel it.
//
// Each answer runs in one transaction with its audit rows, its outbox messages and, for a
// change, the request's row locked first (then the blocks it holds, in holds.ts's order), so
// a cancel racing a confirm ends in one state, with the held places matching it.
import type { components, operations } from '../../contract/types.ts';
import { addDays, daysBetween, localToInstant, todayIn } from '../../common/zoned-time.ts';
import { recordAudit } from '../accounts/repository.ts';
import type { Account } from '../accounts/shapes.ts';
import type { Database, Queryable } from '../db/database.ts';
import { invalidParameter, ProblemError } from '../http/problem.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { networkRow, type NetworkRow } from '../volunteering/repository.ts';
import { findDriver, notEligibleBecause, type DriverRow } from './drivers.ts';
import { holdsOfRow, releasePlaces } from './holds.ts';
import { cancelled, confirmed, dayInWords, declined, driverNotice, queueRideMessages, type RideMessageContext, type RideOutboxMessage } from './messages.ts';
import { RIDE_REQUEST_COLUMNS, RIDE_REQUEST_FROM, rideRequestByReference, rideServiceRow, type RideRequestRow, type RideServiceRow } from './rows.ts';
import { costRule, toBeheerRideRequest, type BeheerRideRequest } from './shapes.ts';

export type RideRequestQuery = NonNullable<operations['beheerListRideRequests']['parameters']['query']>;
export type ConfirmRequest = components['schemas']['BeheerRideConfirmRequest'];
export type DeclineRequest = components['schemas']['BeheerRideDeclineRequest'];
type BeheerRideRequestPage = components['schemas']['BeheerRideRequestPage'];

export const RECORD_TYPE = 'ride-request';
/** The list shows at most this many days at once. */
export const MAX_WINDOW_DAYS = 62;
const DEFAULT_WINDOW_DAYS = 13;

const notFound = (reference: string) => new ProblemError('not-found', `Er is geen ritaanvraag met kenmerk ${reference}.`);
const conflict = (detail: string) => new ProblemError('conflict', detail);
const fieldProblem = (name: string, detail: string) => new ProblemError('invalid-body', `${name}: ${detail}`, [{ name, in: 'body', detail }]);

/** Every ride request in the network's shapes needs these. */
interface Setting {
  network: NetworkRow;
  service: RideServiceRow;
}

async function setting(db: Queryable): Promise<Setting> {
  const service = await rideServiceRow(db);
  // A request cannot exist without the service (its privacy text is the service's).
  if (!service) throw new ProblemError('not-found', 'De dorpsbus is nog niet ingesteld.');
  return { network: await networkRow(db), service };
}

const shape = (row: RideRequestRow, { network, service }: Setting, now: Date) =>
  toBeheerRideRequest(row, { zone: network.timezone, now, rule: costRule(service) });

const messageContext = (row: RideRequestRow, { network, service }: Setting, now: Date): RideMessageContext => ({
  row,
  zone: network.timezone,
  now,
  networkName: network.name,
  serviceName: service.name,
  servicePhone: service.phone,
  rule: costRule(service),
});

/** The requests of a window of days, by day and time; each one shown is written to the audit log. */
export async function listRideRequests(db: Database, account: Account, query: RideRequestQuery, now: Date): Promise<BeheerRideRequestPage> {
  const { status, limit = 100, offset = 0 } = query;
  return db.transaction(async (tx) => {
    const s = await setting(tx);
    const from = query.from ?? todayIn(s.network.timezone, now);
    const to = query.to ?? addDays(from, DEFAULT_WINDOW_DAYS);
    if (to < from) throw invalidParameter('to', 'De laatste dag ligt vóór de eerste dag (from).');
    if (daysBetween(from, to) > MAX_WINDOW_DAYS) throw invalidParameter('to', `Vraag ten hoogste ${MAX_WINDOW_DAYS} dagen na de eerste dag op.`);
    const where = `r.ride_date between $1::date and $2::date and ($3::text is null or r.status = $3)`;
    const params = [from, to, status ?? null];
    const [{ total }] = (await tx.query<{ total: number }>(`select count(*)::int as total from ride_requests r where ${where}`, params)).rows as [{ total: number }];
    const { rows } = await tx.query<RideRequestRow>(
      `select ${RIDE_REQUEST_COLUMNS} from ${RIDE_REQUEST_FROM} where ${where}
        order by r.ride_date, r.requested_time, r.id limit $4 offset $5`,
      [...params, limit, offset],
    );
    await recordAuditRows(tx, { accountId: account.id, action: 'view', recordType: RECORD_TYPE, recordIds: rows.map((r) => r.reference), at: now });
    const items = rows.map((r) => shape(r, s, now));
    return { items, total, offset, limit, ...(offset + items.length < total ? { next: offset + items.length } : {}) };
  });
}

/** One request, written to the audit log. */
export async function getRideRequest(db: Database, account: Account, reference: string, now: Date): Promise<BeheerRideRequest> {
  return db.transaction(async (tx) => {
    const row = await rideRequestByReference(tx, reference);
    if (!row) throw notFound(reference);
    await recordAudit(tx, { accountId: account.id, action: 'view', recordType: RECORD_TYPE, recordId: reference, at: now });
    return shape(row, await setting(tx), now);
  });
}

interface ActionContext {
  tx: Queryable;
  /** The request, locked, as it is now. */
  row: RideRequestRow;
  setting: Setting;
  now: Date;
}

/** Answers the audit action when the request changed, or undefined when nothing changed ('view'). */
type Action = (c: ActionContext) => Promise<string | undefined>;

async function act(db: Database, account: Account, reference: string, now: Date, action: Action): Promise<BeheerRideRequest> {
  return db.transaction(async (tx) => {
    const row = await rideRequestByReference(tx, reference, true);
    if (!row) throw notFound(reference);
    const s = await setting(tx);
    const done = await action({ tx, row, setting: s, now });
    await recordAudit(tx, { accountId: account.id, action: done ?? 'view', recordType: RECORD_TYPE, recordId: reference, at: now });
    return shape((await rideRequestByReference(tx, reference))!, s, now);
  });
}

/** The driver of a request as their notice needs them. */
const noticeTarget = (d: DriverRow) => ({ firstName: d.first_name, phone: d.phone, email: d.email });

/** The request's trip is off: its places come free, its count leaves the report, its driver is told. */
async function takeOff(c: ActionContext, change: string, params: unknown[]): Promise<RideOutboxMessage[]> {
  await releasePlaces(c.tx, holdsOfRow(c.row));
  await c.tx.query('delete from ride_stats where ride_request_id = $1', [c.row.id]);
  // A request that is not confirmed has no driver or pick-up time (the migration's check).
  await c.tx.query(
    `update ride_requests set ${change}, confirmed_at = null, driver_id = null, vehicle_id = null, pickup_at = null, return_pickup_at = null
      where id = $1`,
    [c.row.id, ...params],
  );
  const driver = c.row.driver_id ? await findDriver(c.tx, c.row.driver_id) : undefined;
  return driver ? driverNotice(messageContext(c.row, c.setting, c.now), noticeTarget(driver), 'cancelled') : [];
}

const reread = async (c: ActionContext) => (await rideRequestByReference(c.tx, c.row.reference))!;

/** Whether `time` ('HH:MM') lies within one of the bus's windows on that weekday. */
async function withinHours(tx: Queryable, day: string, time: string): Promise<boolean> {
  const { rows } = await tx.query(
    `select 1 from ride_service_hours where weekday = extract(isodow from $1::date) and opens <= $2::time and closes >= $2::time limit 1`,
    [day, time],
  );
  return rows.length > 0;
}

async function hoursText(tx: Queryable, day: string): Promise<string> {
  const { rows } = await tx.query<{ opens: string; closes: string }>(
    `select to_char(opens, 'HH24:MI') as opens, to_char(closes, 'HH24:MI') as closes from ride_service_hours
      where weekday = extract(isodow from $1::date) order by opens`,
    [day],
  );
  return rows.length ? `De bus rijdt dan van ${rows.map((r) => `${r.opens} tot ${r.closes}`).join(' en van ')}.` : 'De bus rijdt die dag niet.';
}

const sameInstant = (a: Date | string | null, b: number | null) => (a === null ? b === null : b !== null && new Date(a).getTime() === b);

/**
 * Confirms the request with a driver, a vehicle and pick-up times, or changes them. The
 * passenger's side hears when the time or the driver changed; the new driver is told, and
 * a driver taken off hears so. The same data again changes nothing and sends nothing.
 */
export function confirmRideRequest(db: Database, account: Account, reference: string, body: ConfirmRequest, now: Date): Promise<BeheerRideRequest> {
  return act(db, account, reference, now, async (c) => {
    const { row, tx } = c;
    if (row.status === 'declined') throw conflict('Deze aanvraag is afgewezen. Een afgewezen aanvraag kunt u niet meer bevestigen.');
    if (row.status === 'cancelled') throw conflict('Deze aanvraag is geannuleerd. Een geannuleerde aanvraag kunt u niet meer bevestigen.');

    const driver = await findDriver(tx, body.driverId);
    if (!driver) throw fieldProblem('driverId', 'Er is geen chauffeur met dit id. Kies een chauffeur uit de lijst.');
    const because = notEligibleBecause(driver, row.ride_date);
    if (because) throw fieldProblem('driverId', `${driver.first_name} mag op ${dayInWords(row.ride_date)} niet rijden: ${because[0]!.toLowerCase()}${because.slice(1)}. Kies een andere chauffeur.`);

    const { rows: vehicles } = await tx.query<{ id: string }>(
      body.vehicleId ? 'select id from ride_vehicles where active and id = $1' : 'select id from ride_vehicles where active order by sort, id limit 1',
      body.vehicleId ? [body.vehicleId] : [],
    );
    if (!vehicles[0]) {
      if (body.vehicleId) throw fieldProblem('vehicleId', 'Er is geen bus met dit id, of die rijdt niet meer.');
      throw conflict('Er is geen bus ingesteld die rijdt. Zet eerst een bus aan.');
    }

    if (row.return_time && !body.returnPickUpTime) throw fieldProblem('returnPickUpTime', 'Deze rit heeft een terugreis. Vul in hoe laat de bus de passagier ophaalt voor de terugweg.');
    if (!row.return_time && body.returnPickUpTime) throw fieldProblem('returnPickUpTime', 'Deze rit heeft geen terugreis. Laat dit leeg.');
    if (body.returnPickUpTime && body.returnPickUpTime <= body.pickUpTime) throw fieldProblem('returnPickUpTime', 'De terugreis begint na het ophalen voor de heenreis.');
    for (const [name, time] of [['pickUpTime', body.pickUpTime], ['returnPickUpTime', body.returnPickUpTime]] as const) {
      if (time && !(await withinHours(tx, row.ride_date, time))) {
        throw fieldProblem(name, `${time} valt buiten de tijden van de bus op ${dayInWords(row.ride_date)}. ${await hoursText(tx, row.ride_date)}`);
      }
    }

    const zone = c.setting.network.timezone;
    const pickupAt = localToInstant(`${row.ride_date}T${body.pickUpTime}`, zone);
    const returnAt = body.returnPickUpTime ? localToInstant(`${row.ride_date}T${body.returnPickUpTime}`, zone) : null;
    const driverChanged = row.driver_id !== driver.id;
    const timesChanged = !sameInstant(row.pickup_at, pickupAt) || !sameInstant(row.return_pickup_at, returnAt);
    if (row.status === 'confirmed' && !driverChanged && !timesChanged && row.vehicle_id === vehicles[0].id) return undefined;

    await tx.query(
      `update ride_requests set status = 'confirmed', confirmed_at = coalesce(confirmed_at, $2::timestamptz), driver_id = $3::uuid, vehicle_id = $4,
              pickup_at = $5::timestamptz, return_pickup_at = $6::timestamptz
        where id = $1`,
      [row.id, now.toISOString(), driver.id, vehicles[0].id, new Date(pickupAt).toISOString(), returnAt === null ? null : new Date(returnAt).toISOString()],
    );
    // The anonymous count for the report: one row per confirmed request.
    await tx.query(
      `insert into ride_stats (ride_request_id, month, trips, passengers, wheelchair, kilometres)
       select r.id, date_trunc('month', r.ride_date)::date, t.trips, 1 + r.companions, r.wheelchair <> 'none', coalesce(r.distance_km * t.trips, 0)
         from ride_requests r, lateral (select case when r.return_time is null then 1 else 2 end as trips) t
        where r.id = $1
       on conflict (ride_request_id) do update set month = excluded.month, trips = excluded.trips, passengers = excluded.passengers,
              wheelchair = excluded.wheelchair, kilometres = excluded.kilometres`,
      [row.id],
    );

    const after = await reread(c);
    const context = messageContext(after, c.setting, now);
    const messages: RideOutboxMessage[] = [];
    if (driverChanged || timesChanged) messages.push(...confirmed(context), ...driverNotice(context, noticeTarget(driver), 'assigned'));
    if (driverChanged && row.driver_id) {
      const previous = await findDriver(tx, row.driver_id);
      if (previous) messages.push(...driverNotice(messageContext(row, c.setting, now), noticeTarget(previous), 'cancelled'));
    }
    await queueRideMessages(tx, messages, now);
    return row.status === 'confirmed' ? 'update' : 'confirm';
  });
}

/** Declined with a reason (and what else could be done): the places come free, the passenger's side is told. */
export function declineRideRequest(db: Database, account: Account, reference: string, body: DeclineRequest, now: Date): Promise<BeheerRideRequest> {
  return act(db, account, reference, now, async (c) => {
    if (c.row.status === 'declined') throw conflict('Deze aanvraag is al afgewezen.');
    if (c.row.status === 'cancelled') throw conflict('Deze aanvraag is geannuleerd. Er is niets meer af te wijzen.');
    const toDriver = await takeOff(c, `status = 'declined', declined_at = $2::timestamptz, decline_reason = $3, alternatives = $4`, [
      now.toISOString(),
      body.reason.trim(),
      body.alternatives?.trim() || null,
    ]);
    await queueRideMessages(c.tx, [...declined(messageContext(await reread(c), c.setting, now)), ...toDriver], now);
    return 'decline';
  });
}

/** Cancelled for the passenger (after a phone call, say). Cancelling twice answers the same. */
export function cancelRideRequest(db: Database, account: Account, reference: string, now: Date): Promise<BeheerRideRequest> {
  return act(db, account, reference, now, async (c) => {
    if (c.row.status === 'cancelled') return undefined;
    if (c.row.status === 'declined') throw conflict('Deze aanvraag is afgewezen. Er is niets meer te annuleren.');
    const toDriver = await takeOff(c, `status = 'cancelled', cancelled_at = $2::timestamptz`, [now.toISOString()]);
    await queueRideMessages(c.tx, [...cancelled(messageContext(await reread(c), c.setting, now), 'coordinator'), ...toDriver], now);
    return 'cancel';
  });
}

export { messageContext, setting };
