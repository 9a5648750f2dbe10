// For the AVG and "Berichten" tests: the door fixture's database (demo network, the
// coordinator anna@… and piet@…, contact of Dorpshuis De Linde) behind an app with its own
// clock and the server's real logger writing into `logLines`; sign-ups made as a
// resident's browser makes them, and requests as a logged-in account makes them.
import { createApp } from '../../server/app.ts';
import { AccountSessions } from '../../server/accounts/sessions.ts';
import type { Database } from '../../server/db/database.ts';
import { createLogger, type Logger } from '../../server/log.ts';
import { CONTACT_PASSWORD, doorFixture, ORIGIN, PASSWORD } from './accounts-fixture.ts';
import { NO_WRITE_LIMIT, PRIVACY_VERSION } from './volunteer-app.ts';

export const COORDINATOR = { email: 'anna@samenlinde.example', password: PASSWORD };
export const CONTACT = { email: 'piet@dorpshuis.example', password: CONTACT_PASSWORD };

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Session {
  get<T = any>(path: string): Promise<Answer<T>>;
  post<T = any>(path: string, body: unknown): Promise<Answer<T>>;
}

export interface PrivacyFixture {
  db: Database;
  app: ReturnType<typeof createApp>;
  log: Logger;
  logLines: string[];
  now(): Date;
  /** Moves the app's clock on. */
  advance(ms: number): void;
  request(path: string, init?: RequestInit): Promise<Answer>;
  /** Logs in as this account (the answer's cookie and CSRF token go with every request). */
  as(account: { email: string; password: string }): Promise<Session>;
  /** Signs up through the public API; answers the created sign-up (with its token). */
  signUp(fields: Record<string, unknown>): Promise<any>;
  /** The volunteer cancels with their personal link. */
  cancel(signup: { reference: string; token: string }): Promise<void>;
}

/** Tuesday 1 December 2026, 9.00 in Linde, as the other volunteering tests. */
export const START = new Date('2026-12-01T09:00:00+01:00');

export async function privacyFixture({ smtpUrl }: { smtpUrl?: string } = {}): Promise<PrivacyFixture> {
  const { db } = await doorFixture();
  let now = START.getTime();
  const clock = () => new Date(now);
  const logLines: string[] = [];
  const log = createLogger('info', (line) => logLines.push(line));
  const app = createApp({
    db,
    config: { corsOrigins: ['https://dorpshuis.example'], writeRateLimit: NO_WRITE_LIMIT, ...(smtpUrl ? { smtpUrl } : {}) },
    log,
    accountSessions: new AccountSessions(db, clock),
    now: clock,
  });
  const request = async (path: string, init: RequestInit = {}): Promise<Answer> => {
    const headers = new Headers(init.headers);
    if (init.method && init.method !== 'GET' && !headers.has('origin')) headers.set('origin', ORIGIN);
    const res = await app.request(new URL(path, ORIGIN).toString(), { ...init, headers });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : text };
  };
  return {
    db,
    app,
    log,
    logLines,
    now: clock,
    advance: (ms) => void (now += ms),
    request,
    async as({ email, password }) {
      const res = await request('/v1/beheer/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      const csrf = res.body.csrfToken as string;
      return {
        get: (path) => request(path, { headers: { cookie } }),
        post: (path, body) => request(path, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      };
    },
    async signUp(fields) {
      const res = await request('/v1/volunteer-signups', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Gerrit Jansen', phone: '06 12345678', consent: { privacyVersion: PRIVACY_VERSION }, ...fields }),
      });
      if (res.status !== 201) throw new Error(`sign-up: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async cancel({ reference, token }) {
      const res = await request(`/v1/volunteer-signups/${reference}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200 || res.body.status !== 'cancelled') throw new Error(`cancel: ${res.status} ${JSON.stringify(res.body)}`);
    },
  };
}
