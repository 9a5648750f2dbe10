// The agenda's cache follows the data version: two server processes on one database (two
// apps here, each with its own store and cache) never serve a page older than the data,
// and the occurrence index is rebuilt when its horizon falls behind.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../server/app.ts';
import { AgendaStore } from '../../server/agenda/store.ts';
import { HORIZON_AHEAD_DAYS, HORIZON_PAST_DAYS, materialiseOccurrences, readAgendaState } from '../../server/agenda/occurrence-index.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { createLogger } from '../../server/log.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { openTestDatabase } from './test-app.ts';

let db: Database;
/** Another server process's own connection to the same data: on PostgreSQL its own pool; PGlite has one owner. */
let other: Database;
const appOn = (database: Database, now?: () => Date) =>
  createApp({ db: database, config: { corsOrigins: ['*'] }, log: createLogger('silent'), agendaStore: new AgendaStore(database, now) });
const titles = async (app: ReturnType<typeof appOn>, path: string) => (await (await app.request(path)).json()).items.map((o: any) => o.title);

before(async () => {
  db = await openTestDatabase();
  await migrate(db);
  await seedIfEmpty(db);
  if (db.kind === 'postgresql') {
    const url = new URL(process.env.DATABASE_URL!);
    const [{ schema }] = (await db.query<{ schema: string }>('select current_schema() as schema')).rows as [{ schema: string }];
    url.searchParams.set('options', `-c search_path=${schema}`);
    other = await openDatabase({ url: url.toString() });
  } else {
    other = db;
  }
});
after(async () => {
  if (other !== db) await other.close();
  await db.close();
});

test('seeding fills the occurrence index over the whole horizon', async () => {
  const state = await readAgendaState(db);
  assert.ok(state.horizon);
  const days = (Date.parse(state.horizon.to) - Date.parse(state.horizon.from)) / 86_400_000;
  assert.equal(days, HORIZON_PAST_DAYS + HORIZON_AHEAD_DAYS);
  const [{ n }] = (await db.query<{ n: number }>('select count(*)::int as n from activity_occurrences')).rows as [{ n: number }];
  assert.ok(n > 1000, `${n} occurrences`);
});

test('a change written through one process shows on the next request to another, cached page or not', async () => {
  const first = appOn(db);
  const second = appOn(other);
  const path = '/v1/activities?from=2027-01-04&to=2027-01-10';
  const before = await titles(second, path);
  assert.ok(before.length > 0);
  await titles(second, path); // now cached in the second app
  const [{ id, title }] = (await db.query<{ id: string; title: string }>(
    `select a.id, a.title from activities a join activity_occurrences o on o.activity_id = a.id
      where o.local_day between '2027-01-04' and '2027-01-10' order by a.id limit 1`,
  )).rows as [{ id: string; title: string }];
  await db.transaction(async (tx) => {
    await tx.query('update activities set title = $2 where id = $1', [id, `${title} (verplaatst naar de kerk)`]);
    await materialiseOccurrences(tx, { activityIds: [id] });
  });
  assert.ok((await titles(first, path)).includes(`${title} (verplaatst naar de kerk)`));
  assert.ok((await titles(second, path)).includes(`${title} (verplaatst naar de kerk)`), 'the second process serves the new title');
  await db.query('update activities set title = $2 where id = $1', [id, title]);
  assert.deepEqual(await titles(second, path), before);
});

test('a cancelled occurrence written in a transaction is cancelled for every process at once', async () => {
  const app = appOn(db);
  const path = '/v1/activities?from=2027-02-01&to=2027-02-07';
  const [target] = (await (await app.request(path)).json()).items.filter((o: any) => o.status === 'scheduled');
  const local = target.id.slice(-13).replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})$/, '$1-$2-$3 $4:$5');
  await db.transaction(async (tx) => {
    await tx.query(`insert into activity_exceptions (activity_id, original_starts_at, kind, note) values ($1, $2, 'cancelled', 'Zaal bezet')`, [target.activityId, local]);
    await materialiseOccurrences(tx, { activityIds: [target.activityId] });
  });
  const after = (await (await appOn(other).request(path)).json()).items.find((o: any) => o.id === target.id);
  assert.equal(after.status, 'cancelled');
  assert.equal((await (await app.request(path)).json()).items.find((o: any) => o.id === target.id).status, 'cancelled');
});

test('the index moves on when the days pass its horizon, and answers for the new days', async () => {
  const later = new Date(Date.now() + 400 * 86_400_000);
  const app = appOn(db, () => later);
  const before = await readAgendaState(db);
  const from = new Date(later.getTime() + (HORIZON_AHEAD_DAYS - 40) * 86_400_000).toISOString().slice(0, 10);
  const res = await app.request(`/v1/activities?from=${from}`);
  assert.equal(res.status, 200);
  const state = await readAgendaState(db);
  assert.ok(Date.parse(state.horizon!.to) > Date.parse(before.horizon!.to), 'the horizon moved on');
  assert.ok(state.version > before.version);
  assert.ok((await res.json()).items.length > 0);
});

test('an unchanged agenda is answered without a query on PGlite, with one small query per request on PostgreSQL', async () => {
  let queries = 0;
  const counted: Database = { ...db, query: (sql, params) => (queries++, db.query(sql, params)) };
  const app = appOn(counted);
  const path = '/v1/activities?from=2027-03-01&to=2027-03-31';
  await app.request(path); // loads the model (and puts the horizon back to today after the test above)
  await app.request(path);
  queries = 0;
  for (let i = 0; i < 5; i++) assert.equal((await app.request(path)).status, 200);
  // PGlite: this process is the only writer (the folder lock), so it knows when the data changed.
  // PostgreSQL: another process may have written, so every request reads the data version.
  assert.equal(queries, db.kind === 'pglite' ? 0 : 5);
  // A write through this process shows on the next request.
  const [first] = (await (await app.request(path)).json()).items;
  await db.query('update activities set title = $2 where id = $1', [first.activityId, `${first.title} (nieuw)`]);
  assert.equal((await (await app.request(path)).json()).items[0].title, `${first.title} (nieuw)`);
  await db.query('update activities set title = $2 where id = $1', [first.activityId, first.title]);
});
