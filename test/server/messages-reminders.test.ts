// The reminder the day before a shift: once per confirmed sign-up with an e-mail address,
// however often the job runs, and sent like every other message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, localToInstant, todayIn } from '../../common/zoned-time.ts';
import { createLogger } from '../../server/log.ts';
import { writeShiftReminders } from '../../server/messages/reminders.ts';
import { smtpTransport } from '../../server/messages/transport.ts';
import { OutboxWorker } from '../../server/messages/worker.ts';
import { cancel, findShift, outboxOf, signUp, startSmtp } from './messages-fixture.ts';
import { testApp } from './test-app.ts';

const reminders = async (db: Parameters<typeof outboxOf>[0], reference: string) => (await outboxOf(db, reference)).filter((r) => r.kind === 'shift-reminder');

test('the day before a shift, each confirmed volunteer with an e-mail address gets one reminder, however often the job runs', async () => {
  const { app, db } = await testApp();
  const { timezone: zone } = (await db.query<{ timezone: string }>('select timezone from network')).rows[0]!;
  const shift = await findShift(app, { places: 3 });
  const withEmail = await signUp(app, shift, { name: 'Anna Herinnering', email: 'anna@example.org' });
  const phoneOnly = await signUp(app, shift, { name: 'Bert Belmij', phone: '06 12345678' });
  const cancelled = await signUp(app, shift, { name: 'Cor Afgemeld', email: 'cor@example.org' });
  await cancel(app, cancelled);
  const second = await signUp(app, shift, { name: 'Dina Ook', email: 'dina@example.org' });
  // Fill the shift, then one more: on the waiting list, so not expected tomorrow.
  for (let i = 3; i < shift.placesLeft; i++) await signUp(app, shift, { name: `Vuller ${i}`, phone: '06 12345678' });
  const waiting = await signUp(app, shift, { name: 'Wachtende Willem', email: 'willem@example.org' });
  assert.equal(waiting.status, 'waitlisted');

  const day = todayIn(zone, new Date(shift.start));
  const at = (local: string) => new Date(localToInstant(local, zone));

  assert.equal(await writeShiftReminders(db, at(`${addDays(day, -2)}T23:55`)), 0, 'two days before: nothing yet');
  // Just after midnight in the network's zone (still the day before that in UTC).
  const dayBefore = at(`${addDays(day, -1)}T00:05`);
  assert.equal(await writeShiftReminders(db, dayBefore, 1), 1, 'bounded: one per run when asked');
  let total = 1;
  for (let i = 0; i < 3; i++) total += await writeShiftReminders(db, dayBefore);
  total += (await Promise.all([writeShiftReminders(db, dayBefore), writeShiftReminders(db, dayBefore)])).reduce((a, b) => a + b);
  assert.equal(total, 2);

  assert.equal((await reminders(db, withEmail.reference)).length, 1);
  assert.equal((await reminders(db, second.reference)).length, 1);
  assert.equal((await reminders(db, phoneOnly.reference)).length, 0, 'no e-mail address: no reminder');
  assert.equal((await reminders(db, cancelled.reference)).length, 0, 'cancelled: no reminder');
  assert.equal((await reminders(db, waiting.reference)).length, 0, 'on the waiting list: no reminder');

  const [reminder] = await reminders(db, withEmail.reference);
  const detail = await (await app.request(`/v1/volunteer-opportunities/${shift.opportunityId}`)).json();
  assert.equal(reminder!.recipient, 'anna@example.org');
  assert.equal(reminder!.subject, `Morgen: ${detail.title}`);
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(shift.start)).replace(':', '.');
  for (const part of ['Beste Anna Herinnering', 'Morgen helpt u mee', `Wat: ${detail.title}`, `Organisatie: ${detail.organizer.name}`, `om ${time} uur`, `Waar: ${detail.where}`, `Uw kenmerk: ${withEmail.reference}`, 'Meld u dan zo snel mogelijk af']) {
    assert.ok(reminder!.body.includes(part), `the reminder says "${part}"`);
  }
  assert.ok(!reminder!.body.includes(withEmail.token), 'the secret token is not in the stored message');
});

test("the worker's tick writes the reminder and sends it", async () => {
  const { app, db } = await testApp();
  const { timezone: zone } = (await db.query<{ timezone: string }>('select timezone from network')).rows[0]!;
  const sink = await startSmtp();
  const shift = await findShift(app);
  const signup = await signUp(app, shift, { name: 'Els Straks', email: 'els@example.org' });
  const dayBefore = new Date(localToInstant(`${addDays(todayIn(zone, new Date(shift.start)), -1)}T09:00`, zone));
  const worker = new OutboxWorker({ db, transport: smtpTransport(sink.url, 'noreply@samenlinde.example'), log: createLogger('silent'), now: () => dayBefore });
  for (let i = 0; i < 20 && (await worker.tick()).sent; i++);
  await worker.stop();
  await sink.close();
  const [reminder] = await reminders(db, signup.reference);
  assert.ok(reminder?.sent_at, 'written and sent');
  const got = sink.received.filter((r) => r.mail.messageId === reminder!.message_id);
  assert.equal(got.length, 1);
  assert.deepEqual(got[0]!.envelopeTo, ['els@example.org']);
  assert.equal(got[0]!.mail.subject, reminder!.subject);
  assert.match(got[0]!.mail.text!, /Beste Els Straks/);
});
