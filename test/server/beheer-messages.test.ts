// The coordinator's "Berichten" page (GET /v1/beheer/messages): what is in the outbox,
// newest first, for the whole network or one organisation, and on record in the audit log.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { markFailed, markSent } from '../../server/messages/outbox.ts';
import { CONTACT, COORDINATOR, privacyFixture } from './privacy-fixture.ts';

const SHIFT = { opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: 'koffieochtend-dorpshuis-20261208T1000' }; // Dorpshuis De Linde
const ONGOING = { opportunityId: 'taalmaatje' }; // Taalmaatjes Linde

async function idsOf(f: Awaited<ReturnType<typeof privacyFixture>>, reference: string): Promise<number[]> {
  const { rows } = await f.db.query<{ id: number }>('select o.id::int as id from outbox o join volunteer_signups s on s.id = o.signup_id where s.reference = $1 order by o.id', [reference]);
  return rows.map((r) => r.id);
}

describe('GET /v1/beheer/messages', () => {
  it('shows a coordinator every message, newest first, with what was sent and that mail is kept without SMTP', async () => {
    const f = await privacyFixture();
    const first = await f.signUp({ ...SHIFT, name: 'Berta Bericht', email: 'berta@example.org' });
    f.advance(60_000);
    const second = await f.signUp({ ...ONGOING, name: 'Teun Taal', email: 'teun@example.org' });
    const coordinator = await f.as(COORDINATOR);
    const page = await coordinator.get('/v1/beheer/messages?limit=4');
    assert.equal(page.status, 200, JSON.stringify(page.body));
    assert.equal(page.body.delivery, 'kept');
    assert.equal(page.body.limit, 4);
    // Each sign-up wrote a confirmation and a notice to the organisation: the newest four are theirs.
    assert.deepEqual(
      page.body.items.map((m: any) => m.signupReference),
      [second.reference, second.reference, first.reference, first.reference],
    );
    const confirmation = page.body.items.find((m: any) => m.signupReference === first.reference && m.kind === 'signup-confirmation');
    assert.equal(confirmation.recipient, 'berta@example.org');
    assert.equal(confirmation.state, 'waiting');
    assert.equal(confirmation.attempts, 0);
    assert.match(confirmation.text, /Beste Berta Bericht/);
    assert.equal('sentAt' in confirmation, false);
    assert.ok(page.body.total >= 4);
    const two = await coordinator.get('/v1/beheer/messages?limit=2&offset=1');
    assert.deepEqual([two.body.offset, two.body.next], [1, 3]);
    assert.deepEqual(two.body.items.map((m: any) => m.id), page.body.items.slice(1, 3).map((m: any) => m.id));
  });

  it('shows an organisation contact only the messages about their own organisation\'s sign-ups', async () => {
    const f = await privacyFixture();
    const ours = await f.signUp({ ...SHIFT, name: 'Olga Onze', email: 'olga@example.org' });
    const theirs = await f.signUp({ ...ONGOING, name: 'Anton Ander', email: 'anton@example.org' });
    const contact = await f.as(CONTACT);
    const page = await contact.get('/v1/beheer/messages?limit=100');
    assert.equal(page.status, 200);
    const references = new Set(page.body.items.map((m: any) => m.signupReference));
    assert.ok(references.has(ours.reference), 'their own organisation\'s sign-up is there');
    assert.ok(!references.has(theirs.reference), 'another organisation\'s is not');
    assert.ok(!JSON.stringify(page.body).includes('anton@example.org'));
    const { rows } = await f.db.query<{ n: number }>(
      `select count(*)::int as n from outbox o join volunteer_signups s on s.id = o.signup_id
         join volunteer_opportunities v on v.id = s.opportunity_id where v.organization_id = 'dorpshuis-de-linde'`,
    );
    assert.equal(page.body.total, rows[0]!.n, 'the total counts their messages only');
  });

  it('filters on waiting, sent and failed', async () => {
    const f = await privacyFixture();
    const made = await f.signUp({ ...SHIFT, name: 'Stella Staat', email: 'stella@example.org' });
    const [confirmationId, noticeId] = await idsOf(f, made.reference);
    await markSent(f.db, confirmationId!, f.now());
    await markFailed(f.db, noticeId!, 'De ontvangende server weigerde het bericht (550).', f.now(), true, f.now());
    const coordinator = await f.as(COORDINATOR);
    const ofState = async (state: string) =>
      ((await coordinator.get(`/v1/beheer/messages?state=${state}&limit=100`)).body.items as any[]).filter((m) => m.signupReference === made.reference);
    const sent = await ofState('sent');
    assert.deepEqual(sent.map((m) => [m.id, m.state]), [[String(confirmationId), 'sent']]);
    assert.ok(sent[0].sentAt);
    const failed = await ofState('failed');
    assert.deepEqual(failed.map((m) => [m.id, m.state, m.lastError]), [[String(noticeId), 'failed', 'De ontvangende server weigerde het bericht (550).']]);
    assert.deepEqual(await ofState('waiting'), []);
    assert.equal((await coordinator.get('/v1/beheer/messages?state=verstuurd')).status, 400);
  });

  it('writes one audit row per message shown, with no personal data in it', async () => {
    const f = await privacyFixture();
    await f.signUp({ ...SHIFT, name: 'Aukje Audit', email: 'aukje@example.org', phone: '0345 987654' });
    const coordinator = await f.as(COORDINATOR);
    const before = (await f.db.query<{ id: number }>('select coalesce(max(id), 0)::int as id from audit_log')).rows[0]!.id;
    const page = await coordinator.get('/v1/beheer/messages?limit=3');
    const { rows } = await f.db.query<Record<string, unknown>>('select account_id, action, record_type, record_id from audit_log where id > $1 order by id', [before]);
    assert.deepEqual(rows.map((r) => [r.action, r.record_type]), [['view', 'message'], ['view', 'message'], ['view', 'message']]);
    assert.deepEqual(rows.map((r) => r.record_id).sort(), page.body.items.map((m: any) => m.id).sort());
    const dump = JSON.stringify(rows);
    for (const personal of ['Aukje', 'aukje@example.org', '987654']) assert.ok(!dump.includes(personal), `${personal} is not in the audit log`);
  });

  it('says delivery smtp when SMTP_URL is set, and needs a session', async () => {
    const f = await privacyFixture({ smtpUrl: 'smtp://127.0.0.1:2525' });
    assert.equal((await (await f.as(COORDINATOR)).get('/v1/beheer/messages?limit=1')).body.delivery, 'smtp');
    const anonymous = await f.request('/v1/beheer/messages');
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.headers.get('content-type')!, /problem\+json/);
  });
});
