// A server process for the village bus benchmark: the real app on a seeded database (in
// memory, or DATABASE_URL), with the public write limit off (the load comes from one address)
// and the bus made as large as the schema allows (50 seats), so the POSTs measure storing a
// request rather than refusing a full block. Prints one JSON line when ready: the app's
// address, and a side address whose GET /rows counts the requests the bench made (and the
// blocks whose held seats differ from their requests) and GET /cpu gives the process's CPU time.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { createLogger } from '../server/log.ts';
import { seedIfEmpty } from '../server/seed/seed.ts';

const BENCH_NAME = 'Bench passagier'; // as bench/rides.ts sends it

const db = await openDatabase({ url: process.env.DATABASE_URL });
await migrate(db);
await seedIfEmpty(db);
await db.query('update ride_vehicles set seats = 50');
const app = createApp({ db, config: { corsOrigins: ['*'], writeRateLimit: { limit: 0, windowMs: 1 } }, log: createLogger('silent') });
const side = new Hono()
  .get('/rows', async (c) => {
    const n = (await db.query<{ n: number }>('select count(*)::int as n from ride_requests where passenger_name = $1', [BENCH_NAME])).rows[0]!.n;
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from ride_blocks b
        where b.seats_held <> (select coalesce(sum(seats), 0) from ride_requests r where r.status in ('requested', 'confirmed') and (r.outward_block = b.starts_at or r.return_block = b.starts_at))`,
    );
    return c.json({ n, mismatchedBlocks: rows[0]!.n });
  })
  .get('/cpu', (c) => c.json(process.cpuUsage()));

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    process.on('SIGTERM', () => server.close(() => process.exit(0)));
  });

const [appPort, sidePort] = await Promise.all([listen(app.fetch), listen(side.fetch)]);
console.log(JSON.stringify({ app: `http://127.0.0.1:${appPort}`, side: `http://127.0.0.1:${sidePort}`, database: db.kind }));
