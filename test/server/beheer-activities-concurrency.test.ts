// 100 coordinators' browsers adding an activity with the same title at the same moment
// (on PostgreSQL truly at once, with test/with-postgres.sh): every one is stored, each
// under an id of its own, and none is answered with a 500.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activitiesFixture, activityBody } from './beheer-activities-fixture.ts';

test('100 concurrent adds with the same title all succeed, with distinct readable ids', async () => {
  const f = await activitiesFixture();
  const versionBefore = Number((await f.rows('select version from agenda_state'))[0].version);
  const answers = await Promise.all(
    Array.from({ length: 100 }, () => f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({ title: 'Kerstmarkt', rrule: null, startsAt: '2026-12-19T11:00' }))),
  );
  assert.deepEqual([...new Set(answers.map((a) => a.status))], [201], JSON.stringify(answers.find((a) => a.status !== 201)?.body));
  const ids = answers.map((a) => a.body.id as string);
  assert.equal(new Set(ids).size, 100);
  assert.ok(ids.includes('kerstmarkt'));
  for (let n = 2; n <= 100; n++) assert.ok(ids.includes(`kerstmarkt-${n}`), `kerstmarkt-${n}`);
  const stored = await f.rows('select count(*)::int as n from activity_occurrences where activity_id = any($1)', [ids]);
  assert.equal(stored[0].n, 100, 'each has its one date in the index');
  const audit = await f.rows("select count(*)::int as n from audit_log where record_type = 'activity' and action = 'create' and record_id = any($1)", [ids]);
  assert.equal(audit[0].n, 100);
  assert.ok(Number((await f.rows('select version from agenda_state'))[0].version) >= versionBefore + 100);
  const page = (await (await f.other('/v1/activities?from=2026-12-19&to=2026-12-19&q=kerstmarkt&limit=500')).json()) as { items: { activityId: string }[] };
  assert.equal(page.items.filter((o) => ids.includes(o.activityId)).length, 100, 'all in the agenda of another process');
});
