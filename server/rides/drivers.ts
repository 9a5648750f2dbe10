// The volunteer drivers of the village bus and whether one may drive on a day
// (docs/decisions/0012-village-bus.md): active, a driving licence valid that day, and a VOG
// not older than three years on that day.
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';

export type BeheerRideDriver = components['schemas']['BeheerRideDriver'];

/** A VOG older than this many years on the day of the ride does not count. */
export const VOG_VALID_YEARS = 3;

export interface DriverRow {
  id: string;
  first_name: string;
  name: string;
  phone: string;
  /** 'YYYY-MM-DD' */
  licence_valid_until: string;
  vog_received_on: string | null;
  active: boolean;
  /** The address of the driver's account, when they have one (for their notices). */
  email: string | null;
}

const DRIVER_COLUMNS = `d.id::text as id, d.first_name, d.name, d.phone,
  to_char(d.licence_valid_until, 'YYYY-MM-DD') as licence_valid_until, to_char(d.vog_received_on, 'YYYY-MM-DD') as vog_received_on,
  d.active, a.email`;
const DRIVER_FROM = 'ride_drivers d left join accounts a on a.id = d.account_id and not a.disabled';

export async function findDriver(db: Queryable, id: string): Promise<DriverRow | undefined> {
  return (await db.query<DriverRow>(`select ${DRIVER_COLUMNS} from ${DRIVER_FROM} where d.id = $1::uuid`, [id])).rows[0];
}

/** Why the driver may not drive on `day` ('YYYY-MM-DD'), in plain Dutch; undefined when they may. */
export function notEligibleBecause(d: Pick<DriverRow, 'active' | 'licence_valid_until' | 'vog_received_on'>, day: string): string | undefined {
  if (!d.active) return 'Rijdt niet meer mee';
  if (d.licence_valid_until < day) return 'Rijbewijs verlopen';
  // Same month and day, three years back; compared as text, so 29 February needs no care.
  const oldest = `${Number(day.slice(0, 4)) - VOG_VALID_YEARS}${day.slice(4)}`;
  if (!d.vog_received_on || d.vog_received_on < oldest) return 'Geen VOG van de laatste drie jaar';
  return undefined;
}

export const toBeheerRideDriver = (d: DriverRow, day: string): BeheerRideDriver => {
  const because = notEligibleBecause(d, day);
  return {
    id: d.id,
    firstName: d.first_name,
    name: d.name,
    phone: d.phone,
    licenceValidUntil: d.licence_valid_until,
    ...(d.vog_received_on ? { vogReceivedOn: d.vog_received_on } : {}),
    eligible: !because,
    ...(because ? { notEligibleBecause: because } : {}),
  };
};

/** At most this many drivers are listed (a village has a handful). */
const MAX_DRIVERS = 500;

/** Every active driver by first name, with whether they may drive on `day`. */
export async function listDrivers(db: Queryable, day: string): Promise<BeheerRideDriver[]> {
  const { rows } = await db.query<DriverRow>(
    `select ${DRIVER_COLUMNS} from ${DRIVER_FROM} where d.active order by lower(d.first_name), lower(d.name), d.id limit $1`,
    [MAX_DRIVERS],
  );
  return rows.map((d) => toBeheerRideDriver(d, day));
}
