// One seeded database and app per test file: in-memory PGlite by default, or a fresh
// schema on the PostgreSQL server in DATABASE_URL (see test/with-postgres.sh).
import { randomUUID } from 'node:crypto';
import { after } from 'node:test';
import { createApp } from '../../server/app.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';

export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({});
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = await openDatabase({ url });
  await admin.query(`create schema ${schema}`);
  await admin.close();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  const db = await openDatabase({ url: scoped.toString() });
  return {
    ...db,
    async close() {
      await db.query(`drop schema ${schema} cascade`);
      await db.close();
    },
  };
}

let shared: Promise<{ db: Database; app: ReturnType<typeof createApp> }> | undefined;

// Registered when a test file imports this module, so it runs after all of the file's tests.
after(async () => {
  if (shared) await (await shared).db.close();
});

/** The seeded demo network behind the API, created once per test file and closed after it. */
export function testApp() {
  shared ??= (async () => {
    const db = await openTestDatabase();
    await migrate(db);
    await seedIfEmpty(db);
    // In-process requests have no client address, so they would all share one write limit:
    // off here; test/server/rate-limit.test.ts tests it on a real socket.
    const config = { corsOrigins: ['https://dorpshuis.example'], writeRateLimit: { limit: 0, windowMs: 1 } };
    return { db, app: createApp({ db, config, log: createLogger('silent') }) };
  })();
  return shared;
}

/** GET a path from the app and parse its JSON body. */
export async function getJson<T = any>(path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const { app } = await testApp();
  const res = await app.request(path, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}
