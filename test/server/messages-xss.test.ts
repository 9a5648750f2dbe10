// Markup and header injection typed into a sign-up, followed into the outbox and through a
// real SMTP conversation: the HTML part shows it as text, no header or recipient is added,
// and the plain-text part keeps what the volunteer typed. A name or e-mail address with a
// line break is refused (a name with one used to reach the database and fail there: a 500).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from '../../server/log.ts';
import { smtpTransport } from '../../server/messages/transport.ts';
import { OutboxWorker } from '../../server/messages/worker.ts';
import { outboxOf, signUp, startSmtp, type Received } from './messages-fixture.ts';
import { testApp } from './test-app.ts';

const FROM = 'Samen Linde <noreply@samenlinde.example>';

const NAMES = [
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  'Jan Bcc: stiekem@evil.example',
  '=?UTF-8?B?PHNjcmlwdD4=?= Piet',
  '&lt;script&gt; al ontsnapt',
];
/** Header injection through the name: a name is one line, so these are refused. */
const MULTI_LINE = ['Jan\r\nBcc: stiekem@evil.example', 'Jan\nSubject: Gewonnen!\n\n<b>vet</b>', 'Jan\rTo: nog@evil.example'];
const MESSAGE = [
  '<a href="javascript:alert(2)">klik hier</a>',
  'Bcc: stiekem@evil.example',
  '',
  'To: nog@evil.example',
  '<style>body{display:none}</style><iframe src="https://evil.example"></iframe>',
  '\r\n.\r\nMAIL FROM:<evil@evil.example>', // an SMTP end-of-data in the middle
  '<!-- -->]]><![CDATA[',
].join('\n');

const HTML_TAGS = ['html', 'head', 'meta', 'body', 'p', 'br']; // what textToHtml writes itself
const normalize = (text: string) => text.replace(/\r\n?/g, '\n');

/** The header block of a raw message, folded lines joined. */
const headersOf = (raw: string) => raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);

test('markup and header injection in a sign-up: escaped in the HTML part, no header added, plain text as typed', { timeout: 60_000 }, async (t) => {
  const { app, db } = await testApp();
  const sink = await startSmtp();
  t.after(() => sink.close());
  // An ongoing role: a place for every sign-up.
  const role = await (await app.request('/v1/volunteer-opportunities/taalmaatje')).json();
  const shift = { opportunityId: role.id, occurrenceId: undefined as unknown as string, start: '', placesLeft: 0, privacyVersion: role.privacy.version };
  const [org] = (await db.query<{ email: string }>(
    'select o.email from organizations o join volunteer_opportunities v on v.organization_id = o.id where v.id = $1',
    [shift.opportunityId],
  )).rows;
  const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from volunteer_signups')).rows[0]!.n;
  const before = await count();
  for (const [name, email] of [...MULTI_LINE.map((n) => [n, 'jan@example.org']), ['Jan', 'jan@example.org\r\nBcc: stiekem@evil.example']]) {
    const res = await app.request('/v1/volunteer-signups', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ opportunityId: role.id, name, email, consent: { privacyVersion: role.privacy.version } }),
    });
    const problem = await res.json();
    assert.equal(res.status, 422, `${JSON.stringify(name)} <${JSON.stringify(email)}> is refused`);
    assert.deepEqual(problem.errors.map((e: { name: string }) => e.name), [name === 'Jan' ? 'email' : 'name']);
  }
  assert.equal(await count(), before, 'nothing stored for them');
  const signups = [];
  for (const [i, name] of NAMES.entries()) {
    signups.push({ name, ...(await signUp(app, shift, { name, email: `vrijwilliger-${i}@example.org`, message: MESSAGE })) });
  }

  const worker = new OutboxWorker({ db, transport: smtpTransport(sink.url, FROM), log: createLogger('silent') });
  for (let i = 0; i < 20 && (await worker.tick()).sent; i++);
  await worker.stop();

  const byMessageId = (id: string) => sink.received.filter((r: Received) => r.mail.messageId === id);
  for (const [i, signup] of signups.entries()) {
    const rows = await outboxOf(db, signup.reference);
    assert.deepEqual(rows.map((r) => r.kind), ['signup-confirmation', 'signup-notice'], `both messages for ${JSON.stringify(signup.name)}`);
    for (const row of rows) {
      assert.ok(!/[\r\n]/.test(row.subject), 'the subject is one line');
      assert.ok(!row.subject.includes(signup.name), 'the name is not in the subject');
      assert.ok(row.body.includes(signup.name), 'the outbox keeps the name as typed');
      const got = byMessageId(row.message_id);
      assert.equal(got.length, 1, `${row.kind} arrived once`);
      const { raw, mail, envelopeTo } = got[0]!;
      const to = row.kind === 'signup-confirmation' ? `vrijwilliger-${i}@example.org` : org!.email;
      assert.deepEqual(envelopeTo, [to], 'sent to its one recipient, nobody else');
      assert.deepEqual(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((v) => v.address) : [], [to]);
      assert.equal(mail.bcc, undefined, 'no Bcc');
      assert.equal(mail.cc, undefined, 'no Cc');
      assert.equal(mail.subject, row.subject);
      const names = headersOf(raw).map((h) => h.split(':')[0]!.toLowerCase());
      assert.deepEqual(names.filter((n) => !['content-type', 'from', 'to', 'subject', 'message-id', 'date', 'mime-version'].includes(n)), [], `only the headers the server writes: ${names}`);
      assert.equal(names.filter((n) => n === 'subject').length, 1);
      assert.equal(names.filter((n) => n === 'to').length, 1);

      assert.equal(normalize(mail.text!).trimEnd(), normalize(row.body).trimEnd(), 'the plain-text part is the body as typed');
      const html = mail.html as string;
      const tags = new Set([...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase()));
      assert.deepEqual([...tags].filter((t) => !HTML_TAGS.includes(t)), [], 'no element from the text');
      assert.ok(!/<[^>]*\son[a-z]+\s*=/i.test(html), 'no event handler attribute');
      assert.ok(!/<[^>]*(href|src)\s*=/i.test(html), 'no link or source at all');
      assert.ok(!html.includes('<!--') && !html.includes('<![CDATA['), 'no comment or CDATA from the text');
      const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
      for (const line of normalize(signup.name).split('\n').filter(Boolean)) assert.ok(html.includes(escaped(line)), `the HTML shows "${line}" as text`);
      if (row.kind === 'signup-notice') {
        for (const line of normalize(MESSAGE).split('\n').filter(Boolean)) assert.ok(html.includes(escaped(line)), `the HTML shows "${line}" as text`);
      }
    }
  }
  assert.equal(sink.received.length, signups.length * 2, 'no message more than the outbox holds');
});
