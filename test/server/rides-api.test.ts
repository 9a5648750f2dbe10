// The village bus as a resident (or a family member) uses it through the API: what the bus
// offers, the free places, asking for a ride and the clear answers when it cannot be, the
// status page, cancelling, and the messages each step queues. Every answer is checked
// against the contract.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contractViolations } from '../contract/conformance.ts';
import { findOperation } from '../../server/contract.ts';
import { blockOf, NOW, postRide, request, rideBody, ridesApp, setNow, withToken, type Answer } from './rides-fixture.ts';

function conforms(operationId: string, a: Answer) {
  assert.deepEqual(contractViolations(operationId, { status: a.status, contentType: a.headers.get('content-type') ?? '', body: a.body }), []);
}

/** A 422 naming `field`, in Dutch, matching `detail`. */
function assertField(a: Answer, field: string, detail: RegExp) {
  assert.equal(a.status, 422, JSON.stringify(a.body));
  assert.equal(a.body.type, 'urn:buurtkit:problem:invalid-body');
  assert.deepEqual(a.body.errors.map((e: { name: string }) => e.name), [field]);
  assert.match(a.body.errors[0].detail, detail);
  conforms('createRideRequest', a);
}

async function outboxOf(reference: string) {
  const { db } = await ridesApp();
  const { rows } = await db.query<{ kind: string; channel: string; recipient: string; subject: string; body: string }>(
    `select o.kind, o.channel, o.recipient, o.subject, o.body from outbox o join ride_requests r on r.id = o.ride_request_id where r.reference = $1 order by o.id`,
    [reference],
  );
  return rows;
}

describe('GET /v1/rides', () => {
  it('tells what the bus offers: seats, hours, lead time, cost, area, places, activities it serves and the privacy text', async () => {
    const a = await request('/v1/rides');
    assert.equal(a.status, 200);
    conforms('getRideService', a);
    const s = a.body;
    assert.equal(s.name, 'Linde op stap-bus');
    assert.deepEqual(s.vehicles, [{ id: 'linde-op-stap-bus', name: 'Linde op stap-bus', seats: 7, wheelchairPlaces: 1, wheelchairSeated: true }]);
    assert.deepEqual(s.leadTime, { workingDays: 2, earliestDate: '2026-12-03' });
    assert.equal(s.bookingUntil, '2027-01-26');
    assert.deepEqual(s.cost, { kind: 'fixed', amountCents: 250, text: '€ 2,50 per rit' });
    assert.deepEqual(s.serviceArea.postcodes, ['4199']);
    assert.deepEqual(s.places.map((p: { kind: string }) => p.kind).sort(), ['anders', 'huisarts', 'station', 'supermarkt', 'ziekenhuis']);
    assert.equal(s.privacy.version, 'vervoer-2026-12');
    assert.match(s.privacy.who, /coördinator .* chauffeur/);
    assert.match(s.privacy.howLong, /30 dagen na de rit/);
    // The Tuesday koffieochtend (10.00) is served; the eetcafé at 17.30 is after the bus stops.
    const ids = s.activities.map((o: { occurrenceId: string }) => o.occurrenceId);
    assert.ok(ids.includes('koffieochtend-dorpshuis-20261208T1000'), ids.join(' '));
    assert.ok(!ids.some((id: string) => id.startsWith('eetcafe-aan-tafel')), 'outside the service hours');
    assert.ok(!ids.some((id: string) => id.startsWith('kerstdiner-2026')), 'on Eerste Kerstdag the bus does not run');
    assert.equal(a.headers.get('cache-control'), 'no-cache');
  });
});

describe('GET /v1/rides/availability', () => {
  it('lists every day with service hours: too soon, open and blocked (with the reason), with seats per block', async () => {
    const a = await request('/v1/rides/availability?from=2026-12-21&to=2026-12-28');
    assert.equal(a.status, 200);
    conforms('getRideAvailability', a);
    const days = a.body.days.map((d: { date: string; status: string; reason?: string; blocks: unknown[] }) => [d.date, d.status, d.reason ?? '', d.blocks.length]);
    assert.deepEqual(days, [
      ['2026-12-21', 'open', '', 8],
      ['2026-12-22', 'open', '', 8],
      ['2026-12-23', 'open', '', 8],
      ['2026-12-24', 'open', '', 8],
      ['2026-12-25', 'blocked', 'Eerste Kerstdag', 0],
      ['2026-12-26', 'blocked', 'Tweede Kerstdag', 0],
      ['2026-12-28', 'open', '', 8],
    ]);
    assert.deepEqual(a.body.days[0].blocks[0], { start: '2026-12-21T09:00:00+01:00', end: '2026-12-21T10:00:00+01:00', seatsLeft: 7, wheelchairPlacesLeft: 1 });
  });

  it('defaults to four weeks from today, inside the lead time "too-soon"', async () => {
    const a = await request('/v1/rides/availability');
    assert.equal(a.status, 200);
    assert.deepEqual([a.body.from, a.body.to], ['2026-12-01', '2026-12-28']);
    assert.deepEqual(a.body.days.slice(0, 3).map((d: { status: string }) => d.status), ['too-soon', 'too-soon', 'open']);
    // Saturday morning: three blocks.
    assert.equal(a.body.days.find((d: { date: string }) => d.date === '2026-12-05').blocks.length, 3);
  });

  it('refuses a window longer than 62 days or ending before it starts, naming `to`', async () => {
    for (const q of ['from=2026-12-01&to=2027-02-02', 'from=2026-12-10&to=2026-12-09', 'from=1900-01-01&to=2200-12-31']) {
      const a = await request(`/v1/rides/availability?${q}`);
      assert.equal(a.status, 400, q);
      assert.deepEqual(a.body.errors.map((e: { name: string }) => e.name), ['to']);
      conforms('getRideAvailability', a);
    }
    const ok = await request('/v1/rides/availability?from=2026-12-01&to=2027-02-01');
    assert.equal(ok.status, 200);
  });

  it('lists nothing outside the booking window, however far the dates', async () => {
    for (const q of ['from=2200-11-01&to=2200-12-31', 'from=1900-01-01&to=1900-03-01', 'from=9999-01-01', 'from=1899-12-31']) {
      const a = await request(`/v1/rides/availability?${q}`);
      assert.ok(a.status === 200 || a.status === 400, `${q}: ${a.status}`);
      if (a.status === 200) assert.deepEqual(a.body.days, [], q);
      conforms('getRideAvailability', a);
    }
  });

  it('changes at once when a request is made or cancelled: the ETag too', async () => {
    const first = await request('/v1/rides/availability?from=2026-12-10&to=2026-12-10');
    const etag = first.headers.get('etag')!;
    assert.ok(etag);
    const again = await request('/v1/rides/availability?from=2026-12-10&to=2026-12-10', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304, 'unchanged: 304');
    const made = await postRide(rideBody({ passenger: { companions: 2 }, trip: { date: '2026-12-10', time: '09:30' } }));
    assert.equal(made.status, 201);
    const after = await request('/v1/rides/availability?from=2026-12-10&to=2026-12-10', { headers: { 'if-none-match': etag } });
    assert.equal(after.status, 200, 'the old ETag no longer matches');
    assert.equal(after.body.days[0].blocks[0].seatsLeft, 4, 'the passenger and two companions');
    const cancelled = await request(`/v1/ride-requests/${made.body.reference}`, withToken(made.body.token, 'DELETE'));
    assert.equal(cancelled.status, 200);
    assert.equal((await blockOf('2026-12-10', '09:00')).seatsLeft, 7, 'the seats are free again');
  });
});

describe('POST /v1/ride-requests', () => {
  it('stores the request, holds its seats both ways, and answers with the reference and token', async () => {
    const before = [await blockOf('2026-12-08', '10:00'), await blockOf('2026-12-08', '12:00')];
    const a = await postRide(
      rideBody({
        passenger: { email: 'riet@example.org' },
        destination: { occurrenceId: 'koffieochtend-dorpshuis-20261208T1000' },
        trip: { date: '2026-12-08', time: '10:00', returnTime: '12:00' },
      }),
    );
    assert.equal(a.status, 201, JSON.stringify(a.body));
    conforms('createRideRequest', a);
    assert.match(a.body.reference, /^RT-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.equal(a.headers.get('location'), `/v1/ride-requests/${a.body.reference}`);
    assert.equal(a.headers.get('cache-control'), 'no-store');
    assert.equal(a.body.status, 'requested');
    assert.equal(a.body.destination.occurrenceId, 'koffieochtend-dorpshuis-20261208T1000');
    assert.match(a.body.destination.name, /^Koffieochtend/);
    assert.deepEqual(a.body.cost, { amountCents: 500, text: '€ 5,00 (heen en terug)' });
    const after = [await blockOf('2026-12-08', '10:00'), await blockOf('2026-12-08', '12:00')];
    assert.deepEqual(after.map((b) => b.seatsLeft), before.map((b) => b.seatsLeft - 1));
    // Only the token's hash is stored.
    const { db } = await ridesApp();
    const { rows } = await db.query<{ token_hash: string; cost_cents: number; pickup_locality: string }>('select token_hash, cost_cents, pickup_locality from ride_requests where reference = $1', [a.body.reference]);
    assert.notEqual(rows[0]!.token_hash, a.body.token);
    assert.equal(rows[0]!.cost_cents, 500);
    assert.equal(rows[0]!.pickup_locality, 'Linde', 'the village of the postcode');
    // Received, by e-mail to the address given; the coordinator's notice without name or health data.
    const mails = await outboxOf(a.body.reference);
    assert.deepEqual(mails.map((m) => [m.kind, m.channel, m.recipient]), [
      ['ride-received', 'email', 'riet@example.org'],
      ['ride-notice', 'email', 'samenlinde@example.org'],
    ]);
    assert.match(mails[0]!.body, /Beste Riet van Dam/);
    assert.doesNotMatch(mails[1]!.body, /Riet|Dorpsstraat|rollator/i);
    for (const m of mails) assert.ok(!m.body.includes(a.body.token), 'no token in a message');
  });

  it("accepts the contract's own example (so the property tests' valid bodies reach the write)", async () => {
    const example = (findOperation('createRideRequest')!.requestBody!.content['application/json'] as { example: unknown }).example;
    const a = await postRide(example);
    assert.equal(a.status, 201, JSON.stringify(a.body));
  });

  it('queues no received message, and no "bellen" task for it, when nobody gave an e-mail address', async () => {
    const a = await postRide(rideBody({ trip: { date: '2026-12-09', time: '11:15' } }));
    assert.equal(a.status, 201);
    assert.deepEqual((await outboxOf(a.body.reference)).map((m) => m.kind), ['ride-notice']);
  });

  it('tells a family member who asks on the passenger\'s behalf, and holds a seat for a companion', async () => {
    const a = await postRide(
      rideBody({
        passenger: { companions: 1 },
        requester: { name: 'Kees van Dam', phone: '06 87654321', email: 'kees@example.org', relation: 'family' },
        destination: { placeId: 'ziekenhuis-rivierenland' },
        trip: { date: '2026-12-09', time: '13:00' },
      }),
    );
    assert.equal(a.status, 201, JSON.stringify(a.body));
    assert.equal((await blockOf('2026-12-09', '13:00')).seatsLeft, 5);
    assert.deepEqual((await outboxOf(a.body.reference)).filter((m) => m.kind === 'ride-received').map((m) => m.recipient), ['kees@example.org']);
    assert.deepEqual(a.body.cost, { amountCents: 250, text: '€ 2,50 (enkele reis)' });
  });

  it('says "bel de coördinator" inside the lead time (too-soon, with the phone)', async () => {
    for (const date of ['2026-12-01', '2026-12-02']) {
      const a = await postRide(rideBody({ trip: { date } }));
      assert.equal(a.status, 422);
      assert.equal(a.body.type, 'urn:buurtkit:problem:too-soon');
      assert.equal(a.body.phone, '0345-000020');
      assert.match(a.body.detail, /minstens 2 werkdagen van tevoren.*Bel de coördinator op 0345-000020/);
      assert.deepEqual(a.body.errors.map((e: { name: string }) => e.name), ['trip.date']);
      conforms('createRideRequest', a);
    }
  });

  it('refuses, naming the field in Dutch: a blocked day, a day without service, too far ahead, a day gone by', async () => {
    assertField(await postRide(rideBody({ trip: { date: '2026-12-25' } })), 'trip.date', /rijdt de bus niet: Eerste Kerstdag/);
    assertField(await postRide(rideBody({ trip: { date: '2026-12-06' } })), 'trip.date', /Op zondag rijdt de bus niet/);
    assertField(await postRide(rideBody({ trip: { date: '2027-01-27' } })), 'trip.date', /tot en met dinsdag 26 januari 2027/);
    assertField(await postRide(rideBody({ trip: { date: '2026-11-30' } })), 'trip.date', /al voorbij/);
    assertField(await postRide(rideBody({ trip: { date: '9999-12-31' } })), 'trip.date', /.+/);
    assertField(await postRide(rideBody({ trip: { date: '1899-12-31' } })), 'trip.date', /.+/);
  });

  it('refuses times outside the service hours, and a return not after the outward trip', async () => {
    assertField(await postRide(rideBody({ trip: { time: '08:30' } })), 'trip.time', /Om 8\.30 uur rijdt de bus niet\. Op donderdag rijdt hij 9\.00–17\.00 uur/);
    assertField(await postRide(rideBody({ trip: { time: '17:00' } })), 'trip.time', /rijdt de bus niet/);
    assertField(await postRide(rideBody({ trip: { returnTime: '18:00' } })), 'trip.returnTime', /rijdt de bus niet/);
    assertField(await postRide(rideBody({ trip: { returnTime: '09:30' } })), 'trip.returnTime', /later zijn dan 10\.00 uur/);
    assertField(await postRide(rideBody({ trip: { date: '2026-12-05', time: '12:30' } })), 'trip.time', /Op zaterdag rijdt hij 9\.00–12\.00 uur/);
  });

  it('refuses a pick-up or destination address outside the area, and unknown destinations', async () => {
    assertField(
      await postRide(rideBody({ passenger: { address: { postalCode: '1012 AB', houseNumber: '1', street: 'Dam' } } })),
      'passenger.address.postalCode',
      /Buiten het gebied van de bus.*Bel de coördinator/,
    );
    assertField(await postRide(rideBody({ destination: { address: { postalCode: '3511 AA', houseNumber: '5', street: 'Oudegracht' } } })), 'destination.address.postalCode', /Buiten het gebied/);
    assertField(await postRide(rideBody({ destination: { placeId: 'bestaat-niet' } })), 'destination.placeId', /kent de bus niet/);
    assertField(await postRide(rideBody({ destination: { occurrenceId: 'beweegwandeling-poh-20261207T0930' } })), 'destination.occurrenceId', /rijdt niet naar deze activiteit/);
    assertField(await postRide(rideBody({ destination: { occurrenceId: 'gym-voor-senioren-20261209T0930' } })), 'destination.occurrenceId', /gaat niet door/);
    // The koffieochtend is on the 8th: the trip must be that day.
    assertField(await postRide(rideBody({ destination: { occurrenceId: 'koffieochtend-dorpshuis-20261208T1000' } })), 'trip.date', /op dinsdag 8 december 2026/);
    assertField(await postRide(rideBody({ destination: { occurrenceId: 'koffieochtend-dorpshuis-20261124T1000' } })), 'destination.occurrenceId', /al begonnen of voorbij/);
  });

  it('takes any address in the area, the postcode written loosely', async () => {
    const a = await postRide(rideBody({ destination: { address: { postalCode: '4199xk', houseNumber: '3a', street: 'Kersenlaan' } }, trip: { date: '2026-12-11', time: '16:00' } }));
    assert.equal(a.status, 201, JSON.stringify(a.body));
    assert.deepEqual(a.body.destination, { name: 'Kersenlaan 3a', address: 'Kersenlaan 3a, 4199 XK Linde' });
  });

  it('refuses an old privacy text and a name over two lines', async () => {
    assertField(await postRide({ ...rideBody(), consent: { privacyVersion: 'vrijwilligers-2026-11' } }), 'consent.privacyVersion', /privacytekst is veranderd/);
    assertField(await postRide(rideBody({ passenger: { name: 'Riet\nvan Dam' } })), 'passenger.name', /op één regel/);
    assertField(await postRide(rideBody({ passenger: { address: { postalCode: '4199 XA', houseNumber: '1', street: 'Dorps\tstraat' } } })), 'passenger.address.street', /op één regel/);
  });

  it('answers a filled-in honeypot with a request-shaped 201 and stores nothing', async () => {
    const { db } = await ridesApp();
    const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from ride_requests')).rows[0]!.n;
    const before = await count();
    const a = await postRide(rideBody({ homepage: 'https://spam.example' }));
    assert.equal(a.status, 201);
    conforms('createRideRequest', a);
    assert.equal(await count(), before);
  });

  it('makes one request for 100 sends with one Idempotency-Key', { timeout: 120_000 }, async () => {
    const { db } = await ridesApp();
    const body = rideBody({ passenger: { name: 'Eén sleutel' }, trip: { date: '2026-12-14', time: '11:00' } });
    const answers = await Promise.all(Array.from({ length: 100 }, () => postRide(body, { 'idempotency-key': 'ride-retry-1' })));
    const created = answers.filter((a) => a.status === 201);
    assert.ok(created.length >= 1);
    assert.ok(answers.every((a) => a.status === 201 || (a.status === 409 && a.body.type === 'urn:buurtkit:problem:idempotency-conflict')), JSON.stringify(answers.map((a) => a.status)));
    assert.equal(new Set(created.map((a) => a.body.reference)).size, 1, 'one reference for all');
    const replay = await postRide(body, { 'idempotency-key': 'ride-retry-1' });
    assert.equal(replay.body.reference, created[0]!.body.reference);
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ride_requests where passenger_name = 'Eén sleutel'`);
    assert.equal(rows[0]!.n, 1);
    assert.equal((await blockOf('2026-12-14', '11:00')).seatsLeft, 6);
  });

  it('refuses huge and NUL-laden strings without storing anything', async () => {
    const { db } = await ridesApp();
    const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from ride_requests')).rows[0]!.n;
    const before = await count();
    const huge = 'x'.repeat(70_000);
    const bodies = [
      rideBody({ passenger: { name: huge } }),
      rideBody({ passenger: { name: 'Riet\u0000' } }),
      rideBody({ passenger: { mobility: { rollator: true, wheelchair: 'none', helpAtDoor: false, note: 'a\u0000b' } } }),
      rideBody({ passenger: { mobility: { rollator: true, wheelchair: 'none', helpAtDoor: false, note: 'y'.repeat(501) } } }),
      rideBody({ destination: { address: { postalCode: '4199 XA', houseNumber: '1', street: `Straat${'\u0000'.repeat(50)}` } } }),
    ];
    for (const body of bodies) {
      const a = await postRide(body);
      assert.ok([413, 422].includes(a.status), `${a.status} ${JSON.stringify(a.body).slice(0, 200)}`);
      assert.match(a.headers.get('content-type') ?? '', /^application\/problem\+json/);
    }
    assert.equal(await count(), before);
  });
});

describe('the status page: GET and DELETE /v1/ride-requests/{reference}', () => {
  it('shows the request with the token; a wrong token or reference is the same 404', async () => {
    const made = await postRide(rideBody({ trip: { date: '2026-12-15', time: '09:00' } }));
    const a = await request(`/v1/ride-requests/${made.body.reference}`, withToken(made.body.token));
    assert.equal(a.status, 200);
    conforms('getRideRequest', a);
    assert.equal(a.headers.get('cache-control'), 'no-store');
    const { token, ...shown } = made.body;
    assert.deepEqual(a.body, shown);
    assert.equal(a.body.canCancel, true);
    assert.equal(a.body.passenger, undefined, 'no address, phone or mobility on the status page');
    const wrongToken = await request(`/v1/ride-requests/${made.body.reference}`, withToken('A'.repeat(43)));
    const wrongReference = await request('/v1/ride-requests/RT-0000-0000', withToken(made.body.token));
    for (const w of [wrongToken, wrongReference]) {
      assert.equal(w.status, 404);
      conforms('getRideRequest', w);
    }
    assert.equal(wrongToken.body.detail, wrongReference.body.detail);
    assert.equal((await request(`/v1/ride-requests/${made.body.reference}`, withToken('A'.repeat(43), 'DELETE'))).status, 404);
    const noToken = await request(`/v1/ride-requests/${made.body.reference}`);
    assert.equal(noToken.status, 400);
    assert.deepEqual(noToken.body.errors.map((e: { name: string }) => e.name), ['Authorization']);
  });

  it('cancels: the seats come free, twice is the same answer, and the messages are queued once', async () => {
    const made = await postRide(rideBody({ passenger: { email: 'annie@example.org' }, trip: { date: '2026-12-15', time: '10:00', returnTime: '14:00' } }));
    assert.equal((await blockOf('2026-12-15', '14:00')).seatsLeft, 6);
    const first = await request(`/v1/ride-requests/${made.body.reference}`, withToken(made.body.token, 'DELETE'));
    assert.equal(first.status, 200);
    conforms('cancelRideRequest', first);
    assert.equal(first.body.status, 'cancelled');
    assert.equal(first.body.canCancel, false);
    assert.equal(first.body.cancelledAt, '2026-12-01T09:00:00+01:00');
    assert.equal((await blockOf('2026-12-15', '10:00')).seatsLeft, 7);
    assert.equal((await blockOf('2026-12-15', '14:00')).seatsLeft, 7);
    const second = await request(`/v1/ride-requests/${made.body.reference}`, withToken(made.body.token, 'DELETE'));
    assert.equal(second.status, 200);
    assert.deepEqual(second.body, first.body);
    assert.equal((await blockOf('2026-12-15', '10:00')).seatsLeft, 7, 'not released twice');
    const mails = (await outboxOf(made.body.reference)).filter((m) => m.kind === 'ride-cancelled');
    assert.deepEqual(mails.map((m) => [m.channel, m.recipient]), [
      ['email', 'annie@example.org'],
      ['email', 'samenlinde@example.org'],
    ]);
    assert.match(mails[0]!.body, /U heeft de rit geannuleerd/);
  });

  it('tells an assigned driver that the ride is off', async () => {
    const made = await postRide(rideBody({ trip: { date: '2026-12-16', time: '10:00' } }));
    const { db } = await ridesApp();
    // As the coordinator's confirmation leaves it (the dispatch routes are another part).
    await db.query(
      `update ride_requests set status = 'confirmed', confirmed_at = $2::timestamptz, driver_id = $3, pickup_at = '2026-12-16T09:35:00+01:00' where reference = $1`,
      [made.body.reference, NOW.toISOString(), '0c7a9e54-3b2d-4e6f-8a1b-5c4d3e2f1a22'],
    );
    const a = await request(`/v1/ride-requests/${made.body.reference}`, withToken(made.body.token, 'DELETE'));
    assert.equal(a.status, 200);
    const driver = (await outboxOf(made.body.reference)).filter((m) => m.kind === 'ride-driver-notice');
    assert.deepEqual(driver.map((m) => [m.channel, m.recipient]), [['phone', '0655667788']], 'Marijke has no account: a "bellen" task');
    assert.match(driver[0]!.body, /gaat niet door/);
  });

  it('cannot cancel after the pick-up time (409), nor a declined request', async () => {
    const made = await postRide(rideBody({ trip: { date: '2026-12-03', time: '10:00' } }));
    try {
      setNow(new Date('2026-12-03T10:00:00+01:00'));
      const a = await request(`/v1/ride-requests/${made.body.reference}`, withToken(made.body.token, 'DELETE'));
      assert.equal(a.status, 409);
      assert.equal(a.body.type, 'urn:buurtkit:problem:conflict');
      assert.match(a.body.detail, /annuleren kan hier niet meer.*0345-000020/);
      conforms('cancelRideRequest', a);
      const shown = await request(`/v1/ride-requests/${made.body.reference}`, withToken(made.body.token));
      assert.equal(shown.body.canCancel, false);
    } finally {
      setNow(NOW);
    }
  });
});
