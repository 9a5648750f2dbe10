// The AVG requests (POST /v1/beheer/people/export and /erase): a coordinator finds one
// person by e-mail address or phone number, sees everything stored about them, and deletes
// it; an organisation contact may do neither.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONTACT, COORDINATOR, privacyFixture, type PrivacyFixture } from './privacy-fixture.ts';

const ONGOING = { opportunityId: 'taalmaatje' };
// Capacity 1 per shift: a second sign-up waits.
const BUS = (day: string) => ({ opportunityId: 'begeleider-boodschappenrit', occurrenceId: `boodschappenrit-${day}T0930` });

const count = async (f: PrivacyFixture, sql: string, params: unknown[] = []) => (await f.db.query<{ n: number }>(sql, params)).rows[0]!.n;
const lastAuditId = (f: PrivacyFixture) => count(f, 'select coalesce(max(id), 0)::int as n from audit_log');
const auditSince = async (f: PrivacyFixture, id: number) =>
  (await f.db.query<Record<string, string>>('select action, record_type, record_id from audit_log where id > $1 order by id', [id])).rows;

describe('who may ask', () => {
  it('refuses an organisation contact both, with 403, and deletes nothing', async () => {
    const f = await privacyFixture();
    const made = await f.signUp({ ...ONGOING, name: 'Rolf Rol', email: 'rolf@example.org' });
    const contact = await f.as(CONTACT);
    for (const path of ['/v1/beheer/people/export', '/v1/beheer/people/erase']) {
      const answer = await contact.post(path, { email: 'rolf@example.org' });
      assert.equal(answer.status, 403, path);
      assert.match(answer.headers.get('content-type')!, /problem\+json/);
    }
    assert.equal(await count(f, 'select count(*)::int as n from volunteer_signups where reference = $1', [made.reference]), 1);
    assert.equal((await f.request('/v1/beheer/people/export', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"rolf@example.org"}' })).status, 401);
  });
});

describe('the person asked for', () => {
  it('is named by exactly one of email and phone, a valid one: otherwise 422 naming the field', async () => {
    const f = await privacyFixture();
    const coordinator = await f.as(COORDINATOR);
    const cases: [string, unknown, string][] = [
      ['both', { email: 'a@example.org', phone: '06 12345678' }, 'email'],
      ['neither', {}, 'email'],
      ['a phone number that is none', { phone: '06-bel-mij' }, 'phone'],
      ['an e-mail address that is none', { email: 'geen adres' }, 'email'],
      ['another field', { email: 'a@example.org', name: 'Iemand' }, 'name'],
    ];
    for (const [what, body, field] of cases) {
      for (const path of ['/v1/beheer/people/export', '/v1/beheer/people/erase']) {
        const answer = await coordinator.post(path, body);
        assert.equal(answer.status, 422, `${what} on ${path}: ${JSON.stringify(answer.body)}`);
        assert.ok(answer.body.errors.some((e: any) => e.name === field), `${what}: names ${field}: ${JSON.stringify(answer.body.errors)}`);
      }
    }
  });

  it('is found by phone whatever the spaces, dashes, brackets or +31, and by e-mail in any case', async () => {
    const f = await privacyFixture();
    const a = await f.signUp({ ...ONGOING, name: 'Fenna Foon', phone: '+31 6 2345 6789' });
    const b = await f.signUp({ ...BUS('20261211'), name: 'Fenna Foon', phone: '06-23456789', email: 'Fenna@Example.org' });
    await f.signUp({ ...ONGOING, name: 'Iemand Anders', phone: '06-23456788' });
    const coordinator = await f.as(COORDINATOR);
    for (const phone of ['0623456789', '06 23 45 67 89', '+31623456789', '0031 (0)6 2345 6789', '+31 (0)6-2345 6789']) {
      const found = await coordinator.post('/v1/beheer/people/export', { phone });
      assert.equal(found.status, 200);
      assert.deepEqual(found.body.signups.map((s: any) => s.reference), [a.reference, b.reference], phone);
    }
    const byEmail = await coordinator.post('/v1/beheer/people/export', { email: 'fenna@EXAMPLE.ORG' });
    assert.deepEqual(byEmail.body.signups.map((s: any) => s.reference), [b.reference]);
    assert.deepEqual((await coordinator.post('/v1/beheer/people/export', { phone: '06 99999999' })).body.signups, []);
  });
});

describe('export', () => {
  it('gives the sign-ups, the messages to and about them, and who saw them, and is itself on record', async () => {
    const f = await privacyFixture();
    const made = await f.signUp({ ...BUS('20261218'), name: 'Els Export', email: 'els@example.org', message: 'Ik heb een auto.' });
    const coordinator = await f.as(COORDINATOR);
    await coordinator.get('/v1/beheer/messages?limit=2'); // the coordinator sees her two messages
    const before = await lastAuditId(f);
    const answer = await coordinator.post('/v1/beheer/people/export', { email: 'els@example.org' });
    assert.equal(answer.status, 200);
    const [signup] = answer.body.signups;
    assert.equal(signup.reference, made.reference);
    assert.equal(signup.name, 'Els Export');
    assert.equal(signup.message, 'Ik heb een auto.');
    assert.equal(signup.privacyVersion, 'vrijwilligers-2026-11');
    assert.equal(signup.shift.occurrenceId, 'boodschappenrit-20261218T0930');
    assert.deepEqual(answer.body.messages.map((m: any) => [m.kind, m.signupReference]).sort(), [
      ['signup-confirmation', made.reference],
      ['signup-notice', made.reference],
    ]);
    assert.deepEqual(
      answer.body.views.map((v: any) => [v.accountName, v.action, v.signupReference]),
      [['Anna Coördinator', 'view', made.reference], ['Anna Coördinator', 'view', made.reference]],
    );
    assert.deepEqual(await auditSince(f, before), [{ action: 'export', record_type: 'volunteer-signup', record_id: made.reference }]);

    // A search that finds nobody is on record too, without what was searched for.
    const none = await lastAuditId(f);
    assert.deepEqual((await coordinator.post('/v1/beheer/people/export', { email: 'niemand@example.org' })).body.signups, []);
    const rows = await auditSince(f, none);
    assert.deepEqual(rows, [{ action: 'export', record_type: 'person', record_id: 'not-found' }]);
  });
});

describe('export of what the organisation recorded', () => {
  it('includes the confirmation by the organisation and the VOG date when the sign-up has them', async () => {
    const f = await privacyFixture();
    const made = await f.signUp({ ...ONGOING, name: 'Vera VOG', email: 'vera@example.org' });
    // The columns of the organisation's actions (migration 011, written by the sign-up management).
    await f.db.query('alter table volunteer_signups add column if not exists confirmed_by_organization_at timestamptz');
    await f.db.query('alter table volunteer_signups add column if not exists vog_received_on date');
    await f.db.query(`update volunteer_signups set confirmed_by_organization_at = '2026-12-01T10:15:00Z', vog_received_on = '2026-11-20' where reference = $1`, [made.reference]);
    const [signup] = (await (await f.as(COORDINATOR)).post('/v1/beheer/people/export', { email: 'vera@example.org' })).body.signups;
    assert.equal(signup.vogReceivedOn, '2026-11-20');
    assert.equal(signup.confirmedByOrganizationAt, '2026-12-01T11:15:00+01:00');
  });
});

describe('erase', () => {
  it('deletes everything export finds, in one go, and the first on the waiting list gets the place', async () => {
    const f = await privacyFixture();
    const shift = BUS('20270108');
    const leaving = await f.signUp({ ...shift, name: 'Wim Weg', email: 'wim@example.org', phone: '0345 111222' });
    const waiting = await f.signUp({ ...shift, name: 'Wachtende Wanda', email: 'wanda@example.org' });
    assert.deepEqual([leaving.status, waiting.status], ['confirmed', 'waitlisted']);
    const cancelled = await f.signUp({ ...ONGOING, name: 'Wim Weg', phone: '0345-111222' });
    await f.cancel(cancelled);
    const coordinator = await f.as(COORDINATOR);
    await coordinator.get('/v1/beheer/messages?limit=50');

    const before = await lastAuditId(f);
    const messagesBefore = await count(f, `select count(*)::int as n from outbox o join volunteer_signups s on s.id = o.signup_id where s.reference = any($1)`, [[leaving.reference, cancelled.reference]]);
    const erased = await coordinator.post('/v1/beheer/people/erase', { phone: '+31 345 111 222' });
    assert.equal(erased.status, 200, JSON.stringify(erased.body));
    assert.deepEqual(erased.body, { signups: 2, rides: 0, messages: messagesBefore });

    for (const query of [{ phone: '0345111222' }, { email: 'wim@example.org' }]) {
      const after = (await coordinator.post('/v1/beheer/people/export', query)).body;
      assert.deepEqual([after.signups, after.messages, after.views], [[], [], []], JSON.stringify(query));
    }
    const dump = JSON.stringify((await f.db.query('select * from volunteer_signups')).rows) + JSON.stringify((await f.db.query('select * from outbox')).rows);
    for (const personal of ['Wim Weg', 'wim@example.org', '111222', '111 222']) assert.ok(!dump.includes(personal), `${personal} is gone from sign-ups and outbox`);

    // Wanda moved up and was told.
    const wanda = await f.request(`/v1/volunteer-signups/${waiting.reference}`, { headers: { authorization: `Bearer ${waiting.token}` } });
    assert.equal(wanda.body.status, 'confirmed');
    assert.equal(await count(f, `select count(*)::int as n from outbox o join volunteer_signups s on s.id = o.signup_id where s.reference = $1 and o.kind = 'waitlist-moved-up'`, [waiting.reference]), 1);

    // The audit log keeps that two sign-ups were deleted (by reference), nothing personal.
    const rows = (await auditSince(f, before)).filter((r) => r.action === 'delete');
    assert.deepEqual(rows.map((r) => [r.record_type, r.record_id]).sort(), [['volunteer-signup', cancelled.reference], ['volunteer-signup', leaving.reference]].sort());

    assert.deepEqual((await coordinator.post('/v1/beheer/people/erase', { phone: '0345111222' })).body, { signups: 0, rides: 0, messages: 0 }, 'again: nothing left');
  });

  it('gives nobody a place at a shift that has begun', async () => {
    const f = await privacyFixture();
    const shift = BUS('20261204');
    await f.signUp({ ...shift, name: 'Pim Past', email: 'pim@example.org' });
    const waiting = await f.signUp({ ...shift, name: 'Nel Nawacht', email: 'nel@example.org' });
    f.advance(4 * 86_400_000); // Saturday 5 December: the Friday bus has gone
    const coordinator = await f.as(COORDINATOR);
    assert.equal((await coordinator.post('/v1/beheer/people/erase', { email: 'pim@example.org' })).body.signups, 1);
    const nel = await f.request(`/v1/volunteer-signups/${waiting.reference}`, { headers: { authorization: `Bearer ${waiting.token}` } });
    assert.equal(nel.body.status, 'waitlisted');
  });
});
