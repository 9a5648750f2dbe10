// A server process for the load benchmark: the real app on a seeded in-memory database,
// and beside it a bare Hono route serving the same JSON from memory, as the yardstick.
// Prints one JSON line with both addresses when ready. GET <bare>/cpu gives the process's CPU time.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { createLogger } from '../server/log.ts';
import { seedIfEmpty } from '../server/seed/seed.ts';

const path = process.argv[2] ?? '/v1/activities';
const db = await openDatabase({ url: process.env.DATABASE_URL });
await migrate(db);
await seedIfEmpty(db);
const app = createApp({ db, config: { corsOrigins: ['*'] }, log: createLogger('silent') });
const snapshot = await (await app.request(path)).json();
// The server process's CPU time so far, so the bench can report CPU per request: a
// figure the other processes on a shared machine disturb far less than latency.
const bare = new Hono().get('/v1/activities', (c) => c.json(snapshot)).get('/cpu', (c) => c.json(process.cpuUsage()));

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    process.on('SIGTERM', () => server.close(() => process.exit(0)));
  });

const [appPort, barePort] = await Promise.all([listen(app.fetch), listen(bare.fetch)]);
console.log(JSON.stringify({ app: `http://127.0.0.1:${appPort}`, bare: `http://127.0.0.1:${barePort}`, items: snapshot.items.length }));
