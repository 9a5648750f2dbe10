// The seeded test app as its own process, on a free port: for tests that must survive a
// request blocking the event loop (a blocked process cannot time itself out).
// Prints {"url": ...} when ready; SIGTERM closes the database (and its test schema).
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { openTestDatabase } from './test-app.ts';

const db = await openTestDatabase();
await migrate(db);
await seedIfEmpty(db);
const app = createApp({ db, config: { corsOrigins: ['*'] }, log: createLogger('silent') });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${info.port}` }));
});
process.on('SIGTERM', () => server.close(() => void db.close().then(() => process.exit(0))));
