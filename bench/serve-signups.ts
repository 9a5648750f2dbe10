// A server process for the sign-up benchmark: the real app on a seeded database (in memory,
// or DATABASE_URL), with the public write limit off (the load comes from one address). Prints
// one JSON line when ready: the app's address, and a side address whose GET /rows counts the
// sign-ups the bench made and GET /cpu gives the process's CPU time.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { createLogger } from '../server/log.ts';
import { seedIfEmpty } from '../server/seed/seed.ts';

const BENCH_NAME = 'Bench vrijwilliger'; // as bench/signups.ts sends it

const db = await openDatabase({ url: process.env.DATABASE_URL });
await migrate(db);
await seedIfEmpty(db);
const app = createApp({ db, config: { corsOrigins: ['*'], writeRateLimit: { limit: 0, windowMs: 1 } }, log: createLogger('silent') });
const side = new Hono()
  .get('/rows', async (c) => c.json((await db.query<{ n: number }>('select count(*)::int as n from volunteer_signups where name = $1', [BENCH_NAME])).rows[0]))
  .get('/cpu', (c) => c.json(process.cpuUsage()));

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    process.on('SIGTERM', () => server.close(() => process.exit(0)));
  });

const [appPort, sidePort] = await Promise.all([listen(app.fetch), listen(side.fetch)]);
console.log(JSON.stringify({ app: `http://127.0.0.1:${appPort}`, side: `http://127.0.0.1:${sidePort}`, database: db.kind }));
