// A coordinator's actions and volunteers' sign-ups for the same shift at the same moment:
// they take the opportunity's lock in one order, so none deadlocks and the shift is never
// overbooked by accident. Runs on PGlite, and on PostgreSQL under test/with-postgres.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beheerFixture, signupPath, type BeheerFixture } from './beheer-signups-fixture.ts';

// Tafels dekken asks 4 per eetcafé, Koffie schenken 3 per Koffieochtend.
const EETCAFE = 'tafels-dekken-eetcafe';
const KOFFIE = 'koffie-schenken-koffieochtend';

async function statuses(f: BeheerFixture, opportunityId: string, occurrenceId: string) {
  const key = occurrenceId.slice(-13);
  return f.rows<{ reference: string; status: string }>('select reference, status from volunteer_signups where opportunity_id = $1 and occurrence_key = $2 order by id', [
    opportunityId,
    key,
  ]);
}

async function fill(f: BeheerFixture, opportunityId: string, occurrenceId: string, n: number, prefix: string) {
  const refs: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await f.signUp({ opportunityId, occurrenceId, name: `${prefix} ${i + 1}`, email: `${prefix.toLowerCase()}${i + 1}@example.org` });
    assert.equal(res.status, 201);
    refs.push(res.body.reference);
  }
  return refs;
}

test('a coordinator cancelling while 20 volunteers sign up for the same full shift: never more confirmed than the shift asks', async () => {
  const f = await beheerFixture();
  const [shift] = await f.shifts(EETCAFE);
  const capacity = shift!.capacity;
  const refs = await fill(f, EETCAFE, shift!.occurrenceId, capacity + 2, 'Eerst');

  const [cancel, ...signups] = await Promise.all([
    f.change(f.anna, 'POST', signupPath(refs[0]!, 'cancel')),
    ...Array.from({ length: 20 }, (_, i) => f.signUp({ opportunityId: EETCAFE, occurrenceId: shift!.occurrenceId, name: `Tegelijk ${i + 1}` })),
  ]);
  assert.equal(cancel!.status, 200, JSON.stringify(cancel!.body));
  assert.deepEqual([...new Set(signups.map((s) => s.status))], [201]);

  const rows = await statuses(f, EETCAFE, shift!.occurrenceId);
  assert.equal(rows.filter((r) => r.status === 'confirmed').length, capacity);
  // The freed place went to the first on the waiting list, whoever came in at the same moment.
  assert.equal(rows.find((r) => r.reference === refs[capacity])!.status, 'confirmed');
  assert.equal(rows.find((r) => r.reference === refs[capacity + 1])!.status, 'waitlisted');
  // The shift was full before and after the cancel: none of the twenty got a place.
  assert.deepEqual(signups.filter((s) => s.body.status === 'confirmed'), []);
});

test('cancel, move-up and 20 sign-ups at once: at most one more than the shift asks, and only by the move-up', async () => {
  const f = await beheerFixture();
  const [shift] = await f.shifts(KOFFIE);
  const capacity = shift!.capacity;
  const refs = await fill(f, KOFFIE, shift!.occurrenceId, capacity + 3, 'Later');
  const last = refs[capacity + 2]!;

  const answers = await Promise.all([
    f.change(f.anna, 'POST', signupPath(refs[1]!, 'cancel')),
    f.change(f.anna, 'POST', signupPath(last, 'move-up')),
    ...Array.from({ length: 20 }, (_, i) => f.signUp({ opportunityId: KOFFIE, occurrenceId: shift!.occurrenceId, name: `Druk ${i + 1}` })),
  ]);
  assert.deepEqual(answers.slice(0, 2).map((a) => a.status), [200, 200]);
  assert.deepEqual([...new Set(answers.slice(2).map((a) => a.status))], [201]);

  const rows = await statuses(f, KOFFIE, shift!.occurrenceId);
  // Cancel first: its place goes to the first in line, then the move-up takes one more.
  // Move-up first: the cancel frees a place of a shift that is then exactly full.
  const confirmed = rows.filter((r) => r.status === 'confirmed').length;
  assert.ok(confirmed === capacity || confirmed === capacity + 1, `${confirmed} confirmed for ${capacity} places`);
  assert.equal(rows.find((r) => r.reference === last)!.status, 'confirmed');
  assert.deepEqual(answers.slice(2).filter((a) => a.body.status === 'confirmed'), []);
});

test('a coordinator and the volunteer cancelling the same sign-up at the same moment: both answered, one place given on', async () => {
  const f = await beheerFixture();
  const shifts = await f.shifts(KOFFIE);
  for (const [n, shift] of shifts.slice(1, 6).entries()) {
    const made: { reference: string; token: string }[] = [];
    for (let i = 0; i < shift.capacity + 1; i++) {
      const res = await f.signUp({ opportunityId: KOFFIE, occurrenceId: shift.occurrenceId, name: `Samen ${n}-${i}`, email: `samen${n}-${i}@example.org` });
      assert.equal(res.status, 201);
      made.push(res.body);
    }
    const [mine, waiting] = [made[0]!, made[shift.capacity]!];
    const [coordinator, volunteer] = await Promise.all([
      f.change(f.anna, 'POST', signupPath(mine.reference, 'cancel')),
      f.request(`/v1/volunteer-signups/${mine.reference}`, { method: 'DELETE', address: `192.0.2.${100 + n}`, headers: { authorization: `Bearer ${mine.token}` } }),
    ]);
    assert.equal(coordinator.status, 200, JSON.stringify(coordinator.body));
    assert.equal(volunteer.status, 200, await volunteer.text());
    assert.equal(coordinator.body.status, 'cancelled');
    const rows = await statuses(f, KOFFIE, shift.occurrenceId);
    assert.equal(rows.filter((r) => r.status === 'confirmed').length, shift.capacity);
    assert.equal(rows.find((r) => r.reference === waiting.reference)!.status, 'confirmed');
    const [{ n: movedUp }] = await f.rows(`select count(*)::int as n from outbox o join volunteer_signups s on s.id = o.signup_id where s.reference = $1 and o.kind = 'waitlist-moved-up'`, [waiting.reference]);
    assert.equal(movedUp, 1);
  }
});
