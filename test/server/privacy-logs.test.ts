// "Logs never hold personal data": a volunteer's whole way through the server, with its
// real logger, leaves not their name, e-mail address or phone number in any log line:
// signing up, a mail the SMTP server refuses (its refusal naming the address), a wrong
// and a right login, the coordinator's Berichten, an export, an erase and the retention job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { smtpTransport } from '../../server/messages/transport.ts';
import { OutboxWorker } from '../../server/messages/worker.ts';
import { removeExpired, RetentionJob } from '../../server/privacy/retention.ts';
import { startSmtp } from './messages-fixture.ts';
import { COORDINATOR, privacyFixture } from './privacy-fixture.ts';

const NAME = 'Gijsbertha Zwanenburg';
const EMAIL = 'g.zwanenburg@voorbeeld.example';
const PHONE = '06 8765 4321';
const PERSONAL = [NAME, 'Gijsbertha', 'Zwanenburg', EMAIL, 'zwanenburg@', PHONE, '87654321', '0687654321', '8765 4321'];

test('no log line holds the volunteer\'s name, e-mail address or phone number', { timeout: 60_000 }, async () => {
  const sink = await startSmtp({ refuse: (to) => (to === EMAIL ? { code: 550, text: `5.1.1 <${to}>: Recipient address rejected: User unknown (${NAME})` } : undefined) });
  const f = await privacyFixture({ smtpUrl: sink.url });
  try {
    const made = await f.signUp({ opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: 'koffieochtend-dorpshuis-20261215T1000', name: NAME, email: EMAIL, phone: PHONE, message: `Bel mij op ${PHONE}` });
    await f.signUp({ opportunityId: 'taalmaatje', name: NAME, phone: PHONE }); // a second sign-up, by phone only

    const worker = new OutboxWorker({ db: f.db, transport: smtpTransport(sink.url, 'Samen Linde <noreply@samenlinde.example>'), log: f.log, now: f.now });
    const tick = await worker.tick();
    await worker.stop();
    assert.ok(tick.failed >= 1, `the confirmation to the volunteer was refused: ${JSON.stringify(tick)}`);

    // A wrong login with the volunteer's address as the e-mail, then the coordinator's.
    const wrong = await f.request('/v1/beheer/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PHONE }) });
    assert.equal(wrong.status, 401);
    const coordinator = await f.as(COORDINATOR);
    assert.equal((await coordinator.get('/v1/beheer/messages?limit=10')).status, 200);
    const exported = await coordinator.post('/v1/beheer/people/export', { email: EMAIL });
    assert.equal(exported.body.signups[0].reference, made.reference);
    assert.equal((await coordinator.post('/v1/beheer/people/export', { phone: 'geen nummer ' + PHONE })).status, 422); // a bad query
    assert.deepEqual((await coordinator.post('/v1/beheer/people/erase', { phone: PHONE })).body.signups, 2);

    // The retention job with something to remove: another sign-up, cancelled, months ago.
    const other = await f.signUp({ opportunityId: 'taalmaatje', name: NAME, email: EMAIL });
    await f.cancel(other);
    f.advance(120 * 86_400_000);
    const job = new RetentionJob({ db: f.db, days: 90, log: f.log, now: f.now }).start();
    await job.stop();
    assert.deepEqual((await removeExpired(f.db, { days: 90, now: f.now() })).signups, 0, 'the job removed it');

    const lines = f.logLines;
    assert.ok(lines.some((l) => JSON.parse(l).msg === 'request'), 'the logger was writing');
    assert.ok(lines.some((l) => /outbox message not sent/.test(l)), 'the failed attempt was logged');
    assert.ok(lines.some((l) => /retention removed/.test(l)), 'the retention run was logged');
    for (const line of lines) {
      for (const personal of PERSONAL) assert.ok(!line.toLowerCase().includes(personal.toLowerCase()), `"${personal}" in: ${line}`);
    }
  } finally {
    await sink.close();
  }
});
