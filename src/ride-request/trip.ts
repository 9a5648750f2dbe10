/**
 * The trip's arithmetic, pure: reading a typed time, the places a passenger needs, the
 * time block a time falls in, the cost (common/ride-cost.ts, as the server computes it)
 * and the request body of the contract.
 */
import { rideCostCents } from '../../common/ride-cost.ts';
import { dayKey, formatTime } from '../core/dates.ts';
import type { Answers, RideActivity, RideBlock, RideDay, RideRequestBody, RideService } from './types.ts';

/** "10.00", "10:00", "1000" and "9.30" as `HH:MM`; undefined when it is no time. */
export function readTime(typed: string): string | undefined {
  const m = /^\s*([01]?[0-9]|2[0-3])[.:]?([0-5][0-9])\s*(uur)?\s*$/.exec(typed);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

/** What a passenger takes: a seat each (with companions), or a wheelchair place when staying seated. */
export function needs(a: Pick<Answers, 'wheelchair' | 'companions'>): { seats: number; wheelchair: number } {
  const seated = a.wheelchair === 'seated';
  return { seats: a.companions + (seated ? 0 : 1), wheelchair: seated ? 1 : 0 };
}

/** `HH:MM` of an instant, in the network's zone. */
export const clockOf = (instant: string) => formatTime(instant, 'en');

/** The block that holds `time` (`HH:MM`) on `day`. */
export function blockAt(day: RideDay | undefined, time: string | undefined): RideBlock | undefined {
  if (!day || !time) return undefined;
  return day.blocks.find((b) => clockOf(b.start) <= time && time < (clockOf(b.end) === '00:00' ? '24:00' : clockOf(b.end)));
}

export const fits = (b: RideBlock, need: { seats: number; wheelchair: number }) =>
  b.seatsLeft >= need.seats && b.wheelchairPlacesLeft >= need.wheelchair;

/** An open day with at least one block that has room for this passenger. */
export const hasRoom = (day: RideDay, need: { seats: number; wheelchair: number }) =>
  day.status === 'open' && day.blocks.some((b) => fits(b, need));

export const activityOf = (s: RideService, a: Pick<Answers, 'destination' | 'activity'>): RideActivity | undefined =>
  a.destination === 'activity' ? s.activities.find((x) => x.occurrenceId === a.activity) : undefined;

/** The day of the trip: an activity's own day, else the one chosen. */
export const tripDate = (s: RideService, a: Answers) => {
  const activity = activityOf(s, a);
  return activity ? dayKey(activity.start) : a.date;
};

/** The cost in cents both ways together, or undefined when it cannot be known beforehand. */
export function costOf(s: RideService, a: Answers): number | undefined {
  const place = a.destination === 'place' ? s.places.find((p) => p.id === a.place) : undefined;
  return rideCostCents(s.cost, { distanceKm: place?.distanceKm, trips: a.returnTrip ? 2 : 1 });
}

/** The answers as the contract's request body: empty optional answers left out. */
export function requestBody(s: RideService, a: Answers): RideRequestBody {
  const opt = (v: string) => v.trim() || undefined;
  const address = (postalCode: string, houseNumber: string, street: string) => ({
    postalCode: postalCode.trim().toUpperCase(),
    houseNumber: houseNumber.trim(),
    street: street.trim(),
  });
  const destination =
    a.destination === 'activity'
      ? { occurrenceId: a.activity }
      : a.destination === 'place'
        ? { placeId: a.place }
        : { address: address(a.destPostalCode, a.destHouseNumber, a.destStreet) };
  return {
    passenger: {
      name: a.name.trim(),
      phone: a.phone.trim(),
      email: opt(a.email),
      address: address(a.postalCode, a.houseNumber, a.street),
      mobility: { rollator: a.rollator, wheelchair: a.wheelchair, helpAtDoor: a.helpAtDoor, note: opt(a.note) },
      companions: a.companions,
    },
    requester:
      a.forWhom === 'other'
        ? { name: a.requesterName.trim(), phone: a.requesterPhone.trim(), email: opt(a.requesterEmail), relation: a.relation }
        : undefined,
    destination: destination as RideRequestBody['destination'],
    trip: {
      date: tripDate(s, a),
      timeKind: a.timeKind,
      time: readTime(a.time)!,
      returnTime: a.returnTrip ? readTime(a.returnTime) : undefined,
    },
    homepage: opt(a.homepage),
    consent: { privacyVersion: s.privacy.version },
  };
}
