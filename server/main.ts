// Starts the reference server: opens (and on first start creates, migrates and seeds)
// the database, then serves the API, the demo site and the widget bundles.
import { serve } from '@hono/node-server';
import type { Server as HttpServer } from 'node:http';
import { Server as NetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { readConfig, type Config } from './config.ts';
import { DatabaseOpenError, openDatabase, type Database } from './db/database.ts';
import { createLogger } from './log.ts';

/** How long stopping waits for requests in flight: below Docker's 10 s before it kills. */
const DRAIN_MS = 8_000;

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
const [{ createApp }, { migrate }, { seedIfEmpty }, { startMessages }, { seedDemoAccounts, demoLoginNotice }, { startRetention }, { startFeeds }] = await Promise.all([
  import('./app.ts'),
  import('./db/migrate.ts'),
  import('./seed/seed.ts'),
  import('./messages/start.ts'),
  import('./seed/demo-accounts.ts'),
  import('./privacy/retention.ts'),
  import('./feeds/schedule.ts'),
]);
const applied = await migrate(db);
if (applied.length) log.info('migrated', { applied });
if (await seedIfEmpty(db)) log.info('seeded the demo network');
// Only on a database without any account; the passwords are shown once, below, never logged.
const demoLogins = await seedDemoAccounts(db);
if (demoLogins.length) log.info('made the demo accounts', { emails: demoLogins.map((l) => l.email) });
if (stopSignal) {
  await db.close();
  process.exit(0);
}

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const app = createApp({ db, config, log, staticDirs: { demo: root('dist/demo'), widgets: root('dist/lib') } });
const messages = startMessages({ db, config, log });
// Removes sign-up data past RETENTION_DAYS: at once (a server that was down catches up), then hourly.
const retention = startRetention({ db, config, log });
// Fetches the organisations' calendars that are due (FEED_INTERVAL_MINUTES), one at a time.
const feeds = startFeeds({ db, config, log });

let stopping = false;
const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  log.info('listening', { url: `http://localhost:${info.port}/`, database: db.kind });
  if (demoLogins.length) process.stderr.write(demoLoginNotice(demoLogins, `http://localhost:${info.port}/beheer`));
}) as HttpServer;
server.once('error', async (error: NodeJS.ErrnoException) => {
  await db.close();
  if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
    cannotStart(
      `Poort ${config.port} is al in gebruik of niet toegestaan (${error.code}). Stop het programma dat de poort gebruikt, of kies met PORT een andere poort.`,
      `Port ${config.port} is in use already or not allowed (${error.code}). Stop the program using the port, or choose another port with PORT.`,
    );
  }
  throw error;
});
// Answers given while stopping tell the client not to send more on that connection.
server.prependListener('request', (_req, res) => {
  if (stopping) res.setHeader('Connection', 'close');
});

// Stop taking new connections, answer the requests in flight (for at most DRAIN_MS), then
// close the database so the PGlite data folder is left consistent and unlocked.
stop = async (signal) => {
  if (stopping) return;
  stopping = true;
  log.info('stopping', { signal });
  setTimeout(() => process.exit(1), DRAIN_MS + 5_000).unref(); // whatever hangs, we end
  const messagesStopped = messages.stop(); // a mail being sent is finished; an unsent one waits for the next start
  const retentionStopped = retention.stop(); // a batch in progress is finished; the rest waits for the next run
  const feedsStopped = feeds.stop(); // a fetch in progress is finished (at most FEED_TIMEOUT_MS)
  const deadline = performance.now() + DRAIN_MS;
  await untilNoNewConnections(server, deadline);
  // net's close, not http's: http's also drops connections whose request is not read yet.
  const drained = new Promise((resolve) => NetServer.prototype.close.call(server, resolve));
  // Connections without a request in progress are closed; others once they are answered.
  // Checked after a poll of the event loop, so a request that has arrived is seen first.
  const idle = setInterval(() => setImmediate(() => server.closeIdleConnections()), 100);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, deadline - performance.now(), 'late')));
  const outcome = await Promise.race([drained, late]);
  clearInterval(idle);
  clearTimeout(timer);
  if (outcome === 'late') {
    log.warn('stopping before every request was answered', { waitedMs: DRAIN_MS });
    server.closeAllConnections();
  }
  await messagesStopped;
  await retentionStopped;
  await feedsStopped;
  await db.close();
  process.exit(outcome === 'late' ? 1 : 0);
};

/**
 * Connections the kernel has queued already (visitors who sent their request while we
 * were busy) would be reset when the listener closes. Node takes them in one by one, so
 * wait until none has come for a moment, checking after a poll of the event loop.
 */
async function untilNoNewConnections(server: HttpServer, deadline: number, quietMs = 200) {
  let last = performance.now();
  const seen = () => (last = performance.now());
  server.on('connection', seen);
  while (performance.now() - last < quietMs && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setImmediate(resolve));
  }
  server.off('connection', seen);
}
