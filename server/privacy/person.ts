// One person, as an AVG request names them: by e-mail address or by phone number. Sign-ups
// need no account, so these two are all that ties a person's sign-ups together.
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';

export type PersonQuery = components['schemas']['BeheerPersonQuery'];

/**
 * The phone number as it is compared: without spaces, dashes and brackets, and with +31 or
 * 0031 (and the "(0)" often written after it) as 0. "+31 (0)6-1234 5678" and "0612345678" match.
 */
export function phoneKey(phone: string): string {
  return phone.replace(/[ ()-]/g, '').replace(/^(\+31|0031)0?/, '0');
}

/** The same in SQL, exactly as the index of migration 012 has it (or the index is not used). */
const PHONE_KEY_SQL = `regexp_replace(regexp_replace(s.phone, '[ ()-]', '', 'g'), '^(\\+31|0031)0?', '0')`;

/** At most this many sign-ups per person are handled in one request: bounded work (a person has a few). */
export const MAX_SIGNUPS = 1000;

export interface PersonSignupRow {
  id: number;
  reference: string;
  opportunity_id: string;
  occurrence_key: string | null;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
}

/**
 * The person's sign-ups, oldest first. E-mail addresses are compared without regard to
 * case; phone numbers by phoneKey.
 */
export async function findPersonSignups(db: Queryable, query: PersonQuery): Promise<PersonSignupRow[]> {
  const [where, value] =
    query.email !== undefined
      ? ['s.email is not null and lower(s.email) = lower($1)', query.email.trim()]
      : [`s.phone is not null and ${PHONE_KEY_SQL} = $1`, phoneKey(query.phone!)];
  return (
    await db.query<PersonSignupRow>(
      `select s.id::int as id, s.reference, s.opportunity_id, s.occurrence_key, s.status
         from volunteer_signups s where ${where} order by s.id limit $2`,
      [value, MAX_SIGNUPS],
    )
  ).rows;
}

/** The e-mail address the query names, for messages to it that belong to no sign-up. */
export const queriedEmail = (query: PersonQuery) => query.email?.trim();

/** At most this many ride requests per person are handled in one request (a person has a few). */
export const MAX_RIDES = 1000;

// As the indexes of migration 013 have them (no table alias, or the index is not used).
const ridePhoneKey = (column: string) => `regexp_replace(regexp_replace(${column}, '[ ()-]', '', 'g'), '^(\\+31|0031)0?', '0')`;

export interface PersonRideRow {
  id: string;
  reference: string;
  status: 'requested' | 'confirmed' | 'declined' | 'cancelled';
}

/** The ride requests in which the person is the passenger or the requester, oldest first; `forUpdate` locks them. */
export async function findPersonRides(db: Queryable, query: PersonQuery, forUpdate = false): Promise<PersonRideRow[]> {
  const [where, value] =
    query.email !== undefined
      ? ['(lower(passenger_email) = lower($1) or lower(requester_email) = lower($1))', query.email.trim()]
      : [`(${ridePhoneKey('passenger_phone')} = $1 or (requester_phone is not null and ${ridePhoneKey('requester_phone')} = $1))`, phoneKey(query.phone!)];
  return (
    await db.query<PersonRideRow>(
      `select id::text as id, reference, status from ride_requests where ${where} order by id limit $2${forUpdate ? ' for update' : ''}`,
      [value, MAX_RIDES],
    )
  ).rows;
}
