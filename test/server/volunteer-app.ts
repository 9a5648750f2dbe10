// The seeded demo network behind the API with the clock fixed on a Tuesday morning,
// 1 December 2026 at 9.00 in Linde, so the shifts a test signs up for are the same every day.
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/log.ts';
import { testApp } from './test-app.ts';

export const NOW = new Date('2026-12-01T09:00:00+01:00');
export const PRIVACY_VERSION = 'vrijwilligers-2026-11';
/** In-process requests have no client address, so they would all share one bucket; the limit itself is tested in rate-limit.test.ts. */
export const NO_WRITE_LIMIT = { limit: 0, windowMs: 1 };

let shared: Promise<{ db: Awaited<ReturnType<typeof testApp>>['db']; app: ReturnType<typeof createApp> }> | undefined;

export function volunteerApp() {
  shared ??= (async () => {
    const { db } = await testApp();
    return { db, app: createApp({ db, config: { corsOrigins: ['https://dorpshuis.example'], writeRateLimit: NO_WRITE_LIMIT }, log: createLogger('silent'), now: () => NOW }) };
  })();
  return shared;
}

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function request<T = any>(path: string, init?: RequestInit): Promise<Answer<T>> {
  const { app } = await volunteerApp();
  const res = await app.request(path, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** A sign-up with sensible defaults; `fields` replace or add to them. */
export function signupBody(fields: Record<string, unknown>) {
  return { name: 'Gerrit Jansen', phone: '06 12345678', consent: { privacyVersion: PRIVACY_VERSION }, ...fields };
}

export const post = <T = any>(body: unknown) =>
  request<T>('/v1/volunteer-signups', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const withToken = (token: string, method = 'GET'): RequestInit => ({ method, headers: { authorization: `Bearer ${token}` } });
