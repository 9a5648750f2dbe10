// Privacy for the village bus: the AVG export and erase include ride requests (as passenger
// or requester), the retention job deletes them RIDE_RETENTION_DAYS after the ride while the
// report's counts stay, and no log line on a ride's whole way holds personal data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from '../../server/log.ts';
import { writeReminders } from '../../server/messages/reminders.ts';
import { removeExpired, RetentionJob } from '../../server/privacy/retention.ts';
import { confirmBody, DRIVERS, RIDE_DAY, rideMessages, ridePath, ridesFixture } from './rides-dispatch-fixture.ts';

const DAY = 86_400_000;

test('the AVG export lists the rides of a passenger and of a requester, with their messages and who saw them', async () => {
  const f = await ridesFixture();
  const own = await f.ride({ passengerName: 'Pietje Export', passengerPhone: '+31 (0)6 1357 2468', passengerEmail: 'pietje@voorbeeld.example' });
  const asked = await f.ride({ passengerName: 'Oma Export', passengerPhone: '0345 999888', passengerEmail: null, requester: { name: 'Pietje Export', phone: '06-13572468', email: null, relation: 'family' } });
  const other = await f.ride({ passengerName: 'Iemand Anders', passengerPhone: '0345 777666', passengerEmail: 'anders@voorbeeld.example' });
  await f.get(f.anna, ridePath(own));
  assert.equal((await f.change(f.anna, 'POST', ridePath(asked, 'confirm'), confirmBody())).status, 200);

  const byPhone = await f.change(f.anna, 'POST', '/v1/beheer/people/export', { phone: '0613572468' });
  assert.equal(byPhone.status, 200, JSON.stringify(byPhone.body));
  assert.deepEqual(byPhone.body.rides.map((r: any) => r.reference), [own, asked]);
  assert.equal(byPhone.body.rides[1].requester.name, 'Pietje Export');
  assert.ok(byPhone.body.messages.some((m: any) => m.rideReference === asked && m.channel === 'phone'), 'the "bellen" task about the ride');
  assert.deepEqual(
    byPhone.body.views.filter((v: any) => v.rideReference).map((v: any) => [v.rideReference, v.action, v.accountName]),
    [[own, 'view', 'Anna Coördinator'], [asked, 'confirm', 'Anna Coördinator']],
  );
  const byEmail = await f.change(f.anna, 'POST', '/v1/beheer/people/export', { email: 'PIETJE@voorbeeld.example' });
  assert.deepEqual(byEmail.body.rides.map((r: any) => r.reference), [own]);
  assert.ok(!JSON.stringify(byPhone.body).includes(other));
  assert.deepEqual(
    await f.rows(`select record_id from audit_log where action = 'export' and record_type = 'ride-request' order by id`),
    [{ record_id: own }, { record_id: asked }, { record_id: own }],
  );
});

test('the AVG erase deletes the rides and their messages, gives held places back, and keeps the counts', async () => {
  const f = await ridesFixture();
  const confirmed = await f.ride({ passengerName: 'Gerda Weg', passengerPhone: '0345 424242', passengerEmail: 'gerda@voorbeeld.example', companions: 2 });
  const open = await f.ride({ passengerName: 'Gerda Weg', passengerPhone: '0345-424242', passengerEmail: null, time: '15:00', returnTime: null });
  const stays = await f.ride({ passengerName: 'Blijft Hier' });
  assert.equal((await f.change(f.anna, 'POST', ridePath(confirmed, 'confirm'), confirmBody())).status, 200);
  const statsBefore = await f.rows('select count(*)::int as n from ride_stats');

  const erased = await f.change(f.anna, 'POST', '/v1/beheer/people/erase', { phone: '+31 345 424242' });
  assert.equal(erased.status, 200, JSON.stringify(erased.body));
  assert.equal(erased.body.rides, 2);
  assert.equal(erased.body.messages, 2, 'the confirmation and the driver notice');
  assert.deepEqual(await f.rows('select reference from ride_requests where reference = any($1::text[])', [[confirmed, open, stays]]), [{ reference: stays }]);
  assert.deepEqual(await f.held(), await f.heldByOpenRequests(), 'the places came free');
  assert.deepEqual(await f.rows('select count(*)::int as n from ride_stats'), statsBefore, 'the anonymous count stays');
  const dump = JSON.stringify((await f.db.query('select * from ride_requests')).rows) + JSON.stringify((await f.db.query('select * from outbox')).rows);
  for (const personal of ['Gerda Weg', 'gerda@voorbeeld.example', '424242']) assert.ok(!dump.includes(personal), `${personal} is gone`);
  assert.deepEqual(
    await f.rows(`select record_id from audit_log where action = 'delete' and record_type = 'ride-request' order by record_id`),
    [confirmed, open].sort().map((record_id) => ({ record_id })),
  );
  const after = await f.change(f.anna, 'POST', '/v1/beheer/people/export', { phone: '0345424242' });
  assert.deepEqual([after.body.rides, after.body.messages, after.body.views], [[], [], []]);
});

test('retention: a ride request goes RIDE_RETENTION_DAYS after its day, a cancelled one after it was cancelled; the report keeps its counts', async () => {
  const f = await ridesFixture();
  await f.db.query('delete from ride_requests');
  const driven = await f.ride({ date: '2026-12-14' });
  const cancelledEarly = await f.ride({ date: '2027-03-01', time: '11:00' });
  const later = await f.ride({ date: '2027-01-20', time: '10:00' });
  assert.equal((await f.change(f.anna, 'POST', ridePath(driven, 'confirm'), confirmBody())).status, 200);
  assert.equal((await f.change(f.anna, 'POST', ridePath(cancelledEarly, 'cancel'))).status, 200); // 1 December, 10.00
  const report = async () => (await f.get(f.anna, '/v1/beheer/ride-report?from=2026-12&to=2026-12')).body.totals;
  const counted = await report();
  const [stat] = await f.rows<{ id: string }>('select s.id::text as id from ride_stats s join ride_requests r on r.id = s.ride_request_id where r.reference = $1', [driven]);
  const left = async () => (await f.rows<{ reference: string }>('select reference from ride_requests order by id')).map((r) => r.reference);

  const at = (iso: string) => removeExpired(f.db, { days: 90, rideDays: 30, now: new Date(iso) });
  assert.equal((await at('2026-12-31T08:00:00Z')).rides, 0, '29 days after the cancel: kept');
  assert.equal((await at('2026-12-31T10:00:00Z')).rides, 1, '30 days after the cancel: gone');
  assert.deepEqual(await left(), [driven, later]);
  assert.equal((await at('2027-01-13T23:00:00Z')).rides, 0, 'the ride of 14 December: 30 days have not passed');
  const gone = await at('2027-01-14T00:30:00Z');
  assert.deepEqual([gone.rides, gone.messages], [1, 2]);
  assert.deepEqual(await left(), [later]);
  assert.deepEqual(await report(), counted, 'the counts stay');
  assert.deepEqual(await f.rows('select ride_request_id from ride_stats where id = $1', [stat!.id]), [{ ride_request_id: null }], 'its count stays, unlinked');

  // Bounded: a run deletes at most maxBatches × batchSize.
  for (let i = 0; i < 5; i++) await f.ride({ date: '2026-12-15', time: `${10 + i}:00`, returnTime: null });
  assert.equal((await removeExpired(f.db, { days: 90, rideDays: 30, now: new Date('2027-02-01T00:00:00Z'), batchSize: 2, maxBatches: 2 })).rides, 4);
  assert.equal((await removeExpired(f.db, { days: 90, rideDays: 30, now: new Date('2027-02-01T00:00:00Z'), batchSize: 2, maxBatches: 2 })).rides, 1);
});

const NAME = 'Hendrika Verborgen';
const PHONE = '06 2468 1357';
const EMAIL = 'h.verborgen@voorbeeld.example';
const STREET = 'Geheimelaan';
const NOTE = 'Diabetes, neemt insuline mee';
const REQUESTER = 'Zoon Zichtbaarniet';
const PERSONAL = [NAME, 'Hendrika', 'Verborgen', PHONE, '24681357', '0624681357', EMAIL, STREET, NOTE, 'insuline', REQUESTER, 'Zichtbaarniet', '0612344321'];

test("no log line on a ride's whole way holds a name, phone number, address or mobility note", { timeout: 120_000 }, async () => {
  const f = await ridesFixture();
  const log = createLogger('info', (line) => f.logLines.push(line));
  const ref = await f.ride({ passengerName: NAME, passengerPhone: PHONE, passengerEmail: EMAIL, street: STREET, mobilityNote: NOTE, date: '2026-12-03',
    requester: { name: REQUESTER, phone: '06 1234 4321', email: null, relation: 'family' } });
  const second = await f.ride({ passengerName: NAME, passengerPhone: PHONE, passengerEmail: null, street: STREET, mobilityNote: NOTE, time: '14:00', returnTime: null });
  assert.equal((await f.get(f.anna, `/v1/beheer/ride-requests?from=2026-12-01&to=${RIDE_DAY}`)).status, 200);
  assert.equal((await f.get(f.anna, ridePath(ref))).status, 200);
  assert.equal((await f.change(f.anna, 'POST', ridePath(ref, 'confirm'), confirmBody({ driverId: DRIVERS.mies }))).status, 422);
  assert.equal((await f.change(f.anna, 'POST', ridePath(ref, 'confirm'), confirmBody())).status, 200);
  assert.equal((await f.change(f.anna, 'POST', ridePath(second, 'decline'), { reason: `Geen plek voor ${NAME}` })).status, 200);
  assert.equal((await f.get(f.jan, '/v1/beheer/ride-sheet?date=2026-12-03')).status, 200);
  assert.equal((await f.get(f.anna, '/v1/beheer/messages?limit=100')).status, 200);
  const [task] = (await rideMessages(f, second)).filter((m) => m.channel === 'phone');
  assert.equal((await f.change(f.anna, 'POST', `/v1/beheer/messages/${task!.id}/done`)).status, 200);
  await writeReminders(f.db, new Date('2026-12-01T23:05:00Z'));
  assert.equal((await f.get(f.anna, '/v1/beheer/ride-report')).status, 200);
  assert.equal((await f.change(f.anna, 'POST', '/v1/beheer/people/export', { phone: PHONE })).status, 200);
  const job = new RetentionJob({ db: f.db, days: 90, rideDays: 30, log, now: () => new Date(Date.parse('2026-12-03T12:00:00Z') + 31 * DAY) }).start();
  await job.stop();
  assert.deepEqual(await f.rows('select 1 from ride_requests where reference = $1', [ref]), [], 'the job removed it');

  const lines = f.logLines;
  assert.ok(lines.some((l) => JSON.parse(l).msg === 'request'), 'the logger was writing');
  assert.ok(lines.some((l) => /retention removed/.test(l)), 'the retention run was logged');
  for (const line of lines) {
    for (const personal of PERSONAL) assert.ok(!line.toLowerCase().includes(personal.toLowerCase()), `"${personal}" in: ${line}`);
  }
});
