// Ride requests and the service's rules in the contract's shapes (what the requester sees,
// and what the coordinator sees on top of that).
import type { components } from '../../contract/types.ts';
import { rideCostCents } from '../../common/ride-cost.ts';
import { formatIsoInZone, localToInstant } from '../../common/zoned-time.ts';
import type { RideRequestRow, RideServiceRow } from './rows.ts';

type Schemas = components['schemas'];
export type RideCostRule = Schemas['RideCostRule'];
export type RideRequest = Schemas['RideRequest'];
export type BeheerRideRequest = Schemas['BeheerRideRequest'];
type RideRequestFields = Schemas['RideRequestFields'];

export const isoIn = (value: Date | string, zone: string) => formatIsoInZone(new Date(value).getTime(), zone);

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
/** '€ 2,50' (with an ordinary space: a mail client or a phone reading it aloud meets no NBSP). */
export const formatEuro = (cents: number) => euro.format(cents / 100).replace(/\s/g, ' ');

export function costRule(service: Pick<RideServiceRow, 'cost_kind' | 'cost_cents'>): RideCostRule {
  switch (service.cost_kind) {
    case 'free':
      return { kind: 'free', text: 'Gratis' };
    case 'fixed':
      return { kind: 'fixed', amountCents: service.cost_cents ?? 0, text: `${formatEuro(service.cost_cents ?? 0)} per rit` };
    case 'per-km':
      return { kind: 'per-km', amountCents: service.cost_cents ?? 0, text: `${formatEuro(service.cost_cents ?? 0)} per kilometer` };
  }
}

/** What the request costs, both ways together, in words; the amount when it is known beforehand. */
export function requestCost(row: Pick<RideRequestRow, 'cost_cents' | 'return_time' | 'distance_km'>, rule: RideCostRule): RideRequestFields['cost'] {
  const ways = row.return_time ? 'heen en terug' : 'enkele reis';
  if (rule.kind === 'free') return { amountCents: 0, text: 'Gratis' };
  const amount = row.cost_cents ?? rideCostCents(rule, { trips: row.return_time ? 2 : 1, ...(row.distance_km !== null ? { distanceKm: row.distance_km } : {}) });
  if (amount === undefined) return { text: `${rule.text}; de chauffeur zegt u het bedrag (${ways})` };
  return { amountCents: amount, text: `${formatEuro(amount)} (${ways})` };
}

/** When the outward trip begins: the confirmed pick-up, or else the asked time on the day. */
export function tripStart(row: Pick<RideRequestRow, 'pickup_at' | 'ride_date' | 'requested_time'>, zone: string): number {
  return row.pickup_at ? new Date(row.pickup_at).getTime() : localToInstant(`${row.ride_date}T${row.requested_time}`, zone);
}

export interface ShapeContext {
  zone: string;
  now: Date;
  rule: RideCostRule;
}

/** The request as its requester sees it (the status page): no address, phone or mobility. */
export function rideRequestFields(row: RideRequestRow, { zone, now, rule }: ShapeContext): RideRequestFields {
  const open = row.status === 'requested' || row.status === 'confirmed';
  return {
    reference: row.reference,
    status: row.status,
    passengerName: row.passenger_name,
    destination: {
      name: row.destination_name,
      address: row.destination_address,
      ...(row.activity_id && row.occurrence_key ? { occurrenceId: `${row.activity_id}-${row.occurrence_key}` } : {}),
    },
    trip: {
      date: row.ride_date,
      timeKind: row.time_kind,
      time: row.requested_time,
      ...(row.return_time ? { returnTime: row.return_time } : {}),
    },
    cost: requestCost(row, rule),
    ...(row.status === 'confirmed' && row.pickup_at ? { pickUpTime: isoIn(row.pickup_at, zone) } : {}),
    ...(row.status === 'confirmed' && row.return_pickup_at ? { returnPickUpTime: isoIn(row.return_pickup_at, zone) } : {}),
    ...(row.status === 'confirmed' && row.driver_first_name ? { driverFirstName: row.driver_first_name } : {}),
    ...(row.status === 'declined' && row.decline_reason ? { declineReason: row.decline_reason } : {}),
    ...(row.status === 'declined' && row.alternatives ? { alternatives: row.alternatives } : {}),
    canCancel: open && now.getTime() < tripStart(row, zone),
    createdAt: isoIn(row.created_at, zone),
    ...(row.cancelled_at ? { cancelledAt: isoIn(row.cancelled_at, zone) } : {}),
  };
}

export const toRideRequest = (row: RideRequestRow, ctx: ShapeContext): RideRequest => rideRequestFields(row, ctx);

/** The request with everything the coordinator needs for dispatch. */
export function toBeheerRideRequest(row: RideRequestRow, ctx: ShapeContext): BeheerRideRequest {
  return {
    ...rideRequestFields(row, ctx),
    passenger: {
      name: row.passenger_name,
      phone: row.passenger_phone,
      ...(row.passenger_email ? { email: row.passenger_email } : {}),
      address: {
        postalCode: row.pickup_postal_code,
        houseNumber: row.pickup_house_number,
        street: row.pickup_street,
        locality: row.pickup_locality,
      },
      mobility: {
        rollator: row.rollator,
        wheelchair: row.wheelchair,
        helpAtDoor: row.help_at_door,
        ...(row.mobility_note ? { note: row.mobility_note } : {}),
      },
      companions: row.companions,
    },
    ...(row.requester_name && row.requester_phone && row.requester_relation
      ? {
          requester: {
            name: row.requester_name,
            phone: row.requester_phone,
            ...(row.requester_email ? { email: row.requester_email } : {}),
            relation: row.requester_relation,
          },
        }
      : {}),
    seats: row.seats,
    wheelchairPlaces: row.wheelchair_places,
    ...(row.distance_km !== null ? { distanceKm: row.distance_km } : {}),
    ...(row.driver_id && row.driver_name ? { driver: { id: row.driver_id, name: row.driver_name } } : {}),
    ...(row.vehicle_id ? { vehicleId: row.vehicle_id } : {}),
    privacyVersion: row.privacy_version,
    ...(row.confirmed_at ? { confirmedAt: isoIn(row.confirmed_at, ctx.zone) } : {}),
    ...(row.declined_at ? { declinedAt: isoIn(row.declined_at, ctx.zone) } : {}),
  };
}
