// The server killed (SIGKILL, no time to clean up) in the middle of a burst of sign-ups,
// then started again on the same data: every sign-up that was answered 201 is there, none
// is there twice, and retrying the unanswered ones with their Idempotency-Key never makes a
// second one. On PGlite always; on PostgreSQL too when DATABASE_URL is set.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { startServer, stopServer, type ServerProcess } from './server-process.ts';
import { openTestDatabase } from './test-app.ts';

const TOTAL = 200;
const AT_ONCE = 20;
/** SIGKILL as soon as this many 201s have arrived: the same point in every run. */
const KILL_AFTER = 60;
const OPPORTUNITY = 'taalmaatje'; // an ongoing role: every sign-up gets a place

let root = '';
const running: ServerProcess[] = [];

before(() => {
  root = mkdtempSync(join(tmpdir(), 'buurtkit-kill-'));
});
after(async () => {
  await Promise.all(running.map(stopServer));
  rmSync(root, { recursive: true, force: true });
});

function start(env: Record<string, string>) {
  // The write limit off: the burst comes from one address.
  const server = startServer({ WRITE_RATE_LIMIT: '0', ...env });
  running.push(server);
  return server;
}

interface Attempt {
  i: number;
  key: string;
  body: string;
  answer?: { status: number; reference?: string; token?: string };
}

async function post(url: string, a: Attempt) {
  const res = await fetch(`${url}v1/volunteer-signups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': a.key },
    body: a.body,
  });
  const body = await res.json();
  return { status: res.status, reference: body.reference, token: body.token, retryAfter: Number(res.headers.get('retry-after') ?? 0) };
}

/** Sends every attempt, AT_ONCE at a time, and kills the server after KILL_AFTER 201s. */
async function burst(server: ServerProcess, url: string, attempts: Attempt[]) {
  let created = 0;
  let next = 0;
  const worker = async () => {
    while (next < attempts.length) {
      const a = attempts[next++]!;
      try {
        const answer = await post(url, a);
        a.answer = answer;
        if (answer.status === 201 && ++created === KILL_AFTER) server.child.kill('SIGKILL');
      } catch {
        // No answer: the connection died with the server. This one is retried later.
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  await server.exited;
}

/**
 * Retries an unanswered sign-up with its own key until it is answered 201. A 409 says a claim
 * of the dead process still holds the key: it is taken over after a minute (takeoverMs).
 */
let conflicts = 0;
async function retry(url: string, a: Attempt, deadline: number) {
  for (;;) {
    const answer = await post(url, a);
    if (answer.status !== 409 || Date.now() > deadline) return answer;
    conflicts++;
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, answer.retryAfter) * 1000));
  }
}

async function killAndRestart(env: Record<string, string>, count: (name: string) => Promise<Map<string, number>>) {
  const first = start(env);
  const url = await first.listening;
  const opportunity = await (await fetch(`${url}v1/volunteer-opportunities/${OPPORTUNITY}`)).json();
  const tag = randomUUID().slice(0, 8);
  const attempts: Attempt[] = Array.from({ length: TOTAL }, (_, i) => ({
    i,
    key: randomUUID(),
    body: JSON.stringify({ opportunityId: OPPORTUNITY, name: `Burst ${tag} ${i}`, email: `burst-${i}@example.org`, consent: { privacyVersion: opportunity.privacy.version } }),
  }));
  const started = performance.now();
  await burst(first, url, attempts);
  const answered = attempts.filter((a) => a.answer?.status === 201);
  const unanswered = attempts.filter((a) => !a.answer);
  assert.equal(first.child.signalCode, 'SIGKILL');
  assert.ok(answered.length >= KILL_AFTER, `${answered.length} answered 201 before the kill`);
  assert.ok(unanswered.length > 0, 'the kill left sign-ups unanswered');
  assert.deepEqual(attempts.filter((a) => a.answer && a.answer.status !== 201), [], 'every answer before the kill was 201');

  const second = start(env);
  const url2 = await second.listening;
  for (const a of answered) {
    const res = await fetch(`${url2}v1/volunteer-signups/${a.answer!.reference}`, { headers: { authorization: `Bearer ${a.answer!.token}` } });
    assert.equal(res.status, 200, `sign-up ${a.i}, answered 201 before the kill, is there`);
    assert.equal((await res.json()).name, `Burst ${tag} ${a.i}`);
  }
  // Retried with their own keys: made now, or (committed but the answer lost) replayed.
  conflicts = 0;
  const retryStarted = performance.now();
  const deadline = Date.now() + 90_000;
  const retried = await Promise.all(unanswered.map((a) => retry(url2, a, deadline)));
  assert.deepEqual(retried.map((r) => r.status), unanswered.map(() => 201), 'every retry is answered 201');
  // A second retry of everything replays the same sign-up.
  for (const [n, a] of [...answered, ...unanswered].entries()) {
    const again = await post(url2, a);
    const reference = n < answered.length ? a.answer!.reference : retried[n - answered.length]!.reference;
    assert.equal(again.status, 201);
    assert.equal(again.reference, reference, `sign-up ${a.i} replays its one reference`);
  }
  const retrySeconds = (performance.now() - retryStarted) / 1000;
  await stopServer(second);

  const rows = await count(`Burst ${tag} %`);
  const twice = [...rows].filter(([, n]) => n !== 1);
  assert.deepEqual(twice, [], 'no sign-up stored twice');
  assert.equal(rows.size, TOTAL, 'every sign-up stored once');
  return { seconds: (performance.now() - started) / 1000, answered: answered.length, unanswered: unanswered.length, conflicts, retrySeconds };
}

const countIn = (db: Database) => async (pattern: string) => {
  const { rows } = await db.query<{ name: string; n: number }>('select name, count(*)::int as n from volunteer_signups where name like $1 group by name', [pattern]);
  return new Map(rows.map((r) => [r.name, r.n]));
};

describe('kill -9 during a burst of sign-ups', () => {
  it('on PGlite: every 201 survives, nothing twice, retries make no duplicates', { timeout: 240_000 }, async () => {
    const template = join(root, 'template');
    const db = await openDatabase({ dataDir: template });
    await migrate(db);
    await seedIfEmpty(db);
    await db.close();
    const dataDir = join(root, 'data');
    cpSync(template, dataDir, { recursive: true });
    const env = { DATABASE_URL: '', BUURTKIT_DATA_DIR: dataDir };
    const result = await killAndRestart(env, async (pattern) => {
      const after = await openDatabase({ dataDir });
      try {
        return await countIn(after)(pattern);
      } finally {
        await after.close();
      }
    });
    console.log(`kill -9 on PGlite: ${result.answered} answered before the kill, ${result.unanswered} retried (${result.conflicts} 409s on the way, ${result.retrySeconds.toFixed(1)} s), ${result.seconds.toFixed(1)} s in all`);
  });

  // Only where the suite runs against PostgreSQL (bash test/with-postgres.sh).
  if (process.env.DATABASE_URL) it('on PostgreSQL (DATABASE_URL): the same', { timeout: 240_000 }, async () => {
    const db = await openTestDatabase();
    try {
      await migrate(db);
      await seedIfEmpty(db);
      const { rows } = await db.query<{ schema: string }>('select current_schema() as schema');
      const url = new URL(process.env.DATABASE_URL!);
      url.searchParams.set('options', `-c search_path=${rows[0]!.schema}`);
      const result = await killAndRestart({ DATABASE_URL: url.toString() }, countIn(db));
      console.log(`kill -9 on PostgreSQL: ${result.answered} answered before the kill, ${result.unanswered} retried (${result.conflicts} 409s on the way, ${result.retrySeconds.toFixed(1)} s), ${result.seconds.toFixed(1)} s in all`);
    } finally {
      await db.close();
    }
  });
});
