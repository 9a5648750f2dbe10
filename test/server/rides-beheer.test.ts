// The driver's day sheet, the funders' report and the reminder the day before a ride.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeReminders } from '../../server/messages/reminders.ts';
import { confirmBody, DRIVERS, RIDE_DAY, rideAudit, rideMessages, ridePath, ridesFixture } from './rides-dispatch-fixture.ts';

test("a driver's day sheet: every pick-up in time order, with address, phone and mobility; a driver sees only their own", async () => {
  const f = await ridesFixture();
  const second = await f.ride({ passengerName: 'Bep Tweede', time: '11:00', returnTime: '14:00', timeKind: 'pick-up-at', street: 'Molenweg', houseNumber: '3' });
  const first = await f.ride({ passengerName: 'Aad Eerste', time: '10:00', returnTime: '12:00' });
  const others = await f.ride({ passengerName: 'Truus Haar Rit', time: '10:00', returnTime: null });
  assert.equal((await f.change(f.anna, 'POST', ridePath(second, 'confirm'), confirmBody({ pickUpTime: '10:50', returnPickUpTime: '14:00' }))).status, 200);
  assert.equal((await f.change(f.anna, 'POST', ridePath(first, 'confirm'), confirmBody({ pickUpTime: '09:35', returnPickUpTime: '12:15' }))).status, 200);
  assert.equal((await f.change(f.anna, 'POST', ridePath(others, 'confirm'), confirmBody({ driverId: DRIVERS.truus, pickUpTime: '09:40', returnPickUpTime: undefined }))).status, 200);

  const sheet = await f.get(f.jan, `/v1/beheer/ride-sheet?date=${RIDE_DAY}`);
  assert.equal(sheet.status, 200, JSON.stringify(sheet.body));
  assert.deepEqual(sheet.body.driver, { id: DRIVERS.jan, name: 'Jan de Rijder', phone: '06 11112222' });
  assert.equal(sheet.body.vehicle.id, 'test-bus');
  assert.deepEqual(
    sheet.body.stops.map((s: any) => [s.time.slice(11, 16), s.leg, s.passengerName]),
    [['09:35', 'outward', 'Aad Eerste'], ['10:50', 'outward', 'Bep Tweede'], ['12:15', 'return', 'Aad Eerste'], ['14:00', 'return', 'Bep Tweede']],
  );
  const [out, , back] = sheet.body.stops;
  assert.equal(out.from, 'Kerkstraat 12a, 4153 AB Linde');
  assert.equal(out.to, 'Huisartsenpraktijk Linde, Dorpsstraat 1, 4153 AB Linde');
  assert.equal(out.arriveBy, `${RIDE_DAY}T10:00:00+01:00`, 'an appointment: when they must be there');
  assert.equal(out.phone, '0345 654321');
  assert.equal(out.mobility.note, 'Slechthorend: bel aan en wacht even.');
  assert.equal(back.from, out.to);
  assert.equal(back.to, out.from);
  assert.equal(sheet.body.stops[1].arriveBy, undefined, 'a pick-up time, no appointment');
  assert.deepEqual((await rideAudit(f, first)).map((a) => [a.action, a.email]).at(-1), ['view', 'jan.rijder@samenlinde.example']);

  assert.equal((await f.get(f.jan, `/v1/beheer/ride-sheet?date=${RIDE_DAY}&driver=${DRIVERS.jan}`)).status, 200, 'their own id');
  const refused = await f.get(f.jan, `/v1/beheer/ride-sheet?date=${RIDE_DAY}&driver=${DRIVERS.truus}`);
  assert.equal(refused.status, 403);
  assert.equal((await rideAudit(f, others)).filter((a) => a.action === 'view').length, 0, 'nothing of it shown');

  const coordinator = await f.get(f.anna, `/v1/beheer/ride-sheet?date=${RIDE_DAY}&driver=${DRIVERS.truus}`);
  assert.deepEqual(coordinator.body.stops.map((s: any) => s.passengerName), ['Truus Haar Rit']);
  const noDriver = await f.get(f.anna, `/v1/beheer/ride-sheet?date=${RIDE_DAY}`);
  assert.equal(noDriver.status, 400);
  assert.equal(noDriver.body.errors[0].name, 'driver');
  assert.equal((await f.get(f.anna, `/v1/beheer/ride-sheet?driver=0b6f6c3e-9999-4a1e-9f57-2b7f4c8d1a99`)).status, 404);
  assert.equal((await f.get(f.piet, `/v1/beheer/ride-sheet?driver=${DRIVERS.truus}`)).status, 403);
  // A cancelled ride leaves the sheet.
  await f.change(f.anna, 'POST', ridePath(first, 'cancel'));
  const after = await f.get(f.jan, `/v1/beheer/ride-sheet?date=${RIDE_DAY}`);
  assert.deepEqual(after.body.stops.map((s: any) => s.passengerName), ['Bep Tweede', 'Bep Tweede']);
});

test('the report for funders: per month, months without rides included, as JSON or CSV; counts stay when the requests are gone', async () => {
  const f = await ridesFixture();
  await f.db.query('delete from ride_stats');
  const a = await f.ride({ companions: 2, wheelchair: 'transfers' }); // 2 trips, 3 people, 9 km
  const b = await f.ride({ date: '2026-12-11', returnTime: null, distanceKm: null, time: '15:00' }); // 1 trip, unknown distance
  const c = await f.ride({ date: '2026-12-11', time: '16:00', returnTime: null }); // requested only: not counted
  await f.change(f.anna, 'POST', ridePath(a, 'confirm'), confirmBody());
  await f.change(f.anna, 'POST', ridePath(b, 'confirm'), confirmBody({ pickUpTime: '14:40', returnPickUpTime: undefined }));
  void c;

  const json = await f.get(f.anna, '/v1/beheer/ride-report?from=2026-10&to=2027-01');
  assert.equal(json.status, 200, JSON.stringify(json.body));
  assert.deepEqual(json.body.months.map((m: any) => m.month), ['2026-10', '2026-11', '2026-12', '2027-01']);
  assert.deepEqual(json.body.months[2], { month: '2026-12', rides: 3, passengers: 7, wheelchairRides: 2, kilometres: 9 });
  assert.deepEqual(json.body.months[0], { month: '2026-10', rides: 0, passengers: 0, wheelchairRides: 0, kilometres: 0 });
  assert.deepEqual(json.body.totals, { rides: 3, passengers: 7, wheelchairRides: 2, kilometres: 9 });
  const byDefault = await f.get(f.anna, '/v1/beheer/ride-report');
  assert.equal(byDefault.body.to, '2026-12');
  assert.equal(byDefault.body.from, '2025-12');

  const csv = await f.request('/v1/beheer/ride-report?from=2026-11&to=2026-12', { headers: { cookie: f.anna.cookie, accept: 'text/csv' } });
  assert.equal(csv.status, 200);
  assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.match(csv.headers.get('content-disposition') ?? '', /^attachment; filename="ritten-2026-11-tot-2026-12\.csv"$/);
  assert.equal(await csv.text(), 'Maand;Ritten;Passagiers;Rolstoelritten;Kilometers\r\n2026-11;0;0;0;0\r\n2026-12;3;7;2;9\r\nTotaal;3;7;2;9\r\n');
  const refused = await f.request('/v1/beheer/ride-report', { headers: { cookie: f.anna.cookie, accept: 'image/png' } });
  assert.equal(refused.status, 406);
  assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const preferCsv = await f.request('/v1/beheer/ride-report', { headers: { cookie: f.anna.cookie, accept: 'application/json;q=0.5, text/csv' } });
  assert.match(preferCsv.headers.get('content-type') ?? '', /^text\/csv/);
  assert.equal((await f.get(f.anna, '/v1/beheer/ride-report?from=2027-01&to=2026-12')).status, 400);
  assert.equal((await f.get(f.anna, '/v1/beheer/ride-report?from=2020-01&to=2026-12')).status, 400);
  assert.equal((await f.get(f.piet, '/v1/beheer/ride-report')).status, 403);
  assert.equal((await f.get(f.jan, '/v1/beheer/ride-report')).status, 403);

  // The personal data goes (as the retention job does it); the counts stay.
  await f.db.query('delete from ride_requests where reference = any($1::text[])', [[a, b, c]]);
  const later = await f.get(f.anna, '/v1/beheer/ride-report?from=2026-12&to=2026-12');
  assert.deepEqual(later.body.totals, { rides: 3, passengers: 7, wheelchairRides: 2, kilometres: 9 });
});

test('the day before a confirmed ride, one reminder to the passenger side, however often the job runs', async () => {
  const f = await ridesFixture();
  const byMail = await f.ride({ date: '2026-12-03', returnTime: null });
  const byPhone = await f.ride({ date: '2026-12-03', passengerEmail: null, returnTime: null, time: '11:00' });
  const notConfirmed = await f.ride({ date: '2026-12-03', returnTime: null, time: '13:00' });
  for (const ref of [byMail, byPhone]) assert.equal((await f.change(f.anna, 'POST', ridePath(ref, 'confirm'), confirmBody({ returnPickUpTime: undefined }))).status, 200);
  const reminders = async (ref: string) => rideMessages(f, ref, 'ride-reminder');

  // Tuesday 1 December: two days before, nothing yet.
  await writeReminders(f.db, new Date('2026-12-01T22:00:00Z'));
  assert.deepEqual(await reminders(byMail), []);
  // Just after midnight in Linde on Wednesday (still Tuesday in UTC).
  const dayBefore = new Date('2026-12-01T23:05:00Z');
  await Promise.all([writeReminders(f.db, dayBefore), writeReminders(f.db, dayBefore)]);
  await writeReminders(f.db, dayBefore);
  const [mail] = await reminders(byMail);
  assert.equal((await reminders(byMail)).length, 1);
  assert.equal(mail!.recipient, 'willemijn@voorbeeld.example');
  assert.match(mail!.body, /morgen komt de dorpsbus om 9\.35 uur bij de deur/);
  assert.deepEqual((await reminders(byPhone)).map((m) => m.channel), ['phone'], 'no e-mail: a "bellen" task');
  assert.deepEqual(await reminders(notConfirmed), []);
  // After the pick-up time nothing more is written.
  assert.equal(await writeReminders(f.db, new Date('2026-12-03T09:00:00Z')), 0);
});
