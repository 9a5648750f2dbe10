// The outbox worker sends what sign-ups wrote through a real SMTP conversation, and keeps
// what it could not send until it can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { listOutbox } from '../../server/messages/outbox.ts';
import { smtpTransport } from '../../server/messages/transport.ts';
import { OutboxWorker, type OutboxWorkerOptions } from '../../server/messages/worker.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { closedPort, findShift, outboxOf, signUp, startSmtp, type Received } from './messages-fixture.ts';
import { openEmptyPGlite, testApp } from './test-app.ts';

const FROM = 'Samen Linde <noreply@samenlinde.example>';
const silent = createLogger('silent');

function worker(url: string, options: Partial<OutboxWorkerOptions> = {}) {
  return new OutboxWorker({ db: options.db!, transport: smtpTransport(url, FROM), log: silent, ...options });
}

/** Ticks until a tick sends and fails nothing. */
async function drain(w: OutboxWorker) {
  for (let i = 0; i < 100; i++) {
    const { sent, failed } = await w.tick();
    if (!sent && !failed) return;
  }
  throw new Error('the outbox did not drain');
}

const byMessageId = (received: Received[], id: string) => received.filter((r) => r.mail.messageId === id);

test("a sign-up's confirmation and notice arrive with recipient, Dutch subject, text and HTML parts and their Message-ID", async () => {
  const { app, db } = await testApp();
  const sink = await startSmtp({ login: { user: 'linde', pass: 'geheim' } });
  const shift = await findShift(app, { opportunity: 'tafels-dekken-eetcafe' });
  const signup = await signUp(app, shift, { name: 'Jannie de Vries', email: 'jannie@example.org', phone: '0345 123456', message: 'Ik kan ook afwassen.' });
  const rows = await outboxOf(db, signup.reference);
  assert.deepEqual(rows.map((r) => r.kind), ['signup-confirmation', 'signup-notice']);

  const w = worker(sink.url, { db });
  await drain(w);
  await w.stop();
  await sink.close();

  const [org] = (await db.query<{ email: string }>("select email from organizations where id = 'eetcafe-aan-tafel'")).rows;
  const [confirmation, notice] = rows.map((r) => {
    const copies = byMessageId(sink.received, r.message_id);
    assert.equal(copies.length, 1, `${r.kind} arrived once`);
    return { row: r, got: copies[0]! };
  });
  assert.deepEqual(confirmation!.got.envelopeTo, ['jannie@example.org']);
  assert.deepEqual(notice!.got.envelopeTo, [org!.email]);
  for (const { row, got } of [confirmation!, notice!]) {
    assert.equal(got.mail.subject, row.subject);
    assert.match(row.subject, /eetcafé/, 'the subject has a non-ASCII letter');
    assert.match(got.raw, /^Subject: =\?UTF-8\?/im, 'encoded in the header (RFC 2047)');
    assert.equal(got.mail.from?.value[0]?.address, 'noreply@samenlinde.example');
    assert.equal(got.mail.text?.trimEnd(), row.body.trimEnd(), 'the plain-text part is the outbox body');
    assert.ok(got.mail.html, 'there is an HTML part');
    for (const line of row.body.split('\n').filter(Boolean)) assert.ok((got.mail.html as string).includes(line.replaceAll('&', '&amp;')), `HTML holds "${line}"`);
  }
  assert.match(confirmation!.got.mail.text!, /Beste Jannie de Vries/);
  assert.match(notice!.got.mail.text!, /0345 123456[\s\S]*Ik kan ook afwassen\./);
  for (const row of await outboxOf(db, signup.reference)) {
    assert.ok(row.sent_at, 'marked sent');
    assert.equal(row.attempts, 1);
    assert.equal(row.last_error, null);
  }
});

test('a <script> in the name or message is text in the HTML part, and the plain text keeps it as typed', async () => {
  const { app, db } = await testApp();
  const sink = await startSmtp();
  const shift = await findShift(app);
  const name = `<script>alert("x")</script> & 'Piet'`;
  const message = '<img src=x onerror=alert(1)><a href="javascript:alert(2)">klik</a>';
  const signup = await signUp(app, shift, { name, email: 'piet@example.org', message });
  const w = worker(sink.url, { db });
  await drain(w);
  await w.stop();
  await sink.close();

  const rows = await outboxOf(db, signup.reference);
  assert.equal(rows.length, 2);
  for (const row of rows) {
    const [got] = byMessageId(sink.received, row.message_id);
    const html = got!.mail.html as string;
    const tags = new Set([...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase()));
    assert.deepEqual([...tags].filter((t) => !['html', 'head', 'meta', 'body', 'p', 'br'].includes(t)), [], 'no element from the text');
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Piet&#39;'));
    assert.ok(got!.mail.text!.includes(name), 'the plain text is as typed');
  }
  const notice = rows.find((r) => r.kind === 'signup-notice')!;
  const html = byMessageId(sink.received, notice.message_id)[0]!.mail.html as string;
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;&lt;a href=&quot;javascript:alert(2)&quot;&gt;klik&lt;/a&gt;'));
});

for (const refusal of [
  { code: 451, text: 'Probeer het later nog eens' },
  { code: 550, text: 'Mailbox niet beschikbaar' },
]) {
  test(`a message the SMTP server refuses (${refusal.code}) stays unsent with its error, does not hold up the others, and goes out later`, async () => {
    const { app, db } = await testApp();
    let refusing = true;
    const sink = await startSmtp({ refuse: (to) => (refusing && to === 'weiger@example.org' ? refusal : undefined) });
    const lines: string[] = [];
    let clock = new Date();
    const w = worker(sink.url, { db, now: () => clock, log: createLogger('info', (l) => lines.push(l)) });
    const shift = await findShift(app);
    const refused = await signUp(app, shift, { name: 'Wim Weigeraar', email: 'weiger@example.org' });
    const fine = await signUp(app, shift, { name: 'Fenna Goedbericht', email: 'fenna@example.org' });
    await drain(w);

    const [confirmation, notice] = await outboxOf(db, refused.reference);
    assert.equal(confirmation!.sent_at, null, 'the refused message is kept unsent');
    assert.equal(confirmation!.attempts, 1);
    assert.match(confirmation!.last_error!, new RegExp(`^${refusal.code}\\b.*${refusal.text}`));
    assert.equal(new Date(confirmation!.next_attempt_at!).getTime(), clock.getTime() + 60_000, 'tried again in a minute');
    assert.ok(notice!.sent_at, "the organisation's notice went out");
    for (const row of await outboxOf(db, fine.reference)) assert.equal(byMessageId(sink.received, row.message_id).length, 1, 'the other sign-up arrived');
    assert.equal(byMessageId(sink.received, confirmation!.message_id).length, 0);

    refusing = false;
    clock = new Date(clock.getTime() + 30_000);
    await drain(w);
    assert.equal(byMessageId(sink.received, confirmation!.message_id).length, 0, 'not before the back-off has passed');
    clock = new Date(clock.getTime() + 31_000);
    await drain(w);
    await w.stop();
    await sink.close();
    assert.equal(byMessageId(sink.received, confirmation!.message_id).length, 1, 'it went out later');
    const [after] = await outboxOf(db, refused.reference);
    assert.ok(after!.sent_at);
    assert.equal(after!.attempts, 2);

    const log = lines.join('\n');
    assert.match(log, /not sent/);
    for (const personal of ['weiger@example.org', 'fenna@example.org', 'Wim Weigeraar', 'Fenna', confirmation!.subject, refusal.text]) {
      assert.ok(!log.includes(personal), `the log does not hold "${personal}"`);
    }
  });
}

test('with the SMTP server down, messages stay unsent with the error and go out when it is back', async () => {
  const { app, db } = await testApp();
  const port = await closedPort();
  let clock = new Date();
  const w = worker(`smtp://127.0.0.1:${port}`, { db, now: () => clock });
  const signup = await signUp(app, await findShift(app), { email: 'dirk@example.org' });
  await drain(w);
  for (const row of await outboxOf(db, signup.reference)) {
    assert.equal(row.sent_at, null);
    assert.match(row.last_error!, /ECONNREFUSED|ESOCKET|ECONNECTION/);
  }

  const sink = await startSmtp({ port });
  clock = new Date(clock.getTime() + 61_000);
  await drain(w);
  await w.stop();
  await sink.close();
  for (const row of await outboxOf(db, signup.reference)) {
    assert.ok(row.sent_at, `${row.kind} sent`);
    assert.equal(byMessageId(sink.received, row.message_id).length, 1);
  }
});

test('a message that keeps failing is given up after the last attempt, and kept with its error', async () => {
  const { app, db } = await testApp();
  const sink = await startSmtp({ refuse: (to) => (to === 'nooit@example.org' ? { code: 550, text: 'Onbekend adres' } : undefined) });
  let clock = new Date();
  const w = worker(sink.url, { db, now: () => clock, maxAttempts: 3 });
  const signup = await signUp(app, await findShift(app), { email: 'nooit@example.org' });
  for (let i = 0; i < 6; i++) {
    await drain(w);
    clock = new Date(clock.getTime() + 3_600_000);
  }
  await w.stop();
  await sink.close();
  const [confirmation] = await outboxOf(db, signup.reference);
  assert.equal(confirmation!.attempts, 3);
  assert.equal(confirmation!.sent_at, null);
  assert.ok(confirmation!.failed_at, 'given up');
  assert.match(confirmation!.last_error!, /550/);
});

test('a message whose sending never finishes (the process stops before marking it) is given up after the last attempt; the others in its batch still go', async () => {
  const { app, db } = await testApp();
  const sink = await startSmtp();
  let clock = new Date();
  const signup = await signUp(app, await findShift(app), { email: 'vastloper@example.org' });
  const [poison, neighbour] = await outboxOf(db, signup.reference);
  assert.equal(poison!.kind, 'signup-confirmation');
  // The process dies (here: the tick throws) after the SMTP server accepted, before the mark.
  const w = worker(sink.url, {
    db,
    now: () => clock,
    maxAttempts: 3,
    afterSend: (id) => {
      if (id === poison!.id) throw new Error('the process stopped');
    },
  });
  for (let i = 0; i < 8; i++) {
    await w.tick().catch(() => undefined);
    clock = new Date(clock.getTime() + w.leaseMs + 1000); // the dead worker's lease runs out
  }
  await w.stop();
  await sink.close();
  const [confirmation, notice] = await outboxOf(db, signup.reference);
  assert.equal(confirmation!.sent_at, null, 'never marked sent');
  assert.ok(confirmation!.failed_at, 'given up');
  assert.equal(confirmation!.attempts, 3);
  assert.match(confirmation!.last_error!, /afgebroken/);
  assert.equal(byMessageId(sink.received, confirmation!.message_id).length, 3, 'tried 3 times, not forever');
  assert.equal(notice!.id, neighbour!.id);
  assert.ok(notice!.sent_at, 'the message claimed with it, never tried while it went first, is sent');
  assert.equal(notice!.failed_at, null);
  assert.equal(byMessageId(sink.received, notice!.message_id).length, 1);
});

test('two workers at once send every message exactly once', async () => {
  const { app, db } = await testApp();
  const sink = await startSmtp();
  const shift = await findShift(app);
  const references: string[] = [];
  for (let i = 0; i < 12; i++) references.push((await signUp(app, shift, { name: `Vrijwilliger ${i}`, email: `v${i}@example.org` })).reference);
  const a = worker(sink.url, { db, batchSize: 3 });
  const b = worker(sink.url, { db, batchSize: 3 });
  for (let i = 0; i < 100; i++) {
    const results = await Promise.all([a.tick(), b.tick()]);
    if (results.every((r) => !r.sent && !r.failed)) break;
  }
  await Promise.all([a.stop(), b.stop()]);
  await sink.close();
  const rows = (await Promise.all(references.map((r) => outboxOf(db, r)))).flat();
  // 24, and a reminder for each confirmed one when the shift happens to be tomorrow
  assert.equal(rows.filter((r) => r.kind !== 'shift-reminder').length, 24);
  for (const row of rows) {
    assert.ok(row.sent_at);
    assert.equal(byMessageId(sink.received, row.message_id).length, 1, `message ${row.id} arrived once`);
  }
});

test('started, the worker sends on its timer; stopped, it sends nothing more', async () => {
  const { app, db } = await testApp();
  const sink = await startSmtp();
  const w = worker(sink.url, { db, intervalMs: 20 }).start();
  const shift = await findShift(app);
  const first = await signUp(app, shift, { email: 'tijd@example.org' });
  const before = sink.received.length;
  await sink.arrived(before + 2);
  await w.stop();
  const second = await signUp(app, shift, { email: 'laat@example.org' });
  await new Promise((resolve) => setTimeout(resolve, 200));
  await sink.close();
  assert.ok((await outboxOf(db, first.reference)).every((r) => r.sent_at));
  assert.ok((await outboxOf(db, second.reference)).every((r) => !r.sent_at), 'kept for the next start');
});

test('without a transport (no SMTP_URL) messages are kept, and listed newest first for the "Berichten" page', async () => {
  const { app, db } = await testApp();
  const w = new OutboxWorker({ db, log: silent });
  const signup = await signUp(app, await findShift(app), { name: 'Bewaar Mij', email: 'bewaar@example.org' });
  assert.deepEqual(await w.tick(), { sent: 0, failed: 0, reminders: 0 });
  await w.stop();
  const rows = await outboxOf(db, signup.reference);
  assert.ok(rows.every((r) => !r.sent_at && r.attempts === 0));

  const page = await listOutbox(db, { limit: 2, offset: 0 });
  assert.ok(page.total >= 2);
  assert.deepEqual(page.items.map((m) => m.messageId), rows.map((r) => r.message_id).reverse(), 'the newest two are this sign-up\'s, newest first');
  assert.equal(page.items[1]!.recipient, 'bewaar@example.org');
  assert.equal(page.items[1]!.sentAt, null);
  assert.match(page.items[1]!.body, /Beste Bewaar Mij/);
  assert.equal((await listOutbox(db, { limit: 1000, offset: 0 })).items.length <= 100, true, 'a page holds at most 100');
});

test('on PGlite an idle tick writes nothing, so the agenda need not check its data version again', async () => {
  // Its own embedded database: only PGlite counts writes (db.changes), whatever this run uses.
  const db = await openEmptyPGlite();
  await migrate(db);
  await seedIfEmpty(db);
  const sink = await startSmtp();
  const w = worker(sink.url, { db });
  const before = db.changes!();
  assert.deepEqual(await w.tick(), { sent: 0, failed: 0, reminders: 0 });
  assert.equal(db.changes!(), before);
  await w.stop();
  await sink.close();
  await db.close();
});
