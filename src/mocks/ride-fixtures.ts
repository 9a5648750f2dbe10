/**
 * Demo and test data for the village bus of the fictional network "Samen Linde", relative
 * to today: one bus (7 seats, 1 wheelchair place), every day 09:00–17:00 in blocks of an
 * hour, two working days' lead time, € 0,30 per kilometre, a day without a driver, and
 * some places already taken. The activities are the agenda fixtures' `villageBus` ones.
 */
import type { components } from '../../contract/types.ts';
import { addDays, todayKey, weekday } from '../core/dates.ts';
import { amsterdam, makeOccurrences } from './fixtures.ts';

type S = components['schemas'];

export const RIDE_PHONE = '0345 123 456';
/** Days ahead (from today) on which the bus does not run. */
export const BLOCKED_OFFSET = 12;
/** The window the mocks answer by default, and the booking window. */
export const WINDOW_DAYS = 27;
export const BOOKING_DAYS = 56;
const OPENS = '09:00';
const CLOSES = '17:00';

export const ridePrivacy: S['PrivacyNotice'] = {
  version: 'vervoer-2026-12',
  why: 'We vragen naam, telefoon, adres en wat de chauffeur moet weten om u veilig op te halen en te brengen. Meer niet.',
  who: 'Alleen de coördinator van de dorpsbus en de chauffeur van uw rit.',
  howLong: 'Tot 30 dagen na de rit. Daarna halen we uw gegevens weg; we tellen alleen hoeveel ritten er waren.',
};

/** `n` working days (Monday to Friday) after `day`. */
export function addWorkingDays(day: string, n: number): string {
  let d = day;
  while (n > 0) {
    d = addDays(d, 1);
    if (weekday(d) < 5) n--;
  }
  return d;
}

/** The service as GET /v1/rides answers it. */
export function makeRideService(today = todayKey()): S['RideService'] {
  const bookingUntil = addDays(today, BOOKING_DAYS);
  const activities = makeOccurrences(today)
    .filter((o) => o.villageBus && o.status !== 'cancelled' && o.start.slice(0, 10) >= today && o.start.slice(0, 10) <= bookingUntil)
    .map((o) => ({ occurrenceId: o.id, title: o.title, start: o.start, end: o.end, place: o.place }));
  return {
    name: 'Linde op stap-bus',
    description: 'Vrijwilligers rijden u met de dorpsbus naar een activiteit, de huisarts, het ziekenhuis of de winkel. Ook met een rolstoel.',
    phone: RIDE_PHONE,
    timezone: 'Europe/Amsterdam',
    leadTime: { workingDays: 2, earliestDate: addWorkingDays(today, 2) },
    bookingUntil,
    blockMinutes: 60,
    vehicles: [{ id: 'linde-op-stap-bus', name: 'Linde op stap-bus', seats: 7, wheelchairPlaces: 1, wheelchairSeated: true }],
    serviceHours: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({ day, opens: OPENS, closes: CLOSES })),
    cost: { kind: 'per-km', amountCents: 30, text: '€ 0,30 per kilometer' },
    serviceArea: { postcodes: ['4151', '4152', '4153'], description: 'Linde, Lindehoek en Oosterwaard' },
    places: [
      { id: 'huisarts-linde', name: 'Huisartsenpraktijk Linde', kind: 'huisarts', address: { street: 'Kerkstraat 8', postalCode: '4151 AC', locality: 'Linde' }, distanceKm: 1.2 },
      { id: 'ziekenhuis-tiel', name: 'Ziekenhuis Rivierenland Tiel', kind: 'ziekenhuis', address: { street: 'President Kennedylaan 1', postalCode: '4002 WP', locality: 'Tiel' }, distanceKm: 14.5 },
      { id: 'supermarkt-oosterwaard', name: 'Supermarkt Oosterwaard', kind: 'supermarkt', address: { street: 'Marktplein 3', postalCode: '4153 BA', locality: 'Oosterwaard' }, distanceKm: 4 },
      { id: 'station-geldermalsen', name: 'Station Geldermalsen', kind: 'station', address: { street: 'Stationsplein 1', postalCode: '4191 HD', locality: 'Geldermalsen' }, distanceKm: 9.8 },
    ],
    activities,
    privacy: ridePrivacy,
  };
}

/** Seats (and the wheelchair place) already held in the fixture, by day offset and block start. */
const HELD: Record<string, { seats: number; wheelchair?: number }> = {
  '7-11:00': { seats: 5, wheelchair: 1 },
  '9-14:00': { seats: 7 },
  '15-12:00': { seats: 4 },
};

/** Every block of every day from `from` to `to`, with `taken` (the mocks' own holds) added. */
export function makeAvailability(
  from: string,
  to: string,
  taken: ReadonlyMap<string, { seats: number; wheelchair: number }> = new Map(),
  today = todayKey(),
): S['RideAvailability'] {
  const service = makeRideService(today);
  const vehicle = service.vehicles[0]!;
  const days: S['RideDay'][] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (day < today) continue;
    const offset = Math.round((Date.parse(day) - Date.parse(today)) / 86400000);
    if (offset === BLOCKED_OFFSET) {
      days.push({ date: day, status: 'blocked', reason: 'geen chauffeur beschikbaar', blocks: [] });
      continue;
    }
    const blocks: S['RideBlock'][] = [];
    for (let h = Number(OPENS.slice(0, 2)); h < Number(CLOSES.slice(0, 2)); h++) {
      const start = `${String(h).padStart(2, '0')}:00`;
      const held = HELD[`${offset}-${start}`] ?? { seats: 0 };
      const mine = taken.get(`${day}T${start}`) ?? { seats: 0, wheelchair: 0 };
      blocks.push({
        start: amsterdam(day, start),
        end: amsterdam(day, `${String(h + 1).padStart(2, '0')}:00`),
        seatsLeft: Math.max(0, vehicle.seats - held.seats - mine.seats),
        wheelchairPlacesLeft: Math.max(0, vehicle.wheelchairPlaces - (held.wheelchair ?? 0) - mine.wheelchair),
      });
    }
    days.push({ date: day, status: day < service.leadTime.earliestDate ? 'too-soon' : 'open', blocks });
  }
  return { from, to, days };
}

export { OPENS as RIDE_OPENS, CLOSES as RIDE_CLOSES };
