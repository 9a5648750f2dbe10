// The seeded demo network with the village bus behind the API, the clock fixed on Tuesday
// 1 December 2026 at 9.00 in Linde: the lead time (2 working days) makes Thursday
// 3 December the first day that can be asked for.
import { createApp } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { createLogger } from '../../server/log.ts';
import { RIDE_PRIVACY_VERSION } from '../../server/seed/rides.ts';
import { testApp } from './test-app.ts';
import { NO_WRITE_LIMIT } from './volunteer-app.ts';

export const NOW = new Date('2026-12-01T09:00:00+01:00');
export { RIDE_PRIVACY_VERSION };

let clock = NOW;
/** Moves the app's clock (a cancel after the pick-up time). */
export const setNow = (at: Date) => (clock = at);

let shared: Promise<{ db: Database; app: ReturnType<typeof createApp> }> | undefined;

export function ridesApp() {
  shared ??= (async () => {
    const { db } = await testApp();
    return { db, app: createApp({ db, config: { corsOrigins: ['https://dorpshuis.example'], writeRateLimit: NO_WRITE_LIMIT }, log: createLogger('silent'), now: () => clock }) };
  })();
  return shared;
}

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function request<T = any>(path: string, init?: RequestInit): Promise<Answer<T>> {
  const { app } = await ridesApp();
  const res = await app.request(path, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** A ride request with sensible defaults (to the huisarts on Thursday 3 December at 10.00); `fields` replace parts. */
export function rideBody(fields: { passenger?: Record<string, unknown>; trip?: Record<string, unknown>; destination?: Record<string, unknown>; [k: string]: unknown } = {}) {
  const { passenger, trip, destination, ...rest } = fields;
  return {
    passenger: {
      name: 'Riet van Dam',
      phone: '0345 654321',
      address: { postalCode: '4199 XA', houseNumber: '12', street: 'Dorpsstraat' },
      mobility: { rollator: true, wheelchair: 'none', helpAtDoor: true },
      companions: 0,
      ...passenger,
    },
    destination: destination ?? { placeId: 'huisartsen-linde' },
    trip: { date: '2026-12-03', timeKind: 'arrive-by', time: '10:00', ...trip },
    consent: { privacyVersion: RIDE_PRIVACY_VERSION },
    ...rest,
  };
}

export const postRide = <T = any>(body: unknown, headers: Record<string, string> = {}) =>
  request<T>('/v1/ride-requests', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

export const withToken = (token: string, method = 'GET'): RequestInit => ({ method, headers: { authorization: `Bearer ${token}` } });

/** The block of a day and time in the availability ('2026-12-03', '10:00'). */
export async function blockOf(date: string, time: string) {
  const { body } = await request(`/v1/rides/availability?from=${date}&to=${date}`);
  return body.days[0]?.blocks.find((b: { start: string }) => b.start.slice(11, 16) === time);
}
