// A coordinator's cancel racing 20 confirms and declines of the same request (two people in
// /beheer at once, a double click): it ends in one consistent state, with the held places
// those of the open requests, one count at most, and no 5xx. PGlite and PostgreSQL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confirmBody, DRIVERS, ridePath, ridesFixture } from './rides-dispatch-fixture.ts';

test('cancel racing 20 confirms and declines ends in one state, with the held places matching the open requests', { timeout: 120_000 }, async () => {
  const f = await ridesFixture();
  for (let round = 0; round < 3; round++) {
    const ref = await f.ride({ time: `${10 + round}:00`, returnTime: `${14 + round}:00`, companions: 1 });
    const actions = Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? f.change(f.anna, 'POST', ridePath(ref, 'confirm'), confirmBody({ driverId: i % 4 === 1 ? DRIVERS.jan : DRIVERS.truus, pickUpTime: `${String(9 + round).padStart(2, "0")}:${String(i).padStart(2, '0')}`, returnPickUpTime: `${14 + round}:00` }))
        : f.change(f.anna, 'POST', ridePath(ref, 'decline'), { reason: `Reden ${i}` }),
    );
    actions.splice(7, 0, f.change(f.anna, 'POST', ridePath(ref, 'cancel')));
    const answers = await Promise.all(actions);
    for (const a of answers) assert.ok([200, 409].includes(a.status), `${a.status} ${JSON.stringify(a.body)}`);
    const [row] = await f.rows<{ id: string; status: string }>('select id::text as id, status from ride_requests where reference = $1', [ref]);
    assert.ok(['declined', 'cancelled'].includes(row!.status), `ends declined or cancelled: ${row!.status}`);
    assert.equal(answers.filter((a) => a.status === 200 && ['declined', 'cancelled'].includes(a.body.status)).length >= 1, true);
    assert.deepEqual(await f.held(), await f.heldByOpenRequests(), 'held places = the open requests');
    assert.deepEqual(await f.rows('select 1 from ride_stats where ride_request_id = $1', [row!.id]), [], 'no count for a ride that does not go');
    const offs = await f.rows(`select kind from outbox where ride_request_id = $1 and kind in ('ride-declined', 'ride-cancelled')`, [row!.id]);
    assert.equal(offs.length, 1, 'the passenger hears once that it is off');
  }
});
