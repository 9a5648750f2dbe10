// No overbooking: 100 requests at once for the last places of one time block hold exactly
// what the bus has; the rest get a 409 in Dutch with the next free times. An outward trip is
// never held without its return trip. On PGlite, and on PostgreSQL with DATABASE_URL
// (bash test/with-postgres.sh …), where the requests really run side by side.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contractViolations } from '../contract/conformance.ts';
import { blockOf, postRide, rideBody, ridesApp, type Answer } from './rides-fixture.ts';

const AT_ONCE = 100;

async function held(startsAt: string) {
  const { db } = await ridesApp();
  const { rows } = await db.query<{ seats_held: number; wheelchair_held: number }>('select seats_held, wheelchair_held from ride_blocks where starts_at = $1::timestamptz', [startsAt]);
  return rows[0] ?? { seats_held: 0, wheelchair_held: 0 };
}

/** Requests not cancelled or declined holding places in the block: (seats, wheelchair places) summed. */
async function stored(startsAt: string) {
  const { db } = await ridesApp();
  const { rows } = await db.query<{ n: number; seats: number; wheelchair: number }>(
    `select count(*)::int as n, coalesce(sum(seats), 0)::int as seats, coalesce(sum(wheelchair_places), 0)::int as wheelchair from ride_requests
      where status in ('requested', 'confirmed') and (outward_block = $1::timestamptz or return_block = $1::timestamptz)`,
    [startsAt],
  );
  return rows[0]!;
}

function assertFull(answer: Answer, fullStart: string) {
  assert.equal(answer.status, 409, JSON.stringify(answer.body));
  assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(answer.body.type, 'urn:buurtkit:problem:ride-full');
  assert.equal(answer.body.title, 'De bus is vol');
  assert.match(answer.body.detail, /is er (niet genoeg plaatsen|geen rolstoelplaats) meer vrij in de bus/);
  assert.ok(answer.body.alternatives.length > 0 && answer.body.alternatives.length <= 5, 'up to five other times');
  for (const b of answer.body.alternatives) assert.notEqual(b.start, fullStart, 'the full block is not offered');
  assert.deepEqual(contractViolations('createRideRequest', { status: 409, contentType: answer.headers.get('content-type')!, body: answer.body }), []);
}

describe('100 requests at once for one block', () => {
  it('hold exactly the seven seats; 93 are told the bus is full, with other times', { timeout: 300_000 }, async () => {
    const block = await blockOf('2026-12-04', '10:00');
    assert.equal(block.seatsLeft, 7);
    const answers = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, i) => postRide(rideBody({ passenger: { name: `Gelijktijdig ${i}` }, trip: { date: '2026-12-04', time: '10:00' } }))),
    );
    const created = answers.filter((a) => a.status === 201);
    assert.equal(created.length, 7, JSON.stringify(answers.filter((a) => a.status !== 201 && a.status !== 409).map((a) => a.body)));
    for (const a of answers.filter((a) => a.status !== 201)) assertFull(a, block.start);
    assert.deepEqual(await held(block.start), { seats_held: 7, wheelchair_held: 0 });
    assert.deepEqual(await stored(block.start), { n: 7, seats: 7, wheelchair: 0 });
    assert.equal((await blockOf('2026-12-04', '10:00')).seatsLeft, 0);
    // The alternatives are the other blocks from that day on, in time order, still free.
    const offered = answers.find((a) => a.status === 409)!.body.alternatives.map((b: { start: string }) => b.start.slice(11, 16));
    assert.deepEqual(offered, ['09:00', '11:00', '12:00', '13:00', '14:00']);
  });

  it('hold the one wheelchair place for 100 wheelchair users who stay seated; seats stay free', { timeout: 300_000 }, async () => {
    const block = await blockOf('2026-12-04', '14:00');
    const answers = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, i) =>
        postRide(rideBody({ passenger: { name: `Rolstoel ${i}`, mobility: { rollator: false, wheelchair: 'seated', helpAtDoor: true } }, trip: { date: '2026-12-04', time: '14:00' } })),
      ),
    );
    assert.equal(answers.filter((a) => a.status === 201).length, 1);
    for (const a of answers.filter((a) => a.status !== 201)) {
      assertFull(a, block.start);
      assert.match(a.body.detail, /geen rolstoelplaats/);
      for (const b of a.body.alternatives) assert.ok(b.wheelchairPlacesLeft >= 1, 'an alternative has the wheelchair place');
    }
    assert.deepEqual(await held(block.start), { seats_held: 0, wheelchair_held: 1 });
    assert.deepEqual(await stored(block.start), { n: 1, seats: 0, wheelchair: 1 });
    const after = await blockOf('2026-12-04', '14:00');
    assert.deepEqual([after.seatsLeft, after.wheelchairPlacesLeft], [7, 0]);
  });

  it('with companions, hold no more seats than there are (2 + 2 + 2, then 1 left for nobody of three)', { timeout: 300_000 }, async () => {
    const block = await blockOf('2026-12-04', '15:00');
    const answers = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, i) => postRide(rideBody({ passenger: { name: `Met z'n drieën ${i}`, companions: 2 }, trip: { date: '2026-12-04', time: '15:00' } }))),
    );
    assert.equal(answers.filter((a) => a.status === 201).length, 2, 'two parties of three fit in seven seats');
    assert.deepEqual(await held(block.start), { seats_held: 6, wheelchair_held: 0 });
    assert.deepEqual(await stored(block.start), { n: 2, seats: 6, wheelchair: 0 });
  });
});

describe('outward and return together', () => {
  it('when the return block is full, the outward trip is not held either and nothing is stored', { timeout: 300_000 }, async () => {
    // Fill the 15.00 block of Monday 7 December.
    for (let i = 0; i < 7; i++) assert.equal((await postRide(rideBody({ passenger: { name: `Terug vol ${i}` }, trip: { date: '2026-12-07', time: '15:30' } }))).status, 201);
    const outward = await blockOf('2026-12-07', '10:00');
    const { db } = await ridesApp();
    const count = async () => (await db.query<{ n: number }>(`select count(*)::int as n from ride_requests`)).rows[0]!.n;
    const outbox = async () => (await db.query<{ n: number }>(`select count(*)::int as n from outbox`)).rows[0]!.n;
    const [before, mailsBefore] = [await count(), await outbox()];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postRide(rideBody({ passenger: { name: `Heen en terug ${i}` }, trip: { date: '2026-12-07', time: '10:00', returnTime: '15:00' } }))),
    );
    for (const a of answers) {
      assertFull(a, '2026-12-07T15:00:00+01:00');
      assert.match(a.body.detail, /\(terug\)/);
    }
    assert.deepEqual(await held(outward.start), { seats_held: 0, wheelchair_held: 0 });
    assert.equal((await blockOf('2026-12-07', '10:00')).seatsLeft, 7, 'the outward block still shows seven seats');
    assert.equal(await count(), before, 'no request stored');
    assert.equal(await outbox(), mailsBefore, 'no message queued');
  });
});
