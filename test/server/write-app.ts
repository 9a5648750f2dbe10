// The real app (createApp) on a real socket, for tests of the write conventions that need a
// client address (rate limits) or a browser's preflight (CORS). The database is migrated,
// not seeded: these tests post bodies the contract refuses, so nothing is ever stored.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { openTestDatabase } from './test-app.ts';

let database: Promise<Database> | undefined;

export async function serveWriteApp(config: AppOptions['config'], now?: () => Date) {
  database ??= openTestDatabase().then(async (db) => (await migrate(db), db));
  const db = await database;
  const app = createApp({ db, config, log: createLogger('silent'), now });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function closeWriteDatabase() {
  if (database) await (await database).close();
}
