// Starts the reference server: opens (and on first start creates, migrates and seeds)
// the database, then serves the API, the demo site and the widget bundles.
import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createLogger } from './log.ts';
import { seedIfEmpty } from './seed/seed.ts';

const config = readConfig();
const log = createLogger(config.logLevel);

const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const applied = await migrate(db);
if (applied.length) log.info('migrated', { applied });
if (await seedIfEmpty(db)) log.info('seeded the demo network');

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const app = createApp({ db, config, log, staticDirs: { demo: root('dist/demo'), widgets: root('dist/lib') } });

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  log.info('listening', { url: `http://localhost:${info.port}/`, database: db.kind });
});

// Stop taking requests, let running ones finish, then close the database so the PGlite
// data folder is left consistent.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info('stopping', { signal });
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
  clearTimeout(force);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
