// The village bus's rules as stored (migration 013), and the two public reads made of them:
// the service (GET /v1/rides) and the free places per day and block (GET /v1/rides/availability).
// Neither holds personal data.
import type { components } from '../../contract/types.ts';
import { daysBetween, addDays, formatIsoInZone, todayIn } from '../../common/zoned-time.ts';
import type { Queryable } from '../db/database.ts';
import { invalidParameter } from '../http/problem.ts';
import { networkRow } from '../volunteering/repository.ts';
import { blockAt, blocksOf, bookingUntil, earliestDate, type RideCalendar, type ServiceWindow } from './calendar.ts';
import { blockCapacity, heldInWindow, type Capacity } from './holds.ts';
import { rideServiceRow, type RideServiceRow } from './rows.ts';
import { costRule, type RideCostRule } from './shapes.ts';

type Schemas = components['schemas'];
export type RideService = Schemas['RideService'];
export type RideAvailability = Schemas['RideAvailability'];
export type RideBlock = Schemas['RideBlock'];
type RideDay = Schemas['RideDay'];

export interface RideRules {
  service: RideServiceRow;
  calendar: RideCalendar;
  capacity: Capacity;
  rule: RideCostRule;
  networkName: string;
  networkEmail: string | null;
}

/** Everything a read or a request checks against, from one query per table (all small). */
export async function loadRules(db: Queryable, now: Date): Promise<RideRules> {
  const service = await rideServiceRow(db);
  if (!service) throw new Error('ride_service is empty: was the database seeded?');
  const network = await networkRow(db);
  const { rows: hourRows } = await db.query<{ weekday: number; opens: string; closes: string }>(
    `select weekday, to_char(opens, 'HH24:MI') as opens, to_char(closes, 'HH24:MI') as closes from ride_service_hours order by weekday, opens`,
  );
  const hours = new Map<number, ServiceWindow[]>();
  for (const h of hourRows) hours.set(h.weekday, [...(hours.get(h.weekday) ?? []), { opens: h.opens, closes: h.closes }]);
  // Only the days that matter now: from a week back to the end of the longest booking window.
  const today = todayIn(network.timezone, now);
  const { rows: blockedRows } = await db.query<{ day: string; reason: string }>(
    `select to_char(day, 'YYYY-MM-DD') as day, reason from ride_blocked_days where day between $1::date and $2::date`,
    [addDays(today, -7), addDays(today, 400)],
  );
  return {
    service,
    calendar: {
      zone: network.timezone,
      hours,
      blocked: new Map(blockedRows.map((b) => [b.day, b.reason])),
      leadWorkingDays: service.lead_working_days,
      bookingDays: service.booking_days,
      blockMinutes: service.block_minutes,
    },
    capacity: await blockCapacity(db),
    rule: costRule(service),
    networkName: network.name,
    networkEmail: network.email,
  };
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** GET /v1/rides: the bus, its rules, its places and the coming activities it serves. */
export async function rideServiceDocument(db: Queryable, now: Date): Promise<RideService> {
  const rules = await loadRules(db, now);
  const { service, calendar } = rules;
  const zone = calendar.zone;
  const today = todayIn(zone, now);
  const until = bookingUntil(calendar, today);
  const { rows: vehicles } = await db.query<{ id: string; name: string; seats: number; wheelchair_places: number; wheelchair_seated: boolean }>(
    'select id, name, seats, wheelchair_places, wheelchair_seated from ride_vehicles where active order by sort, id',
  );
  const { rows: places } = await db.query<{ id: string; name: string; kind: 'huisarts'; street: string; postal_code: string; locality: string; distance_km: number }>(
    'select id, name, kind, street, postal_code, locality, distance_km::float8 as distance_km from ride_places order by sort, id',
  );
  const privacy = (
    await db.query<{ version: string; why: string; who: string; how_long: string }>('select version, why, who, how_long from privacy_notices where version = $1', [service.privacy_version])
  ).rows[0]!;
  return {
    name: service.name,
    description: service.description,
    phone: service.phone,
    timezone: zone,
    leadTime: { workingDays: service.lead_working_days, earliestDate: earliestDate(calendar, today) },
    bookingUntil: until,
    blockMinutes: service.block_minutes as RideService['blockMinutes'],
    vehicles: vehicles.map((v) => ({ id: v.id, name: v.name, seats: v.seats, wheelchairPlaces: v.wheelchair_places, wheelchairSeated: v.wheelchair_seated })),
    serviceHours: [...calendar.hours].flatMap(([weekday, windows]) => windows.map((w) => ({ day: WEEKDAYS[weekday - 1]!, opens: w.opens, closes: w.closes }))),
    cost: rules.rule,
    serviceArea: { postcodes: service.service_postcodes, description: service.service_area_text },
    places: places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, address: { street: p.street, postalCode: p.postal_code, locality: p.locality }, distanceKm: p.distance_km })),
    activities: await servedActivities(db, rules, now, until),
    privacy: { version: privacy.version, why: privacy.why, who: privacy.who, howLong: privacy.how_long },
  };
}

export interface ServedOccurrence {
  activity_id: string;
  occurrence_key: string;
  title: string;
  starts_at: Date | string;
  ends_at: Date | string;
  local_day: string;
  local_time: string;
  status: string;
  place_name: string;
  street: string;
  postal_code: string;
  locality: string;
  village_id: string;
}

const SERVED_COLUMNS = `ao.activity_id, ao.occurrence_key, a.title, ao.starts_at, ao.ends_at, to_char(ao.local_day, 'YYYY-MM-DD') as local_day,
  to_char(ao.starts_at at time zone $1, 'HH24:MI') as local_time, ao.status,
  p.name as place_name, p.street, p.postal_code, p.locality, p.village_id`;
const SERVED_FROM = 'activity_occurrences ao join activities a on a.id = ao.activity_id join places p on p.id = a.place_id';

/** One occurrence of an activity the bus serves (village_bus), whatever its date or status. */
export async function servedOccurrence(db: Queryable, zone: string, activityId: string, key: string): Promise<ServedOccurrence | undefined> {
  const { rows } = await db.query<ServedOccurrence>(
    `select ${SERVED_COLUMNS} from ${SERVED_FROM} where a.village_bus and ao.activity_id = $2 and ao.occurrence_key = $3`,
    [zone, activityId, key],
  );
  return rows[0];
}

/** Coming occurrences the bus serves up to the booking window's end, on a day it runs, starting inside its hours. */
async function servedActivities(db: Queryable, rules: RideRules, now: Date, until: string): Promise<RideService['activities']> {
  const zone = rules.calendar.zone;
  const { rows } = await db.query<ServedOccurrence>(
    `select ${SERVED_COLUMNS} from ${SERVED_FROM}
      where a.village_bus and ao.status <> 'cancelled' and ao.starts_at > $2::timestamptz and ao.local_day <= $3::date
      order by ao.starts_at, ao.activity_id limit 500`,
    [zone, now.toISOString(), until],
  );
  return rows
    .filter((o) => !rules.calendar.blocked.has(o.local_day) && blockAt(rules.calendar, o.local_day, o.local_time))
    .map((o) => ({
      occurrenceId: `${o.activity_id}-${o.occurrence_key}`,
      title: o.title,
      start: formatIsoInZone(new Date(o.starts_at).getTime(), zone),
      end: formatIsoInZone(new Date(o.ends_at).getTime(), zone),
      place: { name: o.place_name, address: { street: o.street, postalCode: o.postal_code, locality: o.locality }, village: o.village_id },
    }));
}

/** The longest window one availability answer covers (the contract: at most 62 days after `from`). */
export const AVAILABILITY_MAX_DAYS = 62;
const AVAILABILITY_DEFAULT_DAYS = 27;

/** The free places of each block; `held` from heldInWindow. */
export function freeIn(capacity: Capacity, held: Map<number, Capacity>, startsAt: number): { seatsLeft: number; wheelchairPlacesLeft: number } {
  const h = held.get(startsAt);
  return {
    seatsLeft: Math.max(0, capacity.seats - (h?.seats ?? 0)),
    wheelchairPlacesLeft: Math.max(0, capacity.wheelchairPlaces - (h?.wheelchairPlaces ?? 0)),
  };
}

export function toRideBlock(zone: string, b: { startsAt: number; endsAt: number }, free: { seatsLeft: number; wheelchairPlacesLeft: number }): RideBlock {
  return { start: formatIsoInZone(b.startsAt, zone), end: formatIsoInZone(b.endsAt, zone), ...free };
}

/**
 * GET /v1/rides/availability: every day from `from` to `to` with service hours, from today
 * to the end of the booking window (days outside it cannot be asked for, so they are not listed).
 */
export async function availability(db: Queryable, query: { from?: string; to?: string }, now: Date): Promise<RideAvailability> {
  const rules = await loadRules(db, now);
  const { calendar, capacity } = rules;
  const today = todayIn(calendar.zone, now);
  const from = query.from ?? today;
  const to = query.to ?? addDays(from, AVAILABILITY_DEFAULT_DAYS);
  if (daysBetween(from, to) < 0) throw invalidParameter('to', `De laatste dag (${to}) ligt vóór de eerste (${from}).`);
  if (daysBetween(from, to) > AVAILABILITY_MAX_DAYS) throw invalidParameter('to', `Vraag hoogstens ${AVAILABILITY_MAX_DAYS} dagen na de eerste dag (${from}) op.`);
  const earliest = earliestDate(calendar, today);
  const last = [to, bookingUntil(calendar, today)].sort()[0]!;
  const days: RideDay[] = [];
  const dates: string[] = [];
  for (let d = from < today ? today : from; d <= last; d = addDays(d, 1)) dates.push(d);
  const all = dates.flatMap((d) => blocksOf(calendar, d));
  const held = all.length ? await heldInWindow(db, new Date(all[0]!.startsAt), new Date(all[all.length - 1]!.endsAt)) : new Map<number, Capacity>();
  for (const date of dates) {
    const blocks = blocksOf(calendar, date);
    if (!blocks.length) continue;
    const reason = calendar.blocked.get(date);
    if (reason) {
      days.push({ date, status: 'blocked', reason, blocks: [] });
      continue;
    }
    days.push({
      date,
      status: date < earliest ? 'too-soon' : 'open',
      blocks: blocks.map((b) => toRideBlock(calendar.zone, b, freeIn(capacity, held, b.startsAt))),
    });
  }
  return { from, to, days };
}
