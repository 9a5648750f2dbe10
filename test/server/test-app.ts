// One seeded database and app per test file: in-memory PGlite by default, or a fresh
// schema on the PostgreSQL server in DATABASE_URL (see test/with-postgres.sh).
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { createApp } from '../../server/app.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';

/**
 * A fresh in-memory PGlite, started from a dump of an empty database: initdb takes 3-5 s,
 * loading its dump under 1 s, and every test file opens at least one. The dump is made
 * once per machine and PGlite version, in the temporary folder (written aside, then
 * renamed, so parallel files never read half a dump).
 */
export async function openEmptyPGlite(): Promise<Database> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite'); // …/pglite/dist/index.cjs
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  const file = join(tmpdir(), `buurtkit-test-pglite-${version}-empty.tar.gz`);
  if (!existsSync(file)) {
    const { PGlite } = await import('@electric-sql/pglite');
    const empty = await PGlite.create();
    writeFileSync(`${file}.${process.pid}`, Buffer.from(await (await empty.dumpDataDir('gzip')).arrayBuffer()));
    await empty.close();
    renameSync(`${file}.${process.pid}`, file);
  }
  return openDatabase({ image: new Blob([readFileSync(file)]) });
}

export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openEmptyPGlite();
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
