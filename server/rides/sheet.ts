// A driver's day sheet (/beheer): every pick-up of their confirmed rides on one day, in
// time order, with the addresses, phone numbers and mobility needs the driver needs at the
// door. A coordinator opens any driver's sheet; a driver only their own. Every request on
// it is written to the audit log.
import type { components } from '../../contract/types.ts';
import { localToInstant, todayIn } from '../../common/zoned-time.ts';
import type { Account } from '../accounts/shapes.ts';
import type { Database } from '../db/database.ts';
import { invalidParameter, ProblemError } from '../http/problem.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { networkRow } from '../volunteering/repository.ts';
import { RECORD_TYPE } from './dispatch.ts';
import { findDriver } from './drivers.ts';
import { RIDE_REQUEST_COLUMNS, RIDE_REQUEST_FROM, type RideRequestRow } from './rows.ts';
import { isoIn } from './shapes.ts';

export type BeheerRideSheet = components['schemas']['BeheerRideSheet'];
type Stop = BeheerRideSheet['stops'][number];

/** A driver drives a few rides a day; a sheet shows at most this many. */
const MAX_RIDES = 200;

const home = (r: RideRequestRow) => `${r.pickup_street} ${r.pickup_house_number}, ${r.pickup_postal_code} ${r.pickup_locality}`;
const destination = (r: RideRequestRow) => (r.destination_address.startsWith(r.destination_name) ? r.destination_address : `${r.destination_name}, ${r.destination_address}`);

export async function rideSheet(db: Database, account: Account, query: { date?: string; driver?: string }, now: Date): Promise<BeheerRideSheet> {
  let driverId = query.driver;
  if (account.role === 'driver') {
    if (!account.driverId) throw new ProblemError('forbidden', 'Uw account hoort nog bij geen chauffeur. Vraag de coördinator om dat te regelen.');
    if (driverId && driverId.toLowerCase() !== account.driverId) throw new ProblemError('forbidden', 'U ziet alleen uw eigen rijlijst.');
    driverId = account.driverId;
  } else if (!driverId) {
    throw invalidParameter('driver', 'Kies de chauffeur van wie u de rijlijst wilt zien.');
  }
  return db.transaction(async (tx) => {
    const zone = (await networkRow(tx)).timezone;
    const day = query.date ?? todayIn(zone, now);
    const driver = await findDriver(tx, driverId!);
    if (!driver) throw new ProblemError('not-found', 'Er is geen chauffeur met dit id.');
    const { rows } = await tx.query<RideRequestRow>(
      `select ${RIDE_REQUEST_COLUMNS} from ${RIDE_REQUEST_FROM}
        where r.driver_id = $1::uuid and r.ride_date = $2::date and r.status = 'confirmed'
        order by r.pickup_at, r.id limit $3`,
      [driver.id, day, MAX_RIDES],
    );
    const stops: Stop[] = [];
    for (const r of rows) {
      const common = {
        reference: r.reference,
        passengerName: r.passenger_name,
        phone: r.passenger_phone,
        mobility: { rollator: r.rollator, wheelchair: r.wheelchair, helpAtDoor: r.help_at_door, ...(r.mobility_note ? { note: r.mobility_note } : {}) },
        companions: r.companions,
      };
      stops.push({
        time: isoIn(r.pickup_at!, zone),
        leg: 'outward',
        ...common,
        from: home(r),
        to: destination(r),
        ...(r.time_kind === 'arrive-by' ? { arriveBy: isoIn(new Date(localToInstant(`${r.ride_date}T${r.requested_time}`, zone)), zone) } : {}),
      });
      if (r.return_pickup_at) stops.push({ time: isoIn(r.return_pickup_at, zone), leg: 'return', ...common, from: destination(r), to: home(r) });
    }
    stops.sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.reference.localeCompare(b.reference));
    await recordAuditRows(tx, { accountId: account.id, action: 'view', recordType: RECORD_TYPE, recordIds: rows.map((r) => r.reference), at: now });
    const vehicleId = rows.find((r) => r.vehicle_id)?.vehicle_id;
    const vehicle = vehicleId
      ? (await tx.query<{ id: string; name: string; seats: number; wheelchair_places: number; wheelchair_seated: boolean }>(
          'select id, name, seats, wheelchair_places, wheelchair_seated from ride_vehicles where id = $1',
          [vehicleId],
        )).rows[0]
      : undefined;
    return {
      date: day,
      driver: { id: driver.id, name: driver.name, phone: driver.phone },
      ...(vehicle ? { vehicle: { id: vehicle.id, name: vehicle.name, seats: vehicle.seats, wheelchairPlaces: vehicle.wheelchair_places, wheelchairSeated: vehicle.wheelchair_seated } } : {}),
      stops,
    };
  });
}
