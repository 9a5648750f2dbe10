// An app with accounts and a clock of its own, for the tests of the coordinator's door.
import { after } from 'node:test';
import { createApp } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { addAccount } from '../../server/accounts/manage.ts';
import { AccountSessions, DEFAULT_POLICY, type SessionPolicy } from '../../server/accounts/sessions.ts';
import { openTestDatabase } from './test-app.ts';

export const ORIGIN = 'https://beheer.example';
export const PASSWORD = 'een lange zin als wachtwoord';
export const CONTACT_PASSWORD = 'koffie met appeltaart om tien uur';

export interface DoorFixture {
  db: Database;
  app: ReturnType<typeof createApp>;
  sessions: AccountSessions;
  logLines: string[];
  /** Moves the app's clock on. */
  advance(ms: number): void;
  /** A request as a browser on ORIGIN sends it, from the given network address. */
  request(path: string, init?: RequestInit & { address?: string }): Promise<Response>;
}

let shared: Promise<DoorFixture> | undefined;
after(async () => {
  if (shared) await (await shared).db.close();
});

/**
 * One database per test file with the demo network and two accounts: a coordinator
 * (anna@…) and the contact of Dorpshuis De Linde (piet@…). Each call gives a new app
 * and clock on it (so throttling and sessions of one test do not reach the next).
 * `trustProxy` as TRUST_PROXY: the app is behind that many reverse proxies.
 */
export async function doorFixture(policy: Partial<SessionPolicy> = {}, { trustProxy = 0 } = {}): Promise<DoorFixture> {
  shared ??= (async () => {
    const db = await openTestDatabase();
    await migrate(db);
    await seedIfEmpty(db);
    await addAccount(db, { email: 'Anna@Samenlinde.example', name: 'Anna Coördinator', role: 'coordinator', password: PASSWORD });
    await addAccount(db, { email: 'piet@dorpshuis.example', name: 'Piet Dorpshuis', role: 'organization-contact', organizationId: 'dorpshuis-de-linde', password: CONTACT_PASSWORD });
    return { db } as DoorFixture;
  })();
  const { db } = await shared;
  // Each fixture starts with a clean slate of failed logins and sessions.
  await db.query('delete from login_failures');
  await db.query('delete from sessions');
  let now = new Date('2026-12-01T09:00:00Z').getTime();
  const sessions = new AccountSessions(db, () => new Date(now), { ...DEFAULT_POLICY, ...policy });
  const logLines: string[] = [];
  const app = createApp({ db, config: { corsOrigins: ['https://dorpshuis.example'], trustProxy }, log: createLogger('info', (l) => logLines.push(l)), accountSessions: sessions, now: () => new Date(now) });
  return {
    db,
    app,
    sessions,
    logLines,
    advance: (ms) => void (now += ms),
    request: async (path, { address = '192.0.2.10', ...init } = {}) => {
      const headers = new Headers(init.headers);
      if (!headers.has('origin') && init.method && init.method !== 'GET') headers.set('origin', ORIGIN);
      return app.request(new URL(path, ORIGIN).toString(), { ...init, headers }, { incoming: { socket: { remoteAddress: address } } });
    },
  };
}

/** POST /v1/beheer/login with a JSON body. */
export function login(f: DoorFixture, email: string, password: string, init: RequestInit & { address?: string } = {}) {
  return f.request('/v1/beheer/login', {
    method: 'POST',
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
    body: JSON.stringify({ email, password }),
  });
}

/** The `name=value` of a response's session cookie, to send back in `Cookie`. */
export function cookieOf(res: Response): string {
  const header = res.headers.get('set-cookie') ?? '';
  return header.split(';')[0]!;
}
