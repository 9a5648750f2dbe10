// "Help mee" in the agenda: an activity whose occurrences are volunteer shifts with
// sign-ups open says so on every occurrence, and stops saying so as soon as sign-ups close.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../server/app.ts';
import { migrate } from '../../server/db/migrate.ts';
import type { Database } from '../../server/db/database.ts';
import { createLogger } from '../../server/log.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { openTestDatabase } from './test-app.ts';

let db: Database;
let app: ReturnType<typeof createApp>;

before(async () => {
  db = await openTestDatabase();
  await migrate(db);
  await seedIfEmpty(db);
  app = createApp({ db, config: { corsOrigins: ['*'] }, log: createLogger('silent') });
});
after(() => db.close());

const occurrences = async () => (await (await app.request('/v1/activities?limit=1000')).json()).items as { activityId: string; volunteersWanted?: true }[];
const wanted = async () => new Set((await occurrences()).filter((o) => o.volunteersWanted).map((o) => o.activityId));

test('occurrences of an activity that asks for volunteers say so; the others do not', async () => {
  const asking = (await db.query<{ activity_id: string }>('select distinct activity_id from volunteer_opportunities where activity_id is not null and signups_open')).rows.map((r) => r.activity_id);
  const all = await occurrences();
  const shown = new Set(all.map((o) => o.activityId));
  const expected = asking.filter((id) => shown.has(id));
  assert.ok(expected.length >= 3, `activities with shifts in the coming month: ${expected.join(', ')}`);
  assert.deepEqual([...(await wanted())].sort(), expected.sort());
  assert.ok(all.some((o) => !o.volunteersWanted), 'some activities ask no volunteers');
  assert.ok(all.every((o) => o.volunteersWanted === undefined || o.volunteersWanted === true));
});

test('closing the sign-ups takes "Help mee" off the agenda at once, cached page or not', async () => {
  assert.ok((await wanted()).has('koffieochtend-dorpshuis'));
  await db.query(`update volunteer_opportunities set signups_open = false where activity_id = 'koffieochtend-dorpshuis'`);
  assert.equal((await wanted()).has('koffieochtend-dorpshuis'), false);
  await db.query(`update volunteer_opportunities set signups_open = true where activity_id = 'koffieochtend-dorpshuis'`);
  assert.ok((await wanted()).has('koffieochtend-dorpshuis'));
});
