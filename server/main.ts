// Starts the reference server: opens (and on first start creates, migrates and seeds)
// the database, then serves the API, the demo site and the widget bundles.
import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { readConfig, type Config } from './config.ts';
import { DatabaseOpenError, openDatabase, type Database } from './db/database.ts';
import { createLogger } from './log.ts';

/** Ends the process with one line a person can act on, instead of a stack trace. */
function cannotStart(nl: string, en: string): never {
  process.stderr.write(`Buurtkit start niet: ${nl} | Buurtkit cannot start: ${en}\n`);
  process.exit(1);
}

let config: Config;
try {
  config = readConfig();
} catch (error) {
  const message = (error as Error).message;
  cannotStart(`De instelling klopt niet: ${message}.`, `A setting is wrong: ${message}.`);
}
const log = createLogger(config.logLevel);

// A stop asked for during start-up is carried out as soon as the database is open.
let stopSignal: NodeJS.Signals | undefined;
let stop: (signal: NodeJS.Signals) => void = (signal) => (stopSignal ??= signal);
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

let db: Database;
try {
  db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    connectTimeoutMs: config.connectTimeoutMs,
    statementTimeoutMs: config.statementTimeoutMs,
  });
} catch (error) {
  if (error instanceof DatabaseOpenError) cannotStart(error.nl, error.en);
  throw error;
}
// The rest is loaded once the database is open: a server that cannot start says so at once.
const [{ createApp }, { migrate }, { seedIfEmpty }] = await Promise.all([
  import('./app.ts'),
  import('./db/migrate.ts'),
  import('./seed/seed.ts'),
]);
const applied = await migrate(db);
if (applied.length) log.info('migrated', { applied });
if (await seedIfEmpty(db)) log.info('seeded the demo network');
if (stopSignal) {
  await db.close();
  process.exit(0);
}

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const app = createApp({ db, config, log, staticDirs: { demo: root('dist/demo'), widgets: root('dist/lib') } });

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  log.info('listening', { url: `http://localhost:${info.port}/`, database: db.kind });
});

// Stop taking requests, let running ones finish, then close the database so the PGlite
// data folder is left consistent.
let stopping = false;
stop = async (signal) => {
  if (stopping) return;
  stopping = true;
  log.info('stopping', { signal });
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
  clearTimeout(force);
  process.exit(0);
};
