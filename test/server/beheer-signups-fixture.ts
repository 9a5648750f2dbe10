// The coordinator's side of volunteering, as tests use it: the demo network with a
// coordinator (Anna, the whole network) and the contact of Dorpshuis De Linde (Piet),
// both logged in, and volunteers who sign up through the public API.
import assert from 'node:assert/strict';
import { CONTACT_PASSWORD, cookieOf, doorFixture, login, PASSWORD, type DoorFixture } from './accounts-fixture.ts';

export const PRIVACY_VERSION = 'vrijwilligers-2026-11';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface BeheerFixture extends DoorFixture {
  anna: Session;
  piet: Session;
  /** GET with this session. */
  get<T = any>(who: Session, path: string): Promise<Answer<T>>;
  /** A change with this session and its CSRF token (`csrf: false` leaves the token out). */
  change<T = any>(who: Session, method: string, path: string, body?: unknown, options?: { csrf?: boolean }): Promise<Answer<T>>;
  /** A volunteer signs up through the public API; each from an address of their own. */
  signUp(fields: Record<string, unknown>): Promise<Answer>;
  /** The coming shifts of an opportunity, as the public API lists them. */
  shifts(opportunityId: string): Promise<{ occurrenceId: string; capacity: number }[]>;
  rows<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
}

export async function sessionOf(f: DoorFixture, email: string, password: string): Promise<Session> {
  const res = await login(f, email, password);
  assert.equal(res.status, 200);
  return { cookie: cookieOf(res), csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function answer<T>(res: Response): Promise<Answer<T>> {
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

let addresses = 0;

export async function beheerFixture(): Promise<BeheerFixture> {
  const f = await doorFixture();
  const anna = await sessionOf(f, 'anna@samenlinde.example', PASSWORD);
  const piet = await sessionOf(f, 'piet@dorpshuis.example', CONTACT_PASSWORD);
  return {
    ...f,
    anna,
    piet,
    get: async (who, path) => answer(await f.request(path, { headers: { cookie: who.cookie } })),
    change: async (who, method, path, body, { csrf = true } = {}) =>
      answer(
        await f.request(path, {
          method,
          headers: { cookie: who.cookie, ...(csrf ? { 'x-csrf-token': who.csrfToken } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      ),
    signUp: async (fields) => {
      const n = ++addresses;
      const res = await f.request('/v1/volunteer-signups', {
        method: 'POST',
        address: `198.51.${Math.floor(n / 250)}.${(n % 250) + 1}`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Gerrit Jansen', phone: '06 12345678', consent: { privacyVersion: PRIVACY_VERSION }, ...fields }),
      });
      return answer(res);
    },
    shifts: async (opportunityId) => {
      const res = await f.request(`/v1/volunteer-opportunities/${opportunityId}`);
      assert.equal(res.status, 200);
      return ((await res.json()) as { shifts: { occurrenceId: string; capacity: number }[] }).shifts;
    },
    rows: async (sql, params = []) => (await f.db.query<any>(sql, params)).rows,
  };
}

/** The path of one sign-up behind the door, or of one of its actions. */
export const signupPath = (reference: string, action?: string) => `/v1/beheer/volunteer-signups/${reference}${action ? `/${action}` : ''}`;
