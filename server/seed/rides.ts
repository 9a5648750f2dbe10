// The demo's village bus, the "Linde op stap-bus" (issue 8, docs/decisions/0012-village-bus.md):
// its rules, the places it drives to, its privacy text and its volunteer drivers. The cost
// matches what the sociale kaart says of the buurtbus (€ 2,50 per rit).
import type { Queryable } from '../db/database.ts';

export const RIDE_PRIVACY_VERSION = 'vervoer-2026-12';

export const ridePrivacyNotice = {
  version: RIDE_PRIVACY_VERSION,
  why:
    'We vragen de naam, het telefoonnummer en het ophaaladres van wie meerijdt, zodat de chauffeur weet waar en bij wie hij moet zijn. ' +
    'We vragen naar een rollator, rolstoel of hulp bij de deur, zodat er plaats en tijd is om goed in te stappen. ' +
    'Uw e-mailadres gebruiken we alleen voor de bevestiging en een herinnering.',
  who:
    'Alleen de coördinator van de bus en de chauffeur die de rit rijdt zien namen, adressen en wat iemand nodig heeft. ' +
    'We geven deze gegevens aan niemand anders.',
  how_long:
    'We verwijderen de gegevens 30 dagen na de rit. Daarna bewaren we alleen tellingen zonder namen (hoeveel ritten, passagiers en kilometers), ' +
    'voor de fondsen die de bus betalen. U kunt de aanvraag tot de rit zelf annuleren met uw persoonlijke link.',
  // After the volunteers' notice: the sign-up reads its own current notice apart from this one.
  published_at: '2026-12-01T00:00:00Z',
};

export const rideService = {
  name: 'Linde op stap-bus',
  description:
    'Vrijwilligers rijden u met de dorpsbus naar activiteiten in het dorp, de huisarts, het ziekenhuis, de supermarkt of het station. ' +
    'De bus haalt u thuis op. Een rollator kan mee, en er is een plaats voor iemand die in de rolstoel blijft zitten.',
  phone: '0345-000020',
  lead_working_days: 2,
  booking_days: 56,
  block_minutes: 60,
  cost_kind: 'fixed',
  cost_cents: 250,
  // The demo villages (Linde and its buurtschappen) all have postcode 4199.
  service_postcodes: ['4199'],
  service_area_text: 'Linde, Hoogwaard, Rietakker en Kersenhoek',
  privacy_version: RIDE_PRIVACY_VERSION,
};

export const rideVehicles = [
  { id: 'linde-op-stap-bus', name: 'Linde op stap-bus', seats: 7, wheelchair_places: 1, wheelchair_seated: true, active: true, sort: 1 },
];

/** ISO weekday (1 = Monday), opens, closes. */
export const rideServiceHours: [number, string, string][] = [
  [1, '09:00', '17:00'],
  [2, '09:00', '17:00'],
  [3, '09:00', '17:00'],
  [4, '09:00', '17:00'],
  [5, '09:00', '17:00'],
  [6, '09:00', '12:00'],
];

export const rideBlockedDays = [
  { day: '2026-12-25', reason: 'Eerste Kerstdag' },
  { day: '2026-12-26', reason: 'Tweede Kerstdag' },
  { day: '2027-01-01', reason: 'Nieuwjaarsdag' },
];

export const ridePlaces = [
  { id: 'huisartsen-linde', name: 'Huisartsenpraktijk Linde', kind: 'huisarts', street: 'Gezondheidsplein 2', postal_code: '4199 XG', locality: 'Linde', distance_km: 1.5, sort: 1 },
  { id: 'ziekenhuis-rivierenland', name: 'Ziekenhuis Rivierenland', kind: 'ziekenhuis', street: 'President Kennedylaan 1', postal_code: '4002 WP', locality: 'Tiel', distance_km: 18.5, sort: 2 },
  { id: 'supermarkt-linde', name: 'Supermarkt Linde', kind: 'supermarkt', street: 'Marktstraat 8', postal_code: '4199 XJ', locality: 'Linde', distance_km: 2, sort: 3 },
  { id: 'station-geldermalsen', name: 'Station Geldermalsen', kind: 'station', street: 'Stationsplein 1', postal_code: '4191 GM', locality: 'Geldermalsen', distance_km: 9, sort: 4 },
  { id: 'apotheek-linde', name: 'Apotheek Linde', kind: 'anders', street: 'Gezondheidsplein 4', postal_code: '4199 XG', locality: 'Linde', distance_km: 1.5, sort: 5 },
];

/** The driver with the demo account chauffeur@demo.buurtkit.nl (server/seed/demo-accounts.ts). */
export const DEMO_DRIVER_ID = '6b1f3c2e-8d4a-4f7b-9c1e-2a5d7e9f0b11';

export const rideDrivers = [
  // Eligible: licence valid, VOG recent.
  { id: DEMO_DRIVER_ID, first_name: 'Henk', name: 'Henk Bosman', phone: '06 11223344', licence_valid_until: '2031-05-01', vog_received_on: '2025-03-10', active: true },
  { id: '0c7a9e54-3b2d-4e6f-8a1b-5c4d3e2f1a22', first_name: 'Marijke', name: 'Marijke van Leeuwen', phone: '06 55667788', licence_valid_until: '2029-09-15', vog_received_on: '2024-06-01', active: true },
  // Not eligible: the VOG is older than three years.
  { id: 'f2e4d6c8-1a3b-4c5d-9e7f-8a6b4c2d0e33', first_name: 'Gerard', name: 'Gerard Kok', phone: '06 99887766', licence_valid_until: '2030-01-31', vog_received_on: '2022-05-01', active: true },
];

/** Stores the bus in the seed's transaction; the privacy notice must be there first (the service refers to it). */
export async function insertRides(tx: Queryable): Promise<void> {
  const n = ridePrivacyNotice;
  await tx.query('insert into privacy_notices (version, why, who, how_long, published_at) values ($1, $2, $3, $4, $5)', [n.version, n.why, n.who, n.how_long, n.published_at]);
  const s = rideService;
  await tx.query(
    `insert into ride_service (name, description, phone, lead_working_days, booking_days, block_minutes, cost_kind, cost_cents,
       service_postcodes, service_area_text, privacy_version) values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10, $11)`,
    [s.name, s.description, s.phone, s.lead_working_days, s.booking_days, s.block_minutes, s.cost_kind, s.cost_cents, s.service_postcodes, s.service_area_text, s.privacy_version],
  );
  for (const v of rideVehicles) {
    await tx.query('insert into ride_vehicles (id, name, seats, wheelchair_places, wheelchair_seated, active, sort) values ($1, $2, $3, $4, $5, $6, $7)', [
      v.id, v.name, v.seats, v.wheelchair_places, v.wheelchair_seated, v.active, v.sort,
    ]);
  }
  for (const [weekday, opens, closes] of rideServiceHours) {
    await tx.query('insert into ride_service_hours (weekday, opens, closes) values ($1, $2::time, $3::time)', [weekday, opens, closes]);
  }
  for (const b of rideBlockedDays) await tx.query('insert into ride_blocked_days (day, reason) values ($1::date, $2)', [b.day, b.reason]);
  for (const p of ridePlaces) {
    await tx.query('insert into ride_places (id, name, kind, street, postal_code, locality, distance_km, sort) values ($1, $2, $3, $4, $5, $6, $7, $8)', [
      p.id, p.name, p.kind, p.street, p.postal_code, p.locality, p.distance_km, p.sort,
    ]);
  }
  for (const d of rideDrivers) {
    await tx.query(
      'insert into ride_drivers (id, first_name, name, phone, licence_valid_until, vog_received_on, active) values ($1, $2, $3, $4, $5::date, $6::date, $7)',
      [d.id, d.first_name, d.name, d.phone, d.licence_valid_until, d.vog_received_on, d.active],
    );
  }
}
