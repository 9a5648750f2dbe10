// The coordinator's side of volunteering (/beheer): who sees which sign-ups, what is
// written to the audit log, and what confirm, move-up, cancel and "VOG ontvangen" do.
// Runs on PGlite, and on PostgreSQL under test/with-postgres.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD } from './accounts-fixture.ts';
import { beheerFixture, sessionOf, signupPath, type BeheerFixture } from './beheer-signups-fixture.ts';

/** The fixture's clock: Tuesday 1 December 2026, 10.00 in Linde. */
const NOW_ISO = '2026-12-01T10:00:00+01:00';

async function messagesOf(f: BeheerFixture, reference: string, kind?: string) {
  return f.rows<{ kind: string; recipient: string; subject: string; body: string }>(
    `select o.kind, o.recipient, o.subject, o.body from outbox o join volunteer_signups s on s.id = o.signup_id
      where s.reference = $1 and ($2::text is null or o.kind = $2) order by o.id`,
    [reference, kind ?? null],
  );
}

async function auditOf(f: BeheerFixture, reference: string) {
  return f.rows<{ action: string; email: string }>(
    `select l.action, a.email from audit_log l join accounts a on a.id = l.account_id
      where l.record_type = 'volunteer-signup' and l.record_id = $1 order by l.id`,
    [reference],
  );
}

/** Signs up `names.length` volunteers for one shift, one after the other (so in this order). */
async function fillShift(f: BeheerFixture, opportunityId: string, occurrenceId: string, names: string[]) {
  const references: string[] = [];
  for (const [i, name] of names.entries()) {
    const res = await f.signUp({ opportunityId, occurrenceId, name, email: `${name.toLowerCase().replaceAll(' ', '.')}@example.org`, phone: `06 1234567${i}` });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    references.push(res.body.reference);
  }
  return references;
}

test('a coordinator sees every organisation’s opportunities with counts per shift; a contact only their own', async () => {
  const f = await beheerFixture();
  const [shift] = await f.shifts('koffie-schenken-koffieochtend');
  await fillShift(f, 'koffie-schenken-koffieochtend', shift!.occurrenceId, ['Els Bakker', 'Kees Vos']);

  const all = await f.get(f.anna, '/v1/beheer/volunteer-opportunities?limit=500');
  assert.equal(all.status, 200);
  assert.equal(all.headers.get('cache-control'), 'no-store');
  const organisations = new Set(all.body.items.map((o: any) => o.organizer.id));
  assert.ok(organisations.size >= 10, 'every organisation');
  const koffie = all.body.items.find((o: any) => o.id === 'koffie-schenken-koffieochtend');
  const listed = koffie.shifts.find((s: any) => s.occurrenceId === shift!.occurrenceId);
  assert.deepEqual({ confirmed: listed.confirmed, waitlisted: listed.waitlisted, capacity: listed.capacity }, { confirmed: 2, waitlisted: 0, capacity: 3 });
  assert.equal(koffie.counts.confirmed, 2);
  assert.equal(koffie.counts.toConfirm, 2);
  // Shifts from 30 days ago on, so last week's can still be looked back on; none older.
  const starts = koffie.shifts.map((s: any) => new Date(s.start).getTime());
  assert.ok(starts.some((t: number) => t < Date.parse(NOW_ISO)), 'a shift of last week is listed');
  assert.ok(starts.every((t: number) => t >= Date.parse(NOW_ISO) - 31 * 86_400_000), 'nothing older than 30 days');
  const ongoing = all.body.items.find((o: any) => o.id === 'maatje-voor-een-oudere');
  assert.deepEqual(ongoing.shifts, []);

  const own = await f.get(f.piet, '/v1/beheer/volunteer-opportunities');
  assert.equal(own.status, 200);
  assert.ok(own.body.items.length >= 1);
  assert.deepEqual([...new Set(own.body.items.map((o: any) => o.organizer.id))], ['dorpshuis-de-linde']);
  assert.equal((await f.get(f.piet, '/v1/beheer/volunteer-opportunities?organization=dorpshuis-de-linde')).status, 200);

  const other = await f.get(f.piet, '/v1/beheer/volunteer-opportunities?organization=eetcafe-aan-tafel');
  assert.equal(other.status, 403);
  assert.equal(other.body.type, 'urn:buurtkit:problem:forbidden');
  const filtered = await f.get(f.anna, '/v1/beheer/volunteer-opportunities?organization=eetcafe-aan-tafel');
  assert.deepEqual([...new Set(filtered.body.items.map((o: any) => o.organizer.id))], ['eetcafe-aan-tafel']);
  const unknown = await f.get(f.anna, '/v1/beheer/volunteer-opportunities?organization=bestaat-niet');
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.errors[0].name, 'organization');

  // Counts only: the list of opportunities is not personal data, so no audit rows.
  assert.deepEqual(await f.rows(`select id from audit_log where action = 'view'`), []);
});

test('the sign-ups of one shift, oldest first with contact details; every one shown is in the audit log, without personal data', async () => {
  const f = await beheerFixture();
  const [, shift] = await f.shifts('koffie-schenken-koffieochtend');
  const refs = await fillShift(f, 'koffie-schenken-koffieochtend', shift!.occurrenceId, ['Anke de Wit', 'Bram Smit', 'Carla Mulder', 'Dirk Peters']);

  const path = `/v1/beheer/volunteer-opportunities/koffie-schenken-koffieochtend/signups?occurrence=${shift!.occurrenceId}`;
  const list = await f.get(f.piet, path);
  assert.equal(list.status, 200);
  assert.deepEqual(list.body.items.map((s: any) => s.reference), refs);
  assert.deepEqual(list.body.items.map((s: any) => s.status), ['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
  const [first, , , last] = list.body.items;
  assert.equal(first.name, 'Anke de Wit');
  assert.equal(first.email, 'anke.de.wit@example.org');
  assert.equal(first.phone, '06 12345670');
  assert.equal(first.privacyVersion, 'vrijwilligers-2026-11');
  assert.equal(first.shift.occurrenceId, shift!.occurrenceId);
  assert.equal(last.waitlistPosition, 1);
  assert.equal(list.headers.get('cache-control'), 'no-store');

  for (const ref of refs) assert.deepEqual(await auditOf(f, ref), [{ action: 'view', email: 'piet@dorpshuis.example' }]);

  const waiting = await f.get(f.piet, `${path}&status=waitlisted`);
  assert.deepEqual(waiting.body.items.map((s: any) => s.reference), [refs[3]]);
  const page = await f.get(f.piet, `${path}&limit=2`);
  assert.deepEqual({ total: page.body.total, next: page.body.next, n: page.body.items.length }, { total: 4, next: 2, n: 2 });

  const one = await f.get(f.anna, signupPath(refs[1]!));
  assert.equal(one.status, 200);
  assert.equal(one.body.name, 'Bram Smit');
  assert.deepEqual((await auditOf(f, refs[1]!)).map((r) => r.action), ['view', 'view', 'view']);

  // The audit log says who saw which record, never whose data it was.
  const everything = JSON.stringify(await f.rows('select action, record_type, record_id from audit_log'));
  for (const personal of ['Anke', 'Bram', 'Smit', 'example.org', '1234567']) assert.ok(!everything.includes(personal), personal);
});

test('an organisation contact gets 403 for another organisation’s sign-up: the list, the sign-up itself and every action', async () => {
  const f = await beheerFixture();
  const [shift] = await f.shifts('tafels-dekken-eetcafe');
  const [ref] = await fillShift(f, 'tafels-dekken-eetcafe', shift!.occurrenceId, ['Joke Visser']);
  const before = await messagesOf(f, ref!);

  const answers = [
    await f.get(f.piet, '/v1/beheer/volunteer-opportunities/tafels-dekken-eetcafe/signups'),
    await f.get(f.piet, signupPath(ref!)),
    await f.change(f.piet, 'POST', signupPath(ref!, 'confirm')),
    await f.change(f.piet, 'POST', signupPath(ref!, 'move-up')),
    await f.change(f.piet, 'POST', signupPath(ref!, 'cancel')),
    await f.change(f.piet, 'PUT', signupPath(ref!, 'vog'), { receivedOn: '2026-11-20' }),
    await f.change(f.piet, 'DELETE', signupPath(ref!, 'vog')),
  ];
  for (const a of answers) {
    assert.equal(a.status, 403, JSON.stringify(a.body));
    assert.equal(a.body.type, 'urn:buurtkit:problem:forbidden');
    assert.match(a.body.detail, /eigen organisatie/);
    assert.ok(!JSON.stringify(a.body).includes('Joke'), 'no personal data in the refusal');
  }
  const [row] = await f.rows('select status, confirmed_by_organization_at, vog_received_on from volunteer_signups where reference = $1', [ref]);
  assert.deepEqual(row, { status: 'confirmed', confirmed_by_organization_at: null, vog_received_on: null });
  assert.deepEqual(await messagesOf(f, ref!), before);
  assert.deepEqual(await auditOf(f, ref!), []);

  // The coordinator sees it.
  assert.equal((await f.get(f.anna, signupPath(ref!))).status, 200);
});

test('confirming tells the volunteer once; confirming again changes nothing and sends nothing', async () => {
  const f = await beheerFixture();
  const [, , shift] = await f.shifts('koffie-schenken-koffieochtend');
  const [ref] = await fillShift(f, 'koffie-schenken-koffieochtend', shift!.occurrenceId, ['Fenna Bos']);

  const refused = await f.change(f.piet, 'POST', signupPath(ref!, 'confirm'), undefined, { csrf: false });
  assert.equal(refused.status, 403);
  const fromElsewhere = await f.request(signupPath(ref!, 'confirm'), {
    method: 'POST',
    headers: { cookie: f.piet.cookie, 'x-csrf-token': f.piet.csrfToken, origin: 'https://kwaadwillend.example' },
  });
  assert.equal(fromElsewhere.status, 403);

  const confirmed = await f.change(f.piet, 'POST', signupPath(ref!, 'confirm'));
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  assert.equal(confirmed.body.status, 'confirmed');
  assert.equal(confirmed.body.confirmedByOrganizationAt, NOW_ISO);
  const [message, ...more] = await messagesOf(f, ref!, 'organization-confirmed');
  assert.deepEqual(more, []);
  assert.equal(message!.recipient, 'fenna.bos@example.org');
  assert.match(message!.subject, /Koffie schenken bij de Koffieochtend/);
  assert.match(message!.body, /^Beste Fenna Bos,/);
  assert.match(message!.body, /rekent op u/);
  assert.match(message!.body, new RegExp(ref!));

  f.advance(60_000);
  const again = await f.change(f.piet, 'POST', signupPath(ref!, 'confirm'));
  assert.equal(again.status, 200);
  assert.equal(again.body.confirmedByOrganizationAt, NOW_ISO);
  assert.equal((await messagesOf(f, ref!, 'organization-confirmed')).length, 1);
  assert.deepEqual((await auditOf(f, ref!)).map((r) => r.action), ['confirm', 'view']);

  const listed = await f.get(f.piet, '/v1/beheer/volunteer-opportunities');
  const koffie = listed.body.items.find((o: any) => o.id === 'koffie-schenken-koffieochtend');
  assert.equal(koffie.counts.toConfirm, koffie.counts.confirmed - 1);
});

test('a sign-up on the waiting list or a cancelled one cannot be confirmed: 409, in Dutch', async () => {
  const f = await beheerFixture();
  const [, , , shift] = await f.shifts('koffie-schenken-koffieochtend');
  const refs = await fillShift(f, 'koffie-schenken-koffieochtend', shift!.occurrenceId, ['Gijs Kok', 'Hanna Jong', 'Ilse Berg', 'Jan Wouters']);
  const waiting = await f.change(f.anna, 'POST', signupPath(refs[3]!, 'confirm'));
  assert.equal(waiting.status, 409);
  assert.equal(waiting.body.type, 'urn:buurtkit:problem:conflict');
  assert.match(waiting.body.detail, /wachtlijst/);

  assert.equal((await f.change(f.anna, 'POST', signupPath(refs[0]!, 'cancel'))).status, 200);
  const cancelled = await f.change(f.anna, 'POST', signupPath(refs[0]!, 'confirm'));
  assert.equal(cancelled.status, 409);
  assert.match(cancelled.body.detail, /afgemeld/);
  assert.deepEqual(await messagesOf(f, refs[0]!, 'organization-confirmed'), []);
});

test('moving up from the waiting list gives a place, also beyond the capacity, and tells the volunteer', async () => {
  const f = await beheerFixture();
  const [, , , , shift] = await f.shifts('koffie-schenken-koffieochtend');
  const refs = await fillShift(f, 'koffie-schenken-koffieochtend', shift!.occurrenceId, ['Karin Dam', 'Lars Post', 'Mira Hoek', 'Noor Brink', 'Olaf Kuiper']);
  const [, , , first, second] = refs;

  // Not the first in line: the coordinator's choice.
  const moved = await f.change(f.piet, 'POST', signupPath(second!, 'move-up'));
  assert.equal(moved.status, 200, JSON.stringify(moved.body));
  assert.equal(moved.body.status, 'confirmed');
  assert.equal(moved.body.waitlistPosition, undefined);
  const [message, ...more] = await messagesOf(f, second!, 'waitlist-moved-up');
  assert.deepEqual(more, []);
  assert.equal(message!.recipient, 'olaf.kuiper@example.org');
  assert.match(message!.body, /^Beste Olaf Kuiper,/);
  assert.deepEqual((await auditOf(f, second!)).map((r) => r.action), ['move-up']);

  const listed = await f.get(f.piet, '/v1/beheer/volunteer-opportunities');
  const listedShift = listed.body.items.find((o: any) => o.id === 'koffie-schenken-koffieochtend').shifts.find((s: any) => s.occurrenceId === shift!.occurrenceId);
  assert.deepEqual({ capacity: listedShift.capacity, confirmed: listedShift.confirmed, waitlisted: listedShift.waitlisted }, { capacity: 3, confirmed: 4, waitlisted: 1 });
  assert.equal((await f.get(f.piet, signupPath(first!))).body.waitlistPosition, 1);

  for (const ref of [second!, refs[0]!]) {
    const refused = await f.change(f.piet, 'POST', signupPath(ref, 'move-up'));
    assert.equal(refused.status, 409);
    assert.match(refused.body.detail, /wachtlijst/);
  }
  assert.equal((await messagesOf(f, second!, 'waitlist-moved-up')).length, 1);
});

test('cancelling for the volunteer: the first on the waiting list moves up, both are told; cancelling twice answers the same', async () => {
  const f = await beheerFixture();
  const [, , , , , shift] = await f.shifts('koffie-schenken-koffieochtend');
  const refs = await fillShift(f, 'koffie-schenken-koffieochtend', shift!.occurrenceId, ['Paula Riet', 'Quinten Veen', 'Rosa Kamp', 'Sem Linden', 'Tess Maas']);
  const [cancelledRef, , , next, after] = refs;

  const cancelled = await f.change(f.anna, 'POST', signupPath(cancelledRef!, 'cancel'));
  assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
  assert.equal(cancelled.body.status, 'cancelled');
  assert.equal(cancelled.body.cancelledAt, NOW_ISO);
  const [told, ...more] = await messagesOf(f, cancelledRef!, 'organization-cancelled');
  assert.deepEqual(more, []);
  assert.equal(told!.recipient, 'paula.riet@example.org');
  assert.match(told!.body, /^Beste Paula Riet,/);
  assert.match(told!.body, /afgemeld/);

  assert.equal((await f.get(f.anna, signupPath(next!))).body.status, 'confirmed');
  assert.equal((await messagesOf(f, next!, 'waitlist-moved-up')).length, 1);
  assert.equal((await f.get(f.anna, signupPath(after!))).body.waitlistPosition, 1);

  f.advance(60_000);
  const again = await f.change(f.anna, 'POST', signupPath(cancelledRef!, 'cancel'));
  assert.equal(again.status, 200);
  assert.deepEqual(again.body, cancelled.body);
  assert.equal((await messagesOf(f, cancelledRef!, 'organization-cancelled')).length, 1);
  assert.equal((await messagesOf(f, after!, 'waitlist-moved-up')).length, 0, 'no second place given away');
  assert.deepEqual((await auditOf(f, cancelledRef!)).map((r) => r.action), ['cancel', 'view']);
});

test('cancelling after the shift has begun gives nobody a place: no "a place came free" for a shift that is over', async () => {
  const f = await beheerFixture();
  const [shift] = await f.shifts('afwassen-eetcafe');
  const names = ['Paula Riet', 'Quinten Veen', 'Rosa Kamp', 'Sem Linden', 'Tess Maas', 'Umar Bos'].slice(0, shift!.capacity + 1);
  const refs = await fillShift(f, 'afwassen-eetcafe', shift!.occurrenceId, names);
  const waiting = refs.at(-1)!;
  assert.equal((await f.get(f.anna, signupPath(waiting))).body.status, 'waitlisted');

  const start = Date.parse((await f.get(f.anna, signupPath(refs[0]!))).body.shift.start);
  f.advance(start - Date.parse(NOW_ISO) + 60 * 60_000); // an hour into the shift
  const anna = await sessionOf(f, 'anna@samenlinde.example', PASSWORD); // the morning's session has ended
  const cancelled = await f.change(anna, 'POST', signupPath(refs[0]!, 'cancel'));
  assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
  assert.equal((await f.get(anna, signupPath(waiting))).body.status, 'waitlisted');
  assert.equal((await messagesOf(f, waiting, 'waitlist-moved-up')).length, 0);
});

test('"VOG ontvangen" is recorded with its date and removed again; a future date or one over 5 years back is 422 naming receivedOn', async () => {
  const f = await beheerFixture();
  const res = await f.signUp({ opportunityId: 'maatje-voor-een-oudere', name: 'Ursula Groen', phone: '0345 123456' });
  assert.equal(res.status, 201);
  const ref = res.body.reference as string;
  const vogMissing = async () => (await f.get(f.anna, '/v1/beheer/volunteer-opportunities?organization=welzijn-linde')).body.items.find((o: any) => o.id === 'maatje-voor-een-oudere').counts.vogMissing;
  const missingBefore = await vogMissing();
  assert.ok(missingBefore >= 1);

  const recorded = await f.change(f.anna, 'PUT', signupPath(ref, 'vog'), { receivedOn: '2026-11-20' });
  assert.equal(recorded.status, 200, JSON.stringify(recorded.body));
  assert.equal(recorded.body.vogReceivedOn, '2026-11-20');
  assert.equal(await vogMissing(), missingBefore - 1);
  // Today and exactly five years back are fine.
  assert.equal((await f.change(f.anna, 'PUT', signupPath(ref, 'vog'), { receivedOn: '2026-12-01' })).body.vogReceivedOn, '2026-12-01');
  assert.equal((await f.change(f.anna, 'PUT', signupPath(ref, 'vog'), { receivedOn: '2021-12-01' })).body.vogReceivedOn, '2021-12-01');

  for (const receivedOn of ['2026-12-02', '2021-11-30']) {
    const bad = await f.change(f.anna, 'PUT', signupPath(ref, 'vog'), { receivedOn });
    assert.equal(bad.status, 422, receivedOn);
    assert.equal(bad.body.type, 'urn:buurtkit:problem:invalid-body');
    assert.deepEqual(bad.body.errors.map((e: any) => [e.name, e.in]), [['receivedOn', 'body']]);
  }
  const badShape = await f.change(f.anna, 'PUT', signupPath(ref, 'vog'), { receivedOn: 'gisteren' });
  assert.equal(badShape.status, 422);
  assert.equal(badShape.body.errors[0].name, 'receivedOn');
  assert.equal((await f.get(f.anna, signupPath(ref))).body.vogReceivedOn, '2021-12-01');

  const cleared = await f.change(f.anna, 'DELETE', signupPath(ref, 'vog'));
  assert.equal(cleared.status, 200);
  assert.equal(cleared.body.vogReceivedOn, undefined);
  assert.equal(await vogMissing(), missingBefore);
  assert.deepEqual((await auditOf(f, ref)).map((r) => r.action), ['vog', 'vog', 'vog', 'view', 'vog']);

  // A role without VOG has nothing to record.
  const [shift] = await f.shifts('koffie-schenken-koffieochtend');
  const [koffie] = await fillShift(f, 'koffie-schenken-koffieochtend', shift!.occurrenceId, ['Vera Schouten']);
  const noVog = await f.change(f.piet, 'PUT', signupPath(koffie!, 'vog'), { receivedOn: '2026-11-20' });
  assert.equal(noVog.status, 409);
  assert.match(noVog.body.detail, /VOG/);
});

test('bad input: an unknown reference is 404, a malformed one 400, an unknown opportunity 404, and without a session 401', async () => {
  const f = await beheerFixture();
  for (const [method, action] of [['GET', undefined], ['POST', 'confirm'], ['POST', 'move-up'], ['POST', 'cancel'], ['DELETE', 'vog']] as const) {
    const path = signupPath('VW-0000-0000', action);
    const unknown = method === 'GET' ? await f.get(f.anna, path) : await f.change(f.anna, method, path);
    assert.equal(unknown.status, 404, `${method} ${path}`);
    assert.equal(unknown.body.type, 'urn:buurtkit:problem:not-found');
  }
  const malformed = await f.get(f.anna, signupPath('vw-niet-goed'));
  assert.equal(malformed.status, 400);
  assert.equal(malformed.body.errors[0].name, 'reference');

  const noOpportunity = await f.get(f.anna, '/v1/beheer/volunteer-opportunities/bestaat-niet/signups');
  assert.equal(noOpportunity.status, 404);
  const badOccurrence = await f.get(f.anna, '/v1/beheer/volunteer-opportunities/koffie-schenken-koffieochtend/signups?occurrence=eetcafe-aan-tafel-20261225T1730');
  assert.equal(badOccurrence.status, 400);
  assert.equal(badOccurrence.body.errors[0].name, 'occurrence');

  const anonymous = await f.request('/v1/beheer/volunteer-opportunities');
  assert.equal(anonymous.status, 401);
  assert.equal((await f.request(signupPath('VW-0000-0000'))).status, 401);
});
