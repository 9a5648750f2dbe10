// A ride request as stored (migration 013), read the same way by the public routes, the
// coordinator's dispatch, the AVG export and the retention job.
import type { Queryable } from '../db/database.ts';

export type RideStatus = 'requested' | 'confirmed' | 'declined' | 'cancelled';
export type Wheelchair = 'none' | 'transfers' | 'seated';

export interface RideRequestRow {
  id: string;
  reference: string;
  token_hash: string;
  status: RideStatus;
  passenger_name: string;
  passenger_phone: string;
  passenger_email: string | null;
  pickup_postal_code: string;
  pickup_house_number: string;
  pickup_street: string;
  pickup_locality: string;
  rollator: boolean;
  wheelchair: Wheelchair;
  help_at_door: boolean;
  mobility_note: string | null;
  companions: number;
  requester_name: string | null;
  requester_phone: string | null;
  requester_email: string | null;
  requester_relation: 'family' | 'volunteer' | 'other' | null;
  destination_kind: 'activity' | 'place' | 'address';
  activity_id: string | null;
  occurrence_key: string | null;
  place_id: string | null;
  destination_name: string;
  destination_address: string;
  /** numeric, as a number (converted by the query) */
  distance_km: number | null;
  /** 'YYYY-MM-DD' */
  ride_date: string;
  time_kind: 'arrive-by' | 'pick-up-at';
  /** 'HH:MM' */
  requested_time: string;
  return_time: string | null;
  seats: number;
  wheelchair_places: number;
  outward_block: Date | string;
  return_block: Date | string | null;
  cost_cents: number | null;
  privacy_version: string;
  created_at: Date | string;
  confirmed_at: Date | string | null;
  driver_id: string | null;
  vehicle_id: string | null;
  pickup_at: Date | string | null;
  return_pickup_at: Date | string | null;
  declined_at: Date | string | null;
  decline_reason: string | null;
  alternatives: string | null;
  cancelled_at: Date | string | null;
  /** joined from ride_drivers */
  driver_first_name: string | null;
  driver_name: string | null;
}

// Dates and times as text and numerics as numbers, so PGlite and node-postgres give the
// same values (node-postgres would turn a date into a local-midnight Date).
export const RIDE_REQUEST_COLUMNS = `r.id::text as id, r.reference, r.token_hash, r.status,
  r.passenger_name, r.passenger_phone, r.passenger_email,
  r.pickup_postal_code, r.pickup_house_number, r.pickup_street, r.pickup_locality,
  r.rollator, r.wheelchair, r.help_at_door, r.mobility_note, r.companions,
  r.requester_name, r.requester_phone, r.requester_email, r.requester_relation,
  r.destination_kind, r.activity_id, r.occurrence_key, r.place_id, r.destination_name, r.destination_address,
  r.distance_km::float8 as distance_km,
  to_char(r.ride_date, 'YYYY-MM-DD') as ride_date, r.time_kind,
  to_char(r.requested_time, 'HH24:MI') as requested_time, to_char(r.return_time, 'HH24:MI') as return_time,
  r.seats, r.wheelchair_places, r.outward_block, r.return_block, r.cost_cents, r.privacy_version, r.created_at,
  r.confirmed_at, r.driver_id::text as driver_id, r.vehicle_id, r.pickup_at, r.return_pickup_at,
  r.declined_at, r.decline_reason, r.alternatives, r.cancelled_at,
  d.first_name as driver_first_name, d.name as driver_name`;

export const RIDE_REQUEST_FROM = 'ride_requests r left join ride_drivers d on d.id = r.driver_id';

/** One request by its reference; `forUpdate` locks its row for the rest of the transaction. */
export async function rideRequestByReference(db: Queryable, reference: string, forUpdate = false): Promise<RideRequestRow | undefined> {
  const { rows } = await db.query<RideRequestRow>(
    `select ${RIDE_REQUEST_COLUMNS} from ${RIDE_REQUEST_FROM} where r.reference = $1${forUpdate ? ' for update of r' : ''}`,
    [reference],
  );
  return rows[0];
}

/** The service's cost rule and phone, which every shape of a request needs. */
export interface RideServiceRow {
  name: string;
  description: string;
  phone: string;
  lead_working_days: number;
  booking_days: number;
  block_minutes: number;
  cost_kind: 'free' | 'fixed' | 'per-km';
  cost_cents: number | null;
  service_postcodes: string[];
  service_area_text: string;
  privacy_version: string;
}

export async function rideServiceRow(db: Queryable): Promise<RideServiceRow | undefined> {
  const { rows } = await db.query<RideServiceRow>(
    `select name, description, phone, lead_working_days, booking_days, block_minutes, cost_kind, cost_cents,
            service_postcodes, service_area_text, privacy_version from ride_service where id = 1`,
  );
  return rows[0];
}
