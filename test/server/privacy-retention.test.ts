// The retention job: sign-up data is removed RETENTION_DAYS after the shift ended, or
// after the volunteer stopped (cancelled), and not a minute before; the rest stays. It
// works in bounded batches and logs counts only. The app's clock is moved on to see it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RetentionJob, removeExpired } from '../../server/privacy/retention.ts';
import { privacyFixture, type PrivacyFixture } from './privacy-fixture.ts';

const DAY = 86_400_000;
const DAYS = 90;

const exists = async (f: PrivacyFixture, reference: string) =>
  (await f.db.query('select 1 from volunteer_signups where reference = $1', [reference])).rows.length === 1;
const messagesOf = async (f: PrivacyFixture, signupIds: number[]) =>
  (await f.db.query<{ n: number }>('select count(*)::int as n from outbox where signup_id = any($1::bigint[])', [signupIds])).rows[0]!.n;
const idOf = async (f: PrivacyFixture, reference: string) =>
  (await f.db.query<{ id: number }>('select id::int as id from volunteer_signups where reference = $1', [reference])).rows[0]!.id;
const endOf = async (f: PrivacyFixture, activity: string, key: string) =>
  new Date((await f.db.query<{ ends_at: string }>('select ends_at from activity_occurrences where activity_id = $1 and occurrence_key = $2', [activity, key])).rows[0]!.ends_at).getTime();

describe('the retention job', () => {
  it('removes exactly what is past its time, with its messages, and nothing else', async () => {
    const f = await privacyFixture();
    const coffee = await f.signUp({ opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: 'koffieochtend-dorpshuis-20261208T1000', name: 'Koos Koffie', email: 'koos@example.org' });
    const busSeat = await f.signUp({ opportunityId: 'begeleider-boodschappenrit', occurrenceId: 'boodschappenrit-20261211T0930', name: 'Bea Bus', email: 'bea@example.org' });
    const busWait = await f.signUp({ opportunityId: 'begeleider-boodschappenrit', occurrenceId: 'boodschappenrit-20261211T0930', name: 'Wout Wacht', phone: '06 11112222' });
    const later = await f.signUp({ opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: 'koffieochtend-dorpshuis-20261222T1000', name: 'Lotte Later', email: 'lotte@example.org' });
    const ongoing = await f.signUp({ opportunityId: 'taalmaatje', name: 'Bram Blijft', email: 'bram@example.org' });
    const stopped = await f.signUp({ opportunityId: 'taalmaatje', name: 'Stijn Stopt', email: 'stijn@example.org' });
    // An Idempotency-Key's stored answer (kept 24 hours) goes too, even when no write sweeps it.
    await f.request('/v1/volunteer-signups', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'retention-0001' },
      body: JSON.stringify({ opportunityId: 'taalmaatje', name: 'Iris Idem', email: 'iris@example.org', consent: { privacyVersion: 'vrijwilligers-2026-11' } }),
    });
    f.advance(DAY);
    const stoppedAt = f.now().getTime();
    await f.cancel(stopped);
    const coffeeId = await idOf(f, coffee.reference);
    const stoppedId = await idOf(f, stopped.reference);
    const stoppedMessages = await messagesOf(f, [stoppedId]);
    const coffeeMessages = await messagesOf(f, [coffeeId]);
    assert.ok(stoppedMessages > 0 && coffeeMessages > 0);

    const all = [coffee, busSeat, busWait, later, ongoing, stopped].map((s) => s.reference);
    const left = async () => (await Promise.all(all.map(async (r) => ((await exists(f, r)) ? r : undefined)))).filter(Boolean);
    const runAt = async (ms: number) => {
      f.advance(ms - f.now().getTime());
      return removeExpired(f.db, { days: DAYS, now: f.now() });
    };

    // 90 days after stopping, less a minute: nothing yet (but the day-old idempotency answer goes).
    assert.deepEqual(await runAt(stoppedAt + DAYS * DAY - 60_000), { signups: 0, rides: 0, messages: 0, idempotencyKeys: 1 });
    assert.deepEqual(await left(), all);
    assert.equal((await f.db.query('select 1 from idempotency_keys')).rows.length, 0);
    // A minute after: the one who stopped, with the messages about them.
    const first = await runAt(stoppedAt + DAYS * DAY + 60_000);
    assert.equal(first.signups, 1);
    assert.deepEqual(await left(), all.filter((r) => r !== stopped.reference));
    assert.equal(await messagesOf(f, [stoppedId]), 0);
    assert.equal(first.messages, stoppedMessages);

    const coffeeEnd = await endOf(f, 'koffieochtend-dorpshuis', '20261208T1000');
    assert.equal((await runAt(coffeeEnd + DAYS * DAY - 60_000)).signups, 0);
    assert.deepEqual(await runAt(coffeeEnd + DAYS * DAY + 60_000), { signups: 1, rides: 0, messages: coffeeMessages, idempotencyKeys: 0 });
    assert.equal(await messagesOf(f, [coffeeId]), 0);
    assert.deepEqual(await left(), [busSeat.reference, busWait.reference, later.reference, ongoing.reference]);

    // Bounded: one sign-up per batch, one batch per run, and the next run goes on.
    const busEnd = await endOf(f, 'boodschappenrit', '20261211T0930');
    f.advance(busEnd + DAYS * DAY + 60_000 - f.now().getTime());
    const bounded = { days: DAYS, now: f.now(), batchSize: 1, maxBatches: 1 };
    assert.equal((await removeExpired(f.db, bounded)).signups, 1);
    assert.equal((await removeExpired(f.db, bounded)).signups, 1, 'the waiting list of a shift that ended goes too');
    assert.equal((await removeExpired(f.db, bounded)).signups, 0);
    // Still there: a shift two weeks later (not yet 90 days ago), and an ongoing role nobody stopped.
    assert.deepEqual(await left(), [later.reference, ongoing.reference]);
    f.advance(5 * 365 * DAY);
    await removeExpired(f.db, { days: DAYS, now: f.now() });
    assert.deepEqual(await left(), [ongoing.reference]);
  });

  it('runs at start and then on its own, stops on request, and logs counts only', async () => {
    const f = await privacyFixture();
    const gone = await f.signUp({ opportunityId: 'taalmaatje', name: 'Loes Logboek', email: 'loes@example.org', phone: '06 55554444' });
    await f.cancel(gone);
    f.advance(DAYS * DAY + 60_000);
    f.logLines.length = 0;
    const job = new RetentionJob({ db: f.db, days: DAYS, log: f.log, now: f.now, intervalMs: 3_600_000 }).start();
    await job.stop(); // waits for the run in progress: the one at start
    assert.equal(await exists(f, gone.reference), false);
    const lines = f.logLines.map((l) => JSON.parse(l));
    const removed = lines.find((l) => l.msg === 'retention removed');
    assert.ok(removed, f.logLines.join('\n'));
    assert.deepEqual(Object.keys(removed).sort(), ['idempotencyKeys', 'level', 'messages', 'msg', 'rides', 'signups', 'time']);
    for (const personal of ['Loes', 'loes@example.org', '55554444', gone.reference]) assert.ok(!f.logLines.join('\n').includes(personal));
  });
});
