// The server killed (SIGKILL, no time to clean up) in the middle of a burst of ride requests,
// then started again on the same data: every request answered 201 is there, none twice, the
// retries with their Idempotency-Key make no second one, and the places held per block are
// exactly those of the stored requests. On PGlite always; on PostgreSQL too with DATABASE_URL.
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

const TOTAL = 150;
const AT_ONCE = 20;
/** SIGKILL as soon as this many 201s have arrived. */
const KILL_AFTER = 40;

let root = '';
const running: ServerProcess[] = [];

before(() => {
  root = mkdtempSync(join(tmpdir(), 'buurtkit-ride-kill-'));
});
after(async () => {
  await Promise.all(running.map(stopServer));
  rmSync(root, { recursive: true, force: true });
});

function start(env: Record<string, string>) {
  const server = startServer({ WRITE_RATE_LIMIT: '0', ...env });
  running.push(server);
  return server;
}

interface Attempt {
  i: number;
  key: string;
  body: string;
  answer?: { status: number; reference?: string; token?: string; retryAfter: number };
}

async function post(url: string, a: Attempt) {
  const res = await fetch(`${url}v1/ride-requests`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': a.key }, body: a.body });
  const body = await res.json();
  return { status: res.status, reference: body.reference, token: body.token, retryAfter: Number(res.headers.get('retry-after') ?? 0) };
}

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
        // No answer: the connection died with the server. Retried later.
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  await server.exited;
}

async function retry(url: string, a: Attempt, deadline: number) {
  for (;;) {
    const answer = await post(url, a);
    if (answer.status !== 409 || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, answer.retryAfter) * 1000));
  }
}

/** The requests of the burst, spread over the open blocks the server offers now (one seat each, never more than a block has). */
async function attemptsFor(url: string, tag: string): Promise<Attempt[]> {
  const service = await (await fetch(`${url}v1/rides`)).json();
  const from = service.leadTime.earliestDate;
  const { days } = await (await fetch(`${url}v1/rides/availability?from=${from}`)).json();
  const slots = days.filter((d: { status: string }) => d.status === 'open').flatMap((d: { date: string; blocks: { start: string }[] }) => d.blocks.map((b) => ({ date: d.date, time: b.start.slice(11, 16) })));
  assert.ok(slots.length * 7 >= TOTAL, 'room for the whole burst');
  return Array.from({ length: TOTAL }, (_, i) => {
    const slot = slots[i % slots.length];
    return {
      i,
      key: randomUUID(),
      body: JSON.stringify({
        passenger: { name: `Rit ${tag} ${i}`, phone: '0345 654321', address: { postalCode: '4199 XA', houseNumber: '12', street: 'Dorpsstraat' }, mobility: { rollator: false, wheelchair: 'none', helpAtDoor: false }, companions: 0 },
        destination: { placeId: 'supermarkt-linde' },
        trip: { date: slot.date, timeKind: 'pick-up-at', time: slot.time },
        consent: { privacyVersion: service.privacy.version },
      }),
    };
  });
}

async function killAndRestart(env: Record<string, string>, check: (tag: string) => Promise<{ names: Map<string, number>; mismatched: unknown[] }>) {
  const first = start(env);
  const url = await first.listening;
  const tag = randomUUID().slice(0, 8);
  const attempts = await attemptsFor(url, tag);
  await burst(first, url, attempts);
  const answered = attempts.filter((a) => a.answer?.status === 201);
  const unanswered = attempts.filter((a) => !a.answer);
  assert.equal(first.child.signalCode, 'SIGKILL');
  assert.ok(answered.length >= KILL_AFTER);
  assert.ok(unanswered.length > 0, 'the kill left requests unanswered');
  assert.deepEqual(attempts.filter((a) => a.answer && a.answer.status !== 201).map((a) => a.answer), [], 'every answer before the kill was 201');

  const second = start(env);
  const url2 = await second.listening;
  for (const a of answered) {
    const res = await fetch(`${url2}v1/ride-requests/${a.answer!.reference}`, { headers: { authorization: `Bearer ${a.answer!.token}` } });
    assert.equal(res.status, 200, `request ${a.i}, answered 201 before the kill, is there`);
    assert.equal((await res.json()).passengerName, `Rit ${tag} ${a.i}`);
  }
  const deadline = Date.now() + 90_000;
  const retried = await Promise.all(unanswered.map((a) => retry(url2, a, deadline)));
  assert.deepEqual(retried.map((r) => r.status), unanswered.map(() => 201), 'every retry is answered 201');
  await stopServer(second);

  const { names, mismatched } = await check(`Rit ${tag} %`);
  assert.deepEqual([...names].filter(([, n]) => n !== 1), [], 'no request stored twice');
  assert.equal(names.size, TOTAL, 'every request stored once');
  assert.deepEqual(mismatched, [], 'each block holds exactly the seats of its stored requests');
  return { answered: answered.length, unanswered: unanswered.length };
}

const checkIn = (db: Database) => async (pattern: string) => {
  const { rows } = await db.query<{ name: string; n: number }>('select passenger_name as name, count(*)::int as n from ride_requests where passenger_name like $1 group by passenger_name', [pattern]);
  const { rows: mismatched } = await db.query(
    `select b.starts_at, b.seats_held, b.wheelchair_held, coalesce(r.seats, 0) as seats, coalesce(r.wheelchair, 0) as wheelchair
       from ride_blocks b left join (
         select block, sum(seats)::int as seats, sum(wheelchair_places)::int as wheelchair from (
           select outward_block as block, seats, wheelchair_places from ride_requests where status in ('requested', 'confirmed')
           union all
           select return_block, seats, wheelchair_places from ride_requests where status in ('requested', 'confirmed') and return_block is not null) t
         group by block) r on r.block = b.starts_at
      where b.seats_held <> coalesce(r.seats, 0) or b.wheelchair_held <> coalesce(r.wheelchair, 0)`,
  );
  return { names: new Map(rows.map((r) => [r.name, r.n])), mismatched };
};

describe('kill -9 during a burst of ride requests', () => {
  it('on PGlite: every 201 survives, nothing twice, held places match the requests', { timeout: 240_000 }, async () => {
    const template = join(root, 'template');
    const db = await openDatabase({ dataDir: template });
    await migrate(db);
    await seedIfEmpty(db);
    await db.close();
    const dataDir = join(root, 'data');
    cpSync(template, dataDir, { recursive: true });
    const result = await killAndRestart({ DATABASE_URL: '', BUURTKIT_DATA_DIR: dataDir }, async (pattern) => {
      const after = await openDatabase({ dataDir });
      try {
        return await checkIn(after)(pattern);
      } finally {
        await after.close();
      }
    });
    console.log(`ride kill -9 on PGlite: ${result.answered} answered before the kill, ${result.unanswered} retried`);
  });

  if (process.env.DATABASE_URL) it('on PostgreSQL (DATABASE_URL): the same', { timeout: 240_000 }, async () => {
    const db = await openTestDatabase();
    try {
      await migrate(db);
      await seedIfEmpty(db);
      const { rows } = await db.query<{ schema: string }>('select current_schema() as schema');
      const url = new URL(process.env.DATABASE_URL!);
      url.searchParams.set('options', `-c search_path=${rows[0]!.schema}`);
      const result = await killAndRestart({ DATABASE_URL: url.toString() }, checkIn(db));
      console.log(`ride kill -9 on PostgreSQL: ${result.answered} answered before the kill, ${result.unanswered} retried`);
    } finally {
      await db.close();
    }
  });
});
