// The coordinator's dispatch of the village bus (/beheer): who sees the requests, what is
// written to the audit log, and what confirm, decline and cancel do to the request, the
// held places, the anonymous counts and the outbox. Runs on PGlite, and on PostgreSQL
// under test/with-postgres.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confirmBody, DRIVERS, RIDE_DAY, rideAudit, rideMessages, ridePath, ridesFixture, type RidesFixture } from './rides-dispatch-fixture.ts';

/** The anonymous count of one request for the report. */
const statsOf = (f: RidesFixture, reference: string) =>
  f.rows(
    `select to_char(month, 'YYYY-MM-DD') as month, trips, passengers, wheelchair, kilometres::float8 as km
       from ride_stats where ride_request_id = (select id from ride_requests where reference = $1)`,
    [reference],
  );

test('a coordinator lists the requests of a window of days with names, addresses and mobility; each one shown is in the audit log', async () => {
  const f = await ridesFixture();
  const late = await f.ride({ time: '14:00', returnTime: null, passengerName: 'Hendrik Later' });
  const early = await f.ride({ time: '09:30', passengerName: 'Aaltje Vroeg', companions: 1 });
  const otherDay = await f.ride({ date: '2026-12-11', time: '11:00', returnTime: null });

  const list = await f.get(f.anna, `/v1/beheer/ride-requests?from=${RIDE_DAY}&to=${RIDE_DAY}`);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  assert.equal(list.headers.get('cache-control'), 'no-store');
  const refs = list.body.items.map((r: any) => r.reference);
  assert.ok(refs.indexOf(early) < refs.indexOf(late), 'by time of day');
  assert.ok(!refs.includes(otherDay), 'only the asked days');
  const shown = list.body.items.find((r: any) => r.reference === early);
  assert.equal(shown.passenger.name, 'Aaltje Vroeg');
  assert.deepEqual(shown.passenger.address, { postalCode: '4153 AB', houseNumber: '12a', street: 'Kerkstraat', locality: 'Linde' });
  assert.deepEqual(shown.passenger.mobility, { rollator: true, wheelchair: 'none', helpAtDoor: true, note: 'Slechthorend: bel aan en wacht even.' });
  assert.equal(shown.seats, 2);
  assert.equal(shown.status, 'requested');
  for (const ref of refs) assert.deepEqual(await rideAudit(f, ref), [{ action: 'view', email: 'anna@samenlinde.example' }]);
  // The audit rows hold the reference, never the name.
  assert.deepEqual(await f.rows(`select 1 from audit_log where record_id like '%Aaltje%'`), []);

  const requestedOnly = await f.get(f.anna, `/v1/beheer/ride-requests?from=${RIDE_DAY}&to=2026-12-11&status=confirmed`);
  assert.equal(requestedOnly.body.total, 0);

  const one = await f.get(f.anna, ridePath(late));
  assert.equal(one.status, 200);
  assert.equal(one.body.passenger.name, 'Hendrik Later');
  assert.equal((await rideAudit(f, late)).length, 2);

  assert.equal((await f.get(f.anna, ridePath('RT-0000-0000'))).status, 404);
  const tooLong = await f.get(f.anna, `/v1/beheer/ride-requests?from=2026-12-01&to=2027-03-01`);
  assert.equal(tooLong.status, 400);
  assert.equal(tooLong.body.errors[0].name, 'to');
  assert.equal((await f.get(f.anna, `/v1/beheer/ride-requests?from=2026-12-10&to=2026-12-09`)).status, 400);

  // Not for an organisation contact, nor for a driver: and nothing is written for them.
  for (const who of [f.piet, f.jan]) {
    const refused = await f.get(who, `/v1/beheer/ride-requests?from=${RIDE_DAY}&to=${RIDE_DAY}`);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.type, 'urn:buurtkit:problem:forbidden');
    assert.equal((await f.get(who, ridePath(late))).status, 403);
  }
  assert.equal((await rideAudit(f, late)).length, 2);
});

test('confirming needs a driver who may drive that day, named in plain Dutch when not', async () => {
  const f = await ridesFixture();
  const ref = await f.ride();
  const refuse = async (body: Record<string, unknown>, field: string, pattern: RegExp) => {
    const res = await f.change(f.anna, 'POST', ridePath(ref, 'confirm'), body);
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.equal(res.body.errors[0].name, field);
    assert.match(res.body.errors[0].detail, pattern);
  };
  await refuse(confirmBody({ driverId: DRIVERS.kees }), 'driverId', /Kees mag op donderdag 10 december 2026 niet rijden: rijbewijs verlopen/);
  await refuse(confirmBody({ driverId: DRIVERS.mies }), 'driverId', /geen VOG van de laatste drie jaar/);
  await refuse(confirmBody({ driverId: DRIVERS.els }), 'driverId', /geen VOG van de laatste drie jaar/);
  await refuse(confirmBody({ driverId: DRIVERS.gerrit }), 'driverId', /rijdt niet meer mee/);
  await refuse(confirmBody({ driverId: '0b6f6c3e-9999-4a1e-9f57-2b7f4c8d1a99' }), 'driverId', /Er is geen chauffeur/);
  await refuse(confirmBody({ pickUpTime: '08:30' }), 'pickUpTime', /08:30 valt buiten de tijden van de bus.*09:00 tot 17:00/);
  await refuse(confirmBody({ returnPickUpTime: '17:30' }), 'returnPickUpTime', /buiten de tijden/);
  await refuse(confirmBody({ returnPickUpTime: undefined }), 'returnPickUpTime', /terugreis/);
  await refuse(confirmBody({ returnPickUpTime: '09:00' }), 'returnPickUpTime', /na het ophalen/);
  await refuse(confirmBody({ vehicleId: 'geen-bus' }), 'vehicleId', /geen bus/);
  const oneWay = await f.ride({ returnTime: null, time: '15:00' });
  const extra = await f.change(f.anna, 'POST', ridePath(oneWay, 'confirm'), confirmBody({ pickUpTime: '14:30' }));
  assert.equal(extra.status, 422);
  assert.equal(extra.body.errors[0].name, 'returnPickUpTime');

  assert.deepEqual(await f.rows(`select status from ride_requests where reference = $1`, [ref]), [{ status: 'requested' }], 'nothing changed');
  assert.deepEqual(await rideMessages(f, ref), []);
  assert.deepEqual(await statsOf(f, ref), []);
});

test('confirming sets driver and times, counts it anonymously, tells the passenger and the driver; the same again changes nothing', async () => {
  const f = await ridesFixture();
  const heldBefore = await f.held();
  const ref = await f.ride({ companions: 1, wheelchair: 'transfers' });
  const res = await f.change(f.anna, 'POST', ridePath(ref, 'confirm'), confirmBody());
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.status, 'confirmed');
  assert.equal(res.body.pickUpTime, `${RIDE_DAY}T09:35:00+01:00`);
  assert.equal(res.body.returnPickUpTime, `${RIDE_DAY}T12:00:00+01:00`);
  assert.equal(res.body.driverFirstName, 'Jan');
  assert.deepEqual(res.body.driver, { id: DRIVERS.jan, name: 'Jan de Rijder' });
  assert.equal(res.body.vehicleId, 'test-bus', 'the first active bus by default');
  assert.ok(res.body.confirmedAt);

  const stats = await statsOf(f, ref);
  assert.deepEqual(stats, [{ month: '2026-12-01', trips: 2, passengers: 2, wheelchair: true, km: 9 }]);

  const messages = await rideMessages(f, ref);
  assert.deepEqual(messages.map((m) => [m.kind, m.channel, m.recipient]), [
    ['ride-confirmed', 'email', 'willemijn@voorbeeld.example'],
    ['ride-driver-notice', 'email', 'jan.rijder@samenlinde.example'],
  ]);
  assert.match(messages[0]!.body, /De bus komt om 9\.35 uur bij de deur\. Jan rijdt\. Voor de terugweg haalt de bus u om 12\.00 uur op\./);
  // The driver's notice holds the day and time, not the passenger's name or address.
  assert.doesNotMatch(messages[1]!.body, /Willemijn|Kerkstraat|Slechthorend/);
  assert.deepEqual((await rideAudit(f, ref)).map((a) => a.action), ['confirm']);

  const again = await f.change(f.anna, 'POST', ridePath(ref, 'confirm'), confirmBody());
  assert.equal(again.status, 200);
  assert.deepEqual(again.body, res.body);
  assert.equal((await rideMessages(f, ref)).length, 2, 'nothing sent again');
  assert.equal((await statsOf(f, ref)).length, 1);
  assert.deepEqual((await rideAudit(f, ref)).map((a) => a.action), ['confirm', 'view']);

  // Another driver: Jan hears it is off, Truus (no account) becomes a "bellen" task, the passenger hears the new driver.
  const changed = await f.change(f.anna, 'POST', ridePath(ref, 'confirm'), confirmBody({ driverId: DRIVERS.truus, pickUpTime: '09:30' }));
  assert.equal(changed.status, 200);
  assert.equal(changed.body.driverFirstName, 'Truus');
  assert.equal(changed.body.confirmedAt, res.body.confirmedAt, 'confirmed when first confirmed');
  const after = (await rideMessages(f, ref)).slice(2);
  assert.deepEqual(after.map((m) => [m.kind, m.channel, m.recipient]), [
    ['ride-confirmed', 'email', 'willemijn@voorbeeld.example'],
    ['ride-driver-notice', 'phone', '0633334444'],
    ['ride-driver-notice', 'email', 'jan.rijder@samenlinde.example'],
  ]);
  assert.match(after[2]!.subject, /gaat niet door/);
  assert.equal((await statsOf(f, ref)).length, 1, 'still one count');
  // Confirming holds nothing more: the places were held when the request was stored.
  const held = await f.held();
  assert.deepEqual(held, await f.heldByOpenRequests());
  assert.notDeepEqual(held, heldBefore);
});

test('declining frees the places, removes the count and tells the passenger why; a declined request cannot be confirmed', async () => {
  const f = await ridesFixture();
  const ref = await f.ride({ passengerEmail: null, requester: { name: 'Dochter Dina', phone: '06 24681357', email: 'dina@voorbeeld.example', relation: 'family' } });
  assert.equal((await f.change(f.anna, 'POST', ridePath(ref, 'confirm'), confirmBody())).status, 200);
  const res = await f.change(f.anna, 'POST', ridePath(ref, 'decline'), { reason: 'Er is die dag geen chauffeur.', alternatives: 'De regiotaxi rijdt wel, bel 0900 1234567.' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.status, 'declined');
  assert.equal(res.body.declineReason, 'Er is die dag geen chauffeur.');
  assert.equal(res.body.alternatives, 'De regiotaxi rijdt wel, bel 0900 1234567.');
  assert.equal(res.body.canCancel, false);
  assert.equal(res.body.driver, undefined, 'nobody drives it');
  assert.deepEqual(await f.held(), await f.heldByOpenRequests());
  assert.deepEqual(await statsOf(f, ref), []);
  const declined = (await rideMessages(f, ref)).filter((m) => m.kind !== 'ride-confirmed');
  assert.deepEqual(declined.map((m) => [m.kind, m.recipient]), [
    ['ride-driver-notice', 'jan.rijder@samenlinde.example'], // assigned
    ['ride-declined', 'dina@voorbeeld.example'], // the requester, who gave an address
    ['ride-driver-notice', 'jan.rijder@samenlinde.example'], // taken off
  ]);
  assert.match(declined[1]!.body, /De reden: Er is die dag geen chauffeur\.\n\nWat wel kan: De regiotaxi/);

  for (const [action, body] of [['decline', { reason: 'Nog eens' }], ['confirm', confirmBody()], ['cancel', undefined]] as const) {
    const refused = await f.change(f.anna, 'POST', ridePath(ref, action), body);
    assert.equal(refused.status, 409, action);
    assert.equal(refused.body.type, 'urn:buurtkit:problem:conflict');
  }
  assert.equal((await rideMessages(f, ref)).length, 4, 'nothing more sent');
});

test('cancelling for the passenger frees the places and tells both sides; twice answers the same', async () => {
  const f = await ridesFixture();
  const ref = await f.ride({ passengerEmail: null, wheelchair: 'seated' });
  const before = await f.held();
  assert.equal((await f.change(f.anna, 'POST', ridePath(ref, 'confirm'), confirmBody({ driverId: DRIVERS.truus }))).status, 200);
  const res = await f.change(f.anna, 'POST', ridePath(ref, 'cancel'));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.status, 'cancelled');
  assert.ok(res.body.cancelledAt);
  assert.deepEqual(await f.held(), await f.heldByOpenRequests());
  assert.notDeepEqual(await f.held(), before, 'the wheelchair place came free');
  assert.deepEqual(await statsOf(f, ref), []);
  const messages = await rideMessages(f, ref);
  // Nobody gave an e-mail address: every message is a "bellen" task, the passenger's number without spaces.
  assert.deepEqual(messages.map((m) => [m.kind, m.channel, m.recipient]), [
    ['ride-confirmed', 'phone', '0345654321'],
    ['ride-driver-notice', 'phone', '0633334444'],
    ['ride-cancelled', 'phone', '0345654321'],
    ['ride-driver-notice', 'phone', '0633334444'],
  ]);

  const again = await f.change(f.anna, 'POST', ridePath(ref, 'cancel'));
  assert.equal(again.status, 200);
  assert.deepEqual(again.body, res.body);
  assert.equal((await rideMessages(f, ref)).length, 4);
  assert.deepEqual((await rideAudit(f, ref)).map((a) => a.action), ['confirm', 'cancel', 'view']);
  // Without the CSRF token nothing happens.
  const other = await f.ride();
  assert.equal((await f.change(f.anna, 'POST', ridePath(other, 'cancel'), undefined, { csrf: false })).status, 403);
  assert.deepEqual(await f.rows('select status from ride_requests where reference = $1', [other]), [{ status: 'requested' }]);
});

test('the drivers for a day: who may drive, and why not in plain Dutch; coordinators only', async () => {
  const f = await ridesFixture();
  const res = await f.get(f.anna, `/v1/beheer/ride-drivers?date=${RIDE_DAY}`);
  assert.equal(res.status, 200);
  const ours = res.body.items.filter((d: any) => Object.values(DRIVERS).includes(d.id));
  assert.deepEqual(
    ours.map((d: any) => [d.firstName, d.eligible, d.notEligibleBecause]),
    [
      ['Els', false, 'Geen VOG van de laatste drie jaar'],
      ['Jan', true, undefined],
      ['Kees', false, 'Rijbewijs verlopen'],
      ['Mies', false, 'Geen VOG van de laatste drie jaar'],
      ['Truus', true, undefined],
    ],
    'active drivers only, by first name',
  );
  // On 1 December Kees's licence was still valid.
  const earlier = await f.get(f.anna, '/v1/beheer/ride-drivers?date=2026-12-01');
  assert.equal(earlier.body.items.find((d: any) => d.id === DRIVERS.kees).eligible, true);
  assert.equal((await f.get(f.piet, '/v1/beheer/ride-drivers')).status, 403);
  assert.equal((await f.get(f.jan, '/v1/beheer/ride-drivers')).status, 403);
});

test('the phone tasks: ride messages in Berichten with their reference and channel, "Gebeld" marks one done once', async () => {
  const f = await ridesFixture();
  const ref = await f.ride({ passengerEmail: null });
  assert.equal((await f.change(f.anna, 'POST', ridePath(ref, 'confirm'), confirmBody())).status, 200);
  const [task, email] = await rideMessages(f, ref);
  assert.equal(task!.channel, 'phone');
  assert.equal(email!.channel, 'email');

  const page = await f.get(f.anna, '/v1/beheer/messages?limit=100');
  assert.equal(page.status, 200);
  const listed = page.body.items.find((m: any) => m.id === task!.id);
  assert.equal(listed.rideReference, ref);
  assert.equal(listed.channel, 'phone');
  assert.equal(listed.state, 'waiting');
  assert.equal(listed.recipient, '0345654321');
  // An organisation contact never sees a ride's messages; a driver has no Berichten at all.
  const own = await f.get(f.piet, '/v1/beheer/messages?limit=100');
  assert.equal(own.status, 200);
  assert.ok(own.body.items.every((m: any) => !m.rideReference));
  assert.equal((await f.get(f.jan, '/v1/beheer/messages')).status, 403);

  const done = await f.change(f.anna, 'POST', `/v1/beheer/messages/${task!.id}/done`);
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.equal(done.body.state, 'sent');
  assert.equal(done.body.sentAt, '2026-12-01T10:00:00+01:00');
  const twice = await f.change(f.anna, 'POST', `/v1/beheer/messages/${task!.id}/done`);
  assert.deepEqual(twice.body, done.body);
  assert.deepEqual(
    await f.rows(`select action from audit_log where record_type = 'message' and record_id = $1 order by id`, [task!.id]),
    [{ action: 'view' }, { action: 'done' }, { action: 'view' }],
  );
  const mail = await f.change(f.anna, 'POST', `/v1/beheer/messages/${email!.id}/done`);
  assert.equal(mail.status, 409);
  assert.deepEqual((await rideMessages(f, ref)).map((m) => m.sent_at !== null), [true, false]);
  assert.equal((await f.change(f.anna, 'POST', '/v1/beheer/messages/999999999/done')).status, 404);
  assert.equal((await f.change(f.piet, 'POST', `/v1/beheer/messages/${task!.id}/done`)).status, 403);
});
