// The village bus behind the coordinator's door, as the dispatch tests use it: the demo
// network with Anna (coordinator), Piet (an organisation contact) and Jan (a driver with an
// account), all logged in; one bus of 7 seats and 1 wheelchair place, running weekdays
// 9.00-17.00; five drivers of whom only two may drive; and ride requests stored straight
// into the database the way POST /v1/ride-requests stores them (places held with
// holdPlaces in the same transaction), so these tests need none of the public routes.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { localToInstant } from '../../common/zoned-time.ts';
import { addAccount } from '../../server/accounts/manage.ts';
import { findAccountByEmail } from '../../server/accounts/repository.ts';
import type { Queryable } from '../../server/db/database.ts';
import { blockCapacity, holdPlaces, type Hold } from '../../server/rides/holds.ts';
import { beheerFixture, sessionOf, type BeheerFixture, type Session } from './beheer-signups-fixture.ts';

export const RIDE_PRIVACY_VERSION = 'vervoer-test-2026-12';
export const DRIVER_PASSWORD = 'de bus rijdt elke donderdag naar het eetcafe';
export const ZONE = 'Europe/Amsterdam';
/** The fixture's clock is Tuesday 1 December 2026, 10.00 in Linde; the rides are the week after. */
export const RIDE_DAY = '2026-12-10'; // a Thursday

export const DRIVERS = {
  jan: '0b6f6c3e-1111-4a1e-9f57-2b7f4c8d1a01', // may drive, has an account
  truus: '0b6f6c3e-2222-4a1e-9f57-2b7f4c8d1a02', // may drive, no account (notices by phone)
  kees: '0b6f6c3e-3333-4a1e-9f57-2b7f4c8d1a03', // licence ran out
  mies: '0b6f6c3e-4444-4a1e-9f57-2b7f4c8d1a04', // no VOG
  els: '0b6f6c3e-5555-4a1e-9f57-2b7f4c8d1a05', // VOG older than three years
  gerrit: '0b6f6c3e-6666-4a1e-9f57-2b7f4c8d1a06', // stopped (inactive)
} as const;

export interface RidesFixture extends BeheerFixture {
  /** Jan, a driver with an account, logged in. */
  jan: Session;
  /** Stores a ride request as the public route would; answers its reference. */
  ride(fields?: Partial<RideFields>): Promise<string>;
  /** Seats and wheelchair places held, per block start (ISO), as ride_blocks has them. */
  held(): Promise<Record<string, { seats: number; wheelchair: number }>>;
  /** What the open (requested or confirmed) requests together should hold, per block. */
  heldByOpenRequests(): Promise<Record<string, { seats: number; wheelchair: number }>>;
}

export interface RideFields {
  passengerName: string;
  passengerPhone: string;
  passengerEmail: string | null;
  street: string;
  houseNumber: string;
  postalCode: string;
  locality: string;
  rollator: boolean;
  wheelchair: 'none' | 'transfers' | 'seated';
  helpAtDoor: boolean;
  mobilityNote: string | null;
  companions: number;
  requester: { name: string; phone: string; email: string | null; relation: 'family' | 'volunteer' | 'other' } | null;
  date: string;
  timeKind: 'arrive-by' | 'pick-up-at';
  time: string;
  returnTime: string | null;
  distanceKm: number | null;
  createdAt: Date;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const part = () => Array.from(randomBytes(4), (b) => ALPHABET[b % 32]).join('');
const reference = () => `RT-${part()}-${part()}`;

/** The bus, its hours, a common place and the drivers (idempotent: one database per test file). */
export async function setUpRideService(db: Queryable): Promise<void> {
  await db.query(
    `insert into privacy_notices (version, why, who, how_long, published_at)
     values ($1, 'Om uw rit te plannen.', 'De coördinator en uw chauffeur.', 'Tot 30 dagen na de rit.', '2026-11-01T00:00:00Z')
     on conflict (version) do nothing`,
    [RIDE_PRIVACY_VERSION],
  );
  await db.query(
    `insert into ride_service (id, name, description, phone, lead_working_days, booking_days, block_minutes, cost_kind, cost_cents,
                               service_postcodes, service_area_text, privacy_version)
     values (1, 'Linde op stap-bus', 'De dorpsbus van Linde.', '0345 123456', 2, 56, 60, 'fixed', 250, '{4153,4154}', 'Linde en omgeving', $1)
     on conflict (id) do update set name = excluded.name, phone = excluded.phone, block_minutes = excluded.block_minutes,
            cost_kind = excluded.cost_kind, cost_cents = excluded.cost_cents, privacy_version = excluded.privacy_version`,
    [RIDE_PRIVACY_VERSION],
  );
  // Only this bus runs in these tests (a seed's own buses are set aside).
  await db.query(`update ride_vehicles set active = false where id <> 'test-bus'`);
  await db.query(
    `insert into ride_vehicles (id, name, seats, wheelchair_places, wheelchair_seated, active, sort)
     values ('test-bus', 'Linde op stap-bus', 7, 1, true, true, 0) on conflict (id) do update set active = true, seats = 7, wheelchair_places = 1`,
  );
  await db.query('delete from ride_service_hours');
  for (let weekday = 1; weekday <= 5; weekday++) {
    await db.query(`insert into ride_service_hours (weekday, opens, closes) values ($1, '09:00', '17:00')`, [weekday]);
  }
  await db.query('delete from ride_blocked_days');
  await db.query(
    `insert into ride_places (id, name, kind, street, postal_code, locality, distance_km)
     values ('test-huisarts', 'Huisartsenpraktijk Linde', 'huisarts', 'Dorpsstraat 1', '4153 AB', 'Linde', 4.5) on conflict (id) do nothing`,
  );
  const driver = async (id: string, first: string, name: string, phone: string, licence: string, vog: string | null, active = true) =>
    db.query(
      `insert into ride_drivers (id, first_name, name, phone, licence_valid_until, vog_received_on, active)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing`,
      [id, first, name, phone, licence, vog, active],
    );
  await driver(DRIVERS.jan, 'Jan', 'Jan de Rijder', '06 11112222', '2030-01-01', '2025-06-01');
  await driver(DRIVERS.truus, 'Truus', 'Truus Stuur', '06 33334444', '2031-05-01', '2024-01-15');
  await driver(DRIVERS.kees, 'Kees', 'Kees Verlopen', '06 55556666', '2026-12-05', '2025-06-01');
  await driver(DRIVERS.mies, 'Mies', 'Mies Zonder', '06 77778888', '2030-01-01', null);
  await driver(DRIVERS.els, 'Els', 'Els Oudvog', '06 99990000', '2030-01-01', '2023-12-09');
  await driver(DRIVERS.gerrit, 'Gerrit', 'Gerrit Gestopt', '06 12121212', '2030-01-01', '2025-06-01', false);
  if (!(await findAccountByEmail(db, 'jan.rijder@samenlinde.example'))) {
    const account = await addAccount(db, { email: 'jan.rijder@samenlinde.example', name: 'Jan de Rijder', role: 'driver', password: DRIVER_PASSWORD });
    await db.query('update ride_drivers set account_id = $2 where id = $1', [DRIVERS.jan, account.id]);
  }
}

/** The block (60 minutes from 09:00) a time falls in, on a day in the zone. */
const blockOf = (date: string, time: string) => {
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const start = 9 * 60 + Math.floor((minutes - 9 * 60) / 60) * 60;
  return new Date(localToInstant(`${date}T${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`, ZONE));
};

export const DEFAULT_RIDE: RideFields = {
  passengerName: 'Willemijn Rolstoel',
  passengerPhone: '0345 654321',
  passengerEmail: 'willemijn@voorbeeld.example',
  street: 'Kerkstraat',
  houseNumber: '12a',
  postalCode: '4153 AB',
  locality: 'Linde',
  rollator: true,
  wheelchair: 'none',
  helpAtDoor: true,
  mobilityNote: 'Slechthorend: bel aan en wacht even.',
  companions: 0,
  requester: null,
  date: RIDE_DAY,
  timeKind: 'arrive-by',
  time: '10:00',
  returnTime: '12:00',
  distanceKm: 4.5,
  createdAt: new Date('2026-11-30T12:00:00Z'),
};

/** Stores a request and holds its places in one transaction, as POST /v1/ride-requests does. */
export async function insertRideRequest(db: BeheerFixture['db'], fields: Partial<RideFields> = {}): Promise<string> {
  const r = { ...DEFAULT_RIDE, ...fields };
  const ref = reference();
  const seats = (r.wheelchair === 'seated' ? 0 : 1) + r.companions;
  const wheelchairPlaces = r.wheelchair === 'seated' ? 1 : 0;
  const outward = blockOf(r.date, r.time);
  const back = r.returnTime ? blockOf(r.date, r.returnTime) : null;
  await db.transaction(async (tx) => {
    const holds: Hold[] = [{ block: outward, seats, wheelchairPlaces }, ...(back ? [{ block: back, seats, wheelchairPlaces }] : [])];
    const full = await holdPlaces(tx, holds, await blockCapacity(tx));
    if (full) throw new Error(`no room in the block of ${full.toISOString()}`);
    await tx.query(
      `insert into ride_requests (reference, token_hash, status, passenger_name, passenger_phone, passenger_email,
         pickup_postal_code, pickup_house_number, pickup_street, pickup_locality, rollator, wheelchair, help_at_door, mobility_note, companions,
         requester_name, requester_phone, requester_email, requester_relation,
         destination_kind, place_id, destination_name, destination_address, distance_km,
         ride_date, time_kind, requested_time, return_time, seats, wheelchair_places, outward_block, return_block, cost_cents,
         privacy_version, created_at)
       values ($1, $2, 'requested', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
         'place', 'test-huisarts', 'Huisartsenpraktijk Linde', 'Dorpsstraat 1, 4153 AB Linde', $19,
         $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30)`,
      [
        ref, createHash('sha256').update(randomBytes(16)).digest('hex'), r.passengerName, r.passengerPhone, r.passengerEmail,
        r.postalCode, r.houseNumber, r.street, r.locality, r.rollator, r.wheelchair, r.helpAtDoor, r.mobilityNote, r.companions,
        r.requester?.name ?? null, r.requester?.phone ?? null, r.requester?.email ?? null, r.requester?.relation ?? null,
        r.distanceKm, r.date, r.timeKind, r.time, r.returnTime, seats, wheelchairPlaces, outward.toISOString(), back?.toISOString() ?? null,
        250 * (r.returnTime ? 2 : 1), RIDE_PRIVACY_VERSION, r.createdAt.toISOString(),
      ],
    );
  });
  return ref;
}

type Held = Record<string, { seats: number; wheelchair: number }>;

export async function ridesFixture(): Promise<RidesFixture> {
  const f = await beheerFixture();
  await setUpRideService(f.db);
  const jan = await sessionOf(f, 'jan.rijder@samenlinde.example', DRIVER_PASSWORD);
  return {
    ...f,
    jan,
    ride: (fields) => insertRideRequest(f.db, fields),
    held: async () => {
      const rows = await f.rows<{ at: string; seats: number; wheelchair: number }>(
        `select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as at, seats_held as seats, wheelchair_held as wheelchair
           from ride_blocks where seats_held > 0 or wheelchair_held > 0 order by 1`,
      );
      return Object.fromEntries(rows.map((r) => [r.at, { seats: r.seats, wheelchair: r.wheelchair }])) as Held;
    },
    heldByOpenRequests: async () => {
      const rows = await f.rows<{ at: string; seats: number; wheelchair: number }>(
        `select to_char(b at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as at, sum(seats)::int as seats, sum(wheelchair_places)::int as wheelchair
           from (select outward_block as b, seats, wheelchair_places from ride_requests where status in ('requested', 'confirmed')
                 union all
                 select return_block, seats, wheelchair_places from ride_requests where status in ('requested', 'confirmed') and return_block is not null) x
          group by b having sum(seats) > 0 or sum(wheelchair_places) > 0 order by 1`,
      );
      return Object.fromEntries(rows.map((r) => [r.at, { seats: r.seats, wheelchair: r.wheelchair }])) as Held;
    },
  };
}

/** The path of one request behind the door, or of one of its actions. */
export const ridePath = (reference: string, action?: string) => `/v1/beheer/ride-requests/${reference}${action ? `/${action}` : ''}`;

/** The outbox rows about one request, oldest first. */
export async function rideMessages(f: BeheerFixture, reference: string, kind?: string) {
  return f.rows<{ id: string; kind: string; channel: string; recipient: string; subject: string; body: string; sent_at: string | null }>(
    `select o.id::text as id, o.kind, o.channel, o.recipient, o.subject, o.body, o.sent_at from outbox o join ride_requests r on r.id = o.ride_request_id
      where r.reference = $1 and ($2::text is null or o.kind = $2) order by o.id`,
    [reference, kind ?? null],
  );
}

/** The audit rows about one request. */
export async function rideAudit(f: BeheerFixture, reference: string) {
  return f.rows<{ action: string; email: string }>(
    `select l.action, lower(a.email) as email from audit_log l join accounts a on a.id = l.account_id
      where l.record_type = 'ride-request' and l.record_id = $1 order by l.id`,
    [reference],
  );
}

export const confirmBody = (extra: Record<string, unknown> = {}) => ({ driverId: DRIVERS.jan, pickUpTime: '09:35', returnPickUpTime: '12:00', ...extra });

export { assert };
