// Volunteer work and signing up for it, as a resident and a widget meet them through the API.
// The clock is fixed at Tuesday 1 December 2026, 9.00 (volunteer-app.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findOperation } from '../../server/contract.ts';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/log.ts';
import { contractViolations } from '../contract/conformance.ts';
import { NO_WRITE_LIMIT, NOW, post, PRIVACY_VERSION, request, signupBody, volunteerApp, withToken, type Answer } from './volunteer-app.ts';

function conforms(operationId: string, answer: Answer) {
  const contentType = answer.headers.get('content-type') ?? '';
  assert.deepEqual(contractViolations(operationId, { status: answer.status, contentType, body: answer.body }), []);
}

async function rows(sql: string, params: unknown[] = []) {
  const { db } = await volunteerApp();
  return (await db.query<any>(sql, params)).rows;
}

describe('the list of volunteer work', () => {
  it('shows open opportunities sorted by organisation, with places left and the next shift', async () => {
    const answer = await request('/v1/volunteer-opportunities?limit=500');
    assert.equal(answer.status, 200);
    conforms('listVolunteerOpportunities', answer);
    const { items, total } = answer.body;
    assert.equal(items.length, total);
    assert.ok(total >= 20);
    assert.ok(items.every((o: any) => o.signupsOpen), 'only open opportunities are listed');
    assert.ok(!items.some((o: any) => o.id === 'ehbo-bij-evenementen'), 'the closed one is left out');
    const names = items.map((o: any) => o.organizer.name);
    assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const coffee = items.find((o: any) => o.id === 'koffie-schenken-koffieochtend');
    // The Tuesdays from 1 December (10.00, not begun at 9.00) to 19 January, less 29 December
    // (kerstvakantie): seven mornings of 3 places.
    assert.equal(coffee.placesLeft, 7 * 3);
    assert.deepEqual(coffee.nextShift, {
      occurrenceId: 'koffieochtend-dorpshuis-20261201T1000',
      start: '2026-12-01T10:00:00+01:00',
      end: '2026-12-01T12:00:00+01:00',
      capacity: 3,
      placesLeft: 3,
      waitlist: 0,
    });
    const buddy = items.find((o: any) => o.id === 'maatje-voor-een-oudere');
    assert.equal(buddy.ongoing, true);
    assert.equal('placesLeft' in buddy, false);
    assert.equal('nextShift' in buddy, false);
  });

  it('filters by organisation, kind of work, part of the day and occurrence', async () => {
    const byOrg = (await request('/v1/volunteer-opportunities?organization=eetcafe-aan-tafel')).body.items.map((o: any) => o.id);
    assert.deepEqual(byOrg.sort(), ['afwassen-eetcafe', 'tafels-dekken-eetcafe']);
    const byKind = (await request('/v1/volunteer-opportunities?kind=vervoer')).body.items;
    assert.ok(byKind.length >= 2 && byKind.every((o: any) => o.kind.id === 'vervoer'));
    const evening = (await request('/v1/volunteer-opportunities?dayPart=evening&limit=500')).body.items;
    assert.ok(evening.length > 0 && evening.every((o: any) => o.dayParts.includes('evening')));
    const atCoffee = (await request('/v1/volunteer-opportunities?occurrence=koffieochtend-dorpshuis-20261208T1000')).body.items.map((o: any) => o.id);
    assert.deepEqual(atCoffee, ['koffie-schenken-koffieochtend']);
    // A cancelled occurrence has no shifts: "Help mee" finds nothing there.
    assert.equal((await request('/v1/volunteer-opportunities?occurrence=gym-voor-senioren-20261209T0930')).body.total, 0);
  });

  it('pages with limit, offset and next', async () => {
    const first = (await request('/v1/volunteer-opportunities?limit=5')).body;
    assert.equal(first.items.length, 5);
    assert.equal(first.next, 5);
    const second = (await request('/v1/volunteer-opportunities?limit=5&offset=5')).body;
    assert.notEqual(second.items[0].id, first.items[0].id);
    const all = (await request('/v1/volunteer-opportunities?limit=500')).body;
    assert.deepEqual([...first.items, ...second.items].map((o: any) => o.id), all.items.slice(0, 10).map((o: any) => o.id));
  });

  it('answers an unknown organisation or kind with a Dutch 400 naming the parameter', async () => {
    for (const [name, value] of [['organization', 'bestaat-niet'], ['kind', 'bestaat-niet']]) {
      const answer = await request(`/v1/volunteer-opportunities?${name}=${value}`);
      assert.equal(answer.status, 400);
      conforms('listVolunteerOpportunities', answer);
      assert.equal(answer.body.errors[0].name, name);
      assert.match(answer.body.errors[0].detail, /Er is geen/);
    }
  });

  it('has an ETag, and answers 304 when nothing changed', async () => {
    const first = await request('/v1/volunteer-opportunities');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await request('/v1/volunteer-opportunities', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
  });
});

describe('one opportunity', () => {
  it('has its coming shifts for about eight weeks, without cancelled ones, and the privacy text', async () => {
    const answer = await request('/v1/volunteer-opportunities/helpen-bij-gym-voor-senioren');
    assert.equal(answer.status, 200);
    conforms('getVolunteerOpportunity', answer);
    const ids = answer.body.shifts.map((s: any) => s.occurrenceId);
    // Wednesdays from 2 December to 20 January (27 January is past the 56 days), without the
    // cancelled gym of 9 December and the kerstvakantie on 30 December.
    assert.deepEqual(ids, ['20261202', '20261216', '20261223', '20270106', '20270113', '20270120'].map((d) => `gym-voor-senioren-${d}T0930`));
    assert.deepEqual(Object.keys(answer.body.privacy).sort(), ['howLong', 'version', 'who', 'why']);
    assert.equal(answer.body.privacy.version, PRIVACY_VERSION);
  });

  it('an ongoing role has no shifts', async () => {
    const answer = await request('/v1/volunteer-opportunities/chauffeur-dorpsbus');
    conforms('getVolunteerOpportunity', answer);
    assert.deepEqual(answer.body.shifts, []);
    assert.deepEqual(answer.body.requirements, { vog: true, drivingLicence: true, minimumAge: 21 });
  });

  it('a closed one is still shown, saying sign-ups are closed', async () => {
    const answer = await request('/v1/volunteer-opportunities/ehbo-bij-evenementen');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.signupsOpen, false);
  });

  it('an unknown id is a 404 in Dutch', async () => {
    const answer = await request('/v1/volunteer-opportunities/bestaat-niet');
    assert.equal(answer.status, 404);
    conforms('getVolunteerOpportunity', answer);
    assert.match(answer.body.detail, /Er is geen vrijwilligerswerk met id bestaat-niet/);
  });
});

describe('signing up', () => {
  it('accepts the example in the contract', async () => {
    const example = (findOperation('createVolunteerSignup').requestBody!.content['application/json'] as { example?: unknown }).example;
    const answer = await post(example);
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    conforms('createVolunteerSignup', answer);
    assert.equal(answer.body.status, 'confirmed');
    assert.match(answer.body.reference, /^VW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.match(answer.body.token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(answer.body.shift.title, 'Koffieochtend in het dorpshuis');
    assert.equal(answer.headers.get('cache-control'), 'no-store');
  });

  it('stores the consent version and only a hash of the token, and queues the messages', async () => {
    const answer = await post(signupBody({ opportunityId: 'taalmaatje', email: 'gerrit@example.org', availability: [{ day: 'wed', part: 'evening' }], message: 'Ik spreek ook Engels.' }));
    assert.equal(answer.status, 201);
    const [stored] = await rows('select * from volunteer_signups where reference = $1', [answer.body.reference]);
    assert.equal(stored.privacy_version, PRIVACY_VERSION);
    assert.equal(stored.status, 'confirmed');
    assert.ok(!JSON.stringify(stored).includes(answer.body.token), 'the token itself is not stored');
    const messages = await rows('select kind, recipient, body from outbox where signup_id = $1 order by id', [stored.id]);
    const [organisation] = await rows(`select email from organizations where id = 'taalmaatjes-linde'`);
    assert.ok(organisation.email);
    assert.deepEqual(messages.map((m: any) => [m.kind, m.recipient]), [
      ['signup-confirmation', 'gerrit@example.org'],
      ['signup-notice', organisation.email],
    ]);
    assert.ok(messages.every((m: any) => !m.body.includes(answer.body.token)), 'no message holds the token');
    assert.match(messages[0].body, new RegExp(answer.body.reference));
    assert.match(messages[1].body, /Ik spreek ook Engels\./);
  });

  it('sends no confirmation without an e-mail address, only the notice to the organisation', async () => {
    const answer = await post(signupBody({ opportunityId: 'klusjes-bij-mensen-thuis' }));
    const [stored] = await rows('select id from volunteer_signups where reference = $1', [answer.body.reference]);
    const kinds = (await rows('select kind from outbox where signup_id = $1', [stored.id])).map((m: any) => m.kind);
    assert.deepEqual(kinds, ['signup-notice']);
  });

  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    ['an unknown opportunity', { opportunityId: 'bestaat-niet' }, 'opportunityId', /bestaat niet/],
    ['sign-ups that are closed', { opportunityId: 'ehbo-bij-evenementen' }, 'opportunityId', /kan op dit moment niet/],
    ['an occurrence of another activity', { opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: 'taalcafe-20261203T1000' }, 'occurrenceId', /geen dienst van dit vrijwilligerswerk/],
    ['an occurrence that does not exist', { opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: 'koffieochtend-dorpshuis-20261209T1000' }, 'occurrenceId', /geen dienst/],
    ['no occurrence for work at shifts', { opportunityId: 'koffie-schenken-koffieochtend' }, 'occurrenceId', /Kies de dienst/],
    ['an occurrence for an ongoing role', { opportunityId: 'maatje-voor-een-oudere', occurrenceId: 'koffieochtend-dorpshuis-20261208T1000' }, 'occurrenceId', /geen diensten/],
    ['a shift in the past', { opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: 'koffieochtend-dorpshuis-20261124T1000' }, 'occurrenceId', /voorbij/],
    ['a cancelled occurrence', { opportunityId: 'helpen-bij-gym-voor-senioren', occurrenceId: 'gym-voor-senioren-20261209T0930' }, 'occurrenceId', /gaat niet door/],
    ['a shift beyond the eight weeks', { opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: 'koffieochtend-dorpshuis-20270202T1000' }, 'occurrenceId', /nog niet aanmelden/],
    ['an outdated privacy version', { opportunityId: 'taalmaatje', consent: { privacyVersion: 'vrijwilligers-2025-01' } }, 'consent.privacyVersion', /privacytekst is veranderd/],
  ];
  for (const [what, fields, field, detail] of refusals) {
    it(`refuses ${what} with a 422 naming ${field}, and stores nothing`, async () => {
      const before = (await rows('select count(*)::int as n from volunteer_signups'))[0].n;
      const outbox = (await rows('select count(*)::int as n from outbox'))[0].n;
      const answer = await post(signupBody(fields));
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      conforms('createVolunteerSignup', answer);
      assert.equal(answer.body.type, 'urn:buurtkit:problem:invalid-body');
      assert.deepEqual(answer.body.errors.map((e: any) => [e.name, e.in]), [[field, 'body']]);
      assert.match(answer.body.errors[0].detail, detail);
      assert.equal((await rows('select count(*)::int as n from volunteer_signups'))[0].n, before);
      assert.equal((await rows('select count(*)::int as n from outbox'))[0].n, outbox);
    });
  }

  it('refuses a body without phone and e-mail (the contract middleware), naming the fields', async () => {
    const answer = await post({ opportunityId: 'taalmaatje', name: 'Gerrit', consent: { privacyVersion: PRIVACY_VERSION } });
    assert.equal(answer.status, 422);
    assert.deepEqual(answer.body.errors.map((e: any) => e.name).filter(Boolean).sort(), ['email', 'phone']);
  });
});

describe('the waiting list, cancelling and moving up', () => {
  // The boodschappenrit asks one companion per Friday.
  const shift = { opportunityId: 'begeleider-boodschappenrit', occurrenceId: 'boodschappenrit-20261211T0930' };

  it('a full shift puts the next ones on the waiting list in order; cancelling moves the first up', async () => {
    const first = await post(signupBody({ ...shift, name: 'Eerste' }));
    const second = await post(signupBody({ ...shift, name: 'Tweede', email: 'tweede@example.org' }));
    const third = await post(signupBody({ ...shift, name: 'Derde' }));
    assert.deepEqual([first, second, third].map((a) => [a.status, a.body.status, a.body.waitlistPosition]), [
      [201, 'confirmed', undefined],
      [201, 'waitlisted', 1],
      [201, 'waitlisted', 2],
    ]);
    const detail = (await request('/v1/volunteer-opportunities/begeleider-boodschappenrit')).body;
    assert.deepEqual(
      (({ placesLeft, waitlist }) => ({ placesLeft, waitlist }))(detail.shifts.find((s: any) => s.occurrenceId === shift.occurrenceId)),
      { placesLeft: 0, waitlist: 2 },
    );

    const cancelled = await request(`/v1/volunteer-signups/${first.body.reference}`, withToken(first.body.token, 'DELETE'));
    assert.equal(cancelled.status, 200);
    conforms('cancelVolunteerSignup', cancelled);
    assert.equal(cancelled.body.status, 'cancelled');

    const movedUp = await request(`/v1/volunteer-signups/${second.body.reference}`, withToken(second.body.token));
    assert.equal(movedUp.body.status, 'confirmed');
    assert.equal('waitlistPosition' in movedUp.body, false);
    const stillWaiting = await request(`/v1/volunteer-signups/${third.body.reference}`, withToken(third.body.token));
    assert.deepEqual([stillWaiting.body.status, stillWaiting.body.waitlistPosition], ['waitlisted', 1]);

    const [told] = await rows(
      `select o.recipient, o.subject from outbox o join volunteer_signups s on s.id = o.signup_id where s.reference = $1 and o.kind = 'waitlist-moved-up'`,
      [second.body.reference],
    );
    assert.equal(told.recipient, 'tweede@example.org');
    assert.match(told.subject, /Er is plek/);
  });

  it('cancelling twice answers the same cancelled sign-up, and moves nobody up twice', async () => {
    const slot = { opportunityId: 'begeleider-boodschappenrit', occurrenceId: 'boodschappenrit-20261218T0930' };
    const a = await post(signupBody({ ...slot, name: 'A' }));
    const b = await post(signupBody({ ...slot, name: 'B' }));
    const c = await post(signupBody({ ...slot, name: 'C' }));
    const once = await request(`/v1/volunteer-signups/${a.body.reference}`, withToken(a.body.token, 'DELETE'));
    const twice = await request(`/v1/volunteer-signups/${a.body.reference}`, withToken(a.body.token, 'DELETE'));
    assert.equal(twice.status, 200);
    assert.deepEqual(twice.body, once.body);
    const states = await Promise.all([b, c].map(async (x) => (await request(`/v1/volunteer-signups/${x.body.reference}`, withToken(x.body.token))).body.status));
    assert.deepEqual(states, ['confirmed', 'waitlisted']);
  });

  it('cancelling someone on the waiting list moves the others one place up, and nobody is confirmed', async () => {
    const slot = { opportunityId: 'begeleider-boodschappenrit', occurrenceId: 'boodschappenrit-20270108T0930' };
    const [, b, c] = [await post(signupBody({ ...slot })), await post(signupBody({ ...slot })), await post(signupBody({ ...slot }))];
    await request(`/v1/volunteer-signups/${b.body.reference}`, withToken(b.body.token, 'DELETE'));
    const after = await request(`/v1/volunteer-signups/${c.body.reference}`, withToken(c.body.token));
    assert.deepEqual([after.body.status, after.body.waitlistPosition], ['waitlisted', 1]);
  });
});

describe('seeing a sign-up with its secret token', () => {
  it('shows the sign-up to the one with the token', async () => {
    const made = await post(signupBody({ opportunityId: 'bezoekdienst', email: 'bezoek@example.org' }));
    const seen = await request(`/v1/volunteer-signups/${made.body.reference}`, withToken(made.body.token));
    assert.equal(seen.status, 200);
    conforms('getVolunteerSignup', seen);
    const { token: _token, ...withoutToken } = made.body;
    assert.deepEqual(seen.body, withoutToken);
    assert.equal(seen.headers.get('cache-control'), 'no-store');
    assert.equal(seen.body.createdAt, '2026-12-01T09:00:00+01:00');
    assert.equal(NOW.toISOString(), '2026-12-01T08:00:00.000Z');
  });

  it('a wrong token and an unknown reference answer the same 404, and a wrong token cancels nothing', async () => {
    const made = await post(signupBody({ opportunityId: 'bezoekdienst' }));
    const wrongToken = 'A'.repeat(43);
    const wrong = await request(`/v1/volunteer-signups/${made.body.reference}`, withToken(wrongToken));
    const unknown = await request('/v1/volunteer-signups/VW-0000-0000', withToken(made.body.token));
    assert.equal(wrong.status, 404);
    conforms('getVolunteerSignup', wrong);
    assert.deepEqual({ ...wrong.body, instance: undefined }, { ...unknown.body, instance: undefined });
    const cancel = await request(`/v1/volunteer-signups/${made.body.reference}`, withToken(wrongToken, 'DELETE'));
    assert.equal(cancel.status, 404);
    conforms('cancelVolunteerSignup', cancel);
    assert.equal((await request(`/v1/volunteer-signups/${made.body.reference}`, withToken(made.body.token))).body.status, 'confirmed');
  });

  it('without a Bearer token, says what to send (400, the header named)', async () => {
    const answer = await request('/v1/volunteer-signups/VW-0000-0000');
    assert.equal(answer.status, 400);
    conforms('getVolunteerSignup', answer);
    assert.deepEqual(answer.body.errors.map((e: any) => [e.name, e.in]), [['Authorization', 'header']]);
  });

  it('a malformed reference is a 400 from the contract', async () => {
    const answer = await request('/v1/volunteer-signups/vw-1234', withToken('A'.repeat(43)));
    assert.equal(answer.status, 400);
    assert.equal(answer.body.errors[0].name, 'reference');
  });
});


it('writes no personal data to the logs, also when a sign-up fails on the server', async () => {
  const { db } = await volunteerApp();
  const lines: string[] = [];
  const app = createApp({ db, config: { corsOrigins: [], writeRateLimit: NO_WRITE_LIMIT }, log: createLogger('info', (line) => lines.push(line)), now: () => NOW });
  const person = { name: 'Wilhelmina Logvrij', phone: '0345 987654', email: 'wilhelmina.logvrij@example.org', message: 'Mijn geheime bericht' };
  const send = (body: unknown) => app.request('/v1/volunteer-signups', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const made = (await (await send(signupBody({ opportunityId: 'bezoekdienst', ...person }))).json()) as any;
  await app.request(`/v1/volunteer-signups/${made.reference}`, withToken(made.token));
  await app.request(`/v1/volunteer-signups/${made.reference}`, withToken(made.token, 'DELETE'));
  await send(signupBody({ opportunityId: 'bestaat-niet', ...person }));
  // A failure inside the transaction: the organisation's address breaks the outbox's check.
  const [{ email }] = await rows(`select email from organizations where id = 'diaconie-dorpskerk-linde'`);
  await rows(`update organizations set email = 'geen adres' where id = 'diaconie-dorpskerk-linde'`);
  try {
    assert.equal((await send(signupBody({ opportunityId: 'bezoekdienst', ...person }))).status, 500);
  } finally {
    await rows(`update organizations set email = $1 where id = 'diaconie-dorpskerk-linde'`, [email]);
  }
  assert.ok(lines.length >= 5);
  assert.ok(lines.some((l) => l.includes('"level":"error"')), 'the failure was logged');
  const log = lines.join('\n');
  for (const secret of [...Object.values(person), made.token, 'Logvrij', '987654']) assert.ok(!log.includes(secret), `the log holds ${secret}`);
});

it('the database itself refuses a sign-up without phone and e-mail, an unknown status, a control character or a token instead of its hash', async () => {
  const { db } = await volunteerApp();
  const insert = (fields: Record<string, unknown>) => {
    const row = { reference: 'VW-TEST-0001', token_hash: 'a'.repeat(64), opportunity_id: 'taalmaatje', name: 'Test', phone: '0345 123456', email: null, privacy_version: PRIVACY_VERSION, status: 'confirmed', created_at: NOW.toISOString(), ...fields };
    const columns = Object.keys(row);
    return db.transaction((tx) => tx.query(`insert into volunteer_signups (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, Object.values(row)));
  };
  for (const bad of [{ phone: null }, { status: 'maybe' }, { name: 'Piet\u0007' }, { message: 'a\u001bb' }, { token_hash: 'r8-NTkU7cL1JU4MGmuR6qjN_WD2jhxhmx_dUfCcu2CM' }, { reference: 'VW-IIII-0000' }, { status: 'cancelled' }]) {
    await assert.rejects(insert(bad), /violates check constraint/, JSON.stringify(bad));
  }
  assert.deepEqual((await db.query(`select 1 from volunteer_signups where reference = 'VW-TEST-0001'`)).rows, []);
});

it('the personal link without a reference says the reference is missing; a list of sign-ups does not exist', async () => {
  for (const method of ['GET', 'DELETE']) {
    const answer = await request('/v1/volunteer-signups/', withToken('A'.repeat(43), method));
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.errors.map((e: any) => [e.name, e.in]), [['reference', 'path']]);
  }
  const list = await request('/v1/volunteer-signups');
  assert.equal(list.status, 405);
  assert.equal(list.headers.get('allow'), 'POST, OPTIONS');
});
