// The server killed (SIGKILL, no time to clean up) in the middle of a burst of activities and
// organisations a coordinator adds in /beheer, each with its Idempotency-Key, then started
// again on the same PGlite folder and every request sent again with its own key: each key
// ends in exactly one stored row (no 'koffieochtend-2'), each row has exactly one audit row,
// nothing is half-written, and every replay gives the id of the first answer that got through.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addAccount } from '../../server/accounts/manage.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { activityBody } from './beheer-activities-fixture.ts';
import { startServer, stopServer, type ServerProcess } from './server-process.ts';

const TOTAL = 45;
const AT_ONCE = 8;
/** SIGKILL as soon as this many 201s have arrived: the same point in every run. */
const KILL_AFTER = 15;
const EMAIL = 'anna@samenlinde.example';
const PASSWORD = 'een lange zin als wachtwoord';

let root = '';
const running: ServerProcess[] = [];
before(() => {
  root = mkdtempSync(join(tmpdir(), 'buurtkit-create-kill-'));
});
after(async () => {
  await Promise.all(running.map(stopServer));
  rmSync(root, { recursive: true, force: true });
});

interface Session {
  url: string;
  cookie: string;
  csrfToken: string;
}

interface Attempt {
  i: number;
  kind: 'activity' | 'organization';
  /** The title or name: one per key, so a second row of a key shows as a second row of it. */
  label: string;
  key: string;
  body: string;
  answer?: { status: number; id?: string };
}

async function start(dataDir: string): Promise<{ server: ServerProcess; session: Session }> {
  // The write limit off: the burst comes from one address.
  const server = startServer({ WRITE_RATE_LIMIT: '0', DATABASE_URL: '', BUURTKIT_DATA_DIR: dataDir });
  running.push(server);
  const url = await server.listening;
  const origin = new URL(url).origin;
  const res = await fetch(`${url}v1/beheer/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
  assert.equal(res.status, 200, 'the coordinator logs in');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { server, session: { url, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrfToken } };
}

async function post(s: Session, a: Attempt) {
  const res = await fetch(`${s.url}v1/beheer/${a.kind === 'activity' ? 'activities' : 'organizations'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(s.url).origin, cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'idempotency-key': a.key },
    body: a.body,
  });
  const body = (await res.json()) as { id?: string };
  return { status: res.status, id: body.id };
}

/**
 * Sends every attempt, AT_ONCE at a time, and kills the server half a create after the
 * KILL_AFTER-th 201 (half the mean time between the 201s so far): the server does one write
 * at a time on PGlite, so the kill lands in the middle of the next one, on a fast machine or a slow.
 */
async function burst(server: ServerProcess, s: Session, attempts: Attempt[]) {
  let created = 0;
  let next = 0;
  let firstAt = 0;
  const worker = async () => {
    while (next < attempts.length) {
      const a = attempts[next++]!;
      try {
        const answer = await post(s, a);
        a.answer = answer;
        if (answer.status !== 201) continue;
        if (++created === 1) firstAt = performance.now();
        if (created === KILL_AFTER) setTimeout(() => server.child.kill('SIGKILL'), (performance.now() - firstAt) / (KILL_AFTER - 1) / 2);
      } catch {
        // No answer: the connection died with the server. This one is sent again later.
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  await server.exited;
}

/** Opens the PGlite folder (no server on it), runs `read` and closes it again. */
async function withData<T>(dataDir: string, read: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase({ dataDir });
  try {
    return await read(db);
  } finally {
    await db.close();
  }
}

/** Per title or name of this run: the stored rows, with their audit rows and (activities) dates; and the claims still running. */
const stored = (dataDir: string, tag: string) =>
  withData(dataDir, async (db) => {
    const { rows } = await db.query<{ kind: string; id: string; label: string; audits: number; dates: number }>(
      `select 'activity' as kind, a.id, a.title as label,
              (select count(*)::int from audit_log l where l.record_type = 'activity' and l.record_id = a.id) as audits,
              (select count(*)::int from activity_occurrences o where o.activity_id = a.id) as dates
         from activities a where a.title like $1
       union all
       select 'organization', o.id, o.name,
              (select count(*)::int from audit_log l where l.record_type = 'organization' and l.record_id = o.id), 0
         from organizations o where o.name like $1`,
      [`% ${tag} %`],
    );
    const running = (await db.query<{ n: number }>(`select count(*)::int as n from idempotency_keys where state = 'running'`)).rows[0]!.n;
    return { rows, running };
  });

function assertWhole(rows: { kind: string; id: string; label: string; audits: number; dates: number }[], when: string) {
  const labels = rows.map((r) => r.label);
  assert.deepEqual(labels.filter((l, i) => labels.indexOf(l) !== i), [], `${when}: no key stored twice`);
  // "Koffieochtend 1a2b 7" is koffieochtend-1a2b-7; a second row of it would be koffieochtend-1a2b-7-2.
  assert.deepEqual(rows.filter((r) => r.id !== r.label.toLowerCase().replaceAll(' ', '-')), [], `${when}: no 'koffieochtend-2'`);
  assert.deepEqual(rows.filter((r) => r.audits !== 1), [], `${when}: every stored row has exactly one audit row`);
  assert.deepEqual(rows.filter((r) => r.kind === 'activity' && r.dates === 0), [], `${when}: every stored activity has its dates in the agenda`);
}

describe('kill -9 during a burst of keyed /beheer creates', () => {
  it('on PGlite: one row per key, one audit row per row, nothing half-written, every replay the first id', { timeout: 120_000 }, async () => {
    const started = performance.now();
    const dataDir = join(root, 'data');
    const db = await openDatabase({ dataDir });
    await migrate(db);
    await seedIfEmpty(db);
    await addAccount(db, { email: EMAIL, name: 'Anna Coördinator', role: 'coordinator', password: PASSWORD });
    await db.close();

    const tag = randomUUID().slice(0, 8);
    const attempts: Attempt[] = Array.from({ length: TOTAL }, (_, i) => {
      const kind = i % 3 === 2 ? 'organization' : 'activity';
      const label = kind === 'activity' ? `Koffieochtend ${tag} ${i}` : `Breiclub ${tag} ${i}`;
      const body = kind === 'activity' ? activityBody({ title: label }) : { name: label, kind: 'resident-initiative', description: 'Samen breien en bijpraten.', village: 'linde' };
      return { i, kind, label, key: randomUUID(), body: JSON.stringify(body) };
    });

    const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
    const mark = { prepared: seconds(started), burst: '', restarted: '', repeats: '' };
    let at = performance.now();
    const first = await start(dataDir);
    await burst(first.server, first.session, attempts);
    const answered = attempts.filter((a) => a.answer);
    const unanswered = attempts.filter((a) => !a.answer);
    assert.equal(first.server.child.signalCode, 'SIGKILL');
    assert.deepEqual(answered.filter((a) => a.answer!.status !== 201), [], 'every answer before the kill was 201');
    assert.ok(answered.length >= KILL_AFTER, `${answered.length} answered before the kill`);
    assert.ok(unanswered.length > 0, 'the kill left creates unanswered');

    // What the dead process left: whole rows or none.
    const dead = await stored(dataDir, tag);
    assertWhole(dead.rows, 'after the kill');
    for (const a of answered) assert.ok(dead.rows.some((r) => r.id === a.answer!.id && r.label === a.label), `${a.label}, answered 201, is stored`);
    // A claim the dead process still held is taken over a minute after it was made
    // (idempotency.ts, takeoverMs); move those claims a minute back rather than wait for it.
    await withData(dataDir, (db) => db.query(`update idempotency_keys set claimed_at = claimed_at - interval '61 seconds' where state = 'running'`));

    mark.burst = seconds(at);
    at = performance.now();
    const second = await start(dataDir);
    mark.restarted = seconds(at);
    at = performance.now();
    // Every request again, with its own key: the answered ones replay their id; the others
    // are made now, or (committed, the answer lost) replayed.
    const again = await Promise.all(attempts.map((a) => post(second.session, a)));
    assert.deepEqual(again.map((r) => r.status), attempts.map(() => 201), 'every repeat is answered 201');
    for (const [n, a] of attempts.entries()) if (a.answer) assert.equal(again[n]!.id, a.answer.id, `${a.label} replays the id of its first answer`);
    const third = await Promise.all(attempts.map((a) => post(second.session, a)));
    assert.deepEqual(third.map((r) => r.id), again.map((r) => r.id), 'and once more: the same ids');
    mark.repeats = seconds(at);
    await stopServer(second.server);

    const end = await stored(dataDir, tag);
    assertWhole(end.rows, 'in the end');
    assert.equal(end.rows.length, TOTAL, 'every key stored exactly once');
    assert.deepEqual(new Set(end.rows.map((r) => r.id)), new Set(again.map((r) => r.id)), 'the ids the answers gave are the stored rows');
    assert.equal(end.running, 0, 'no claim left running');
    const committedUnanswered = unanswered.filter((a) => dead.rows.some((r) => r.label === a.label)).length;
    console.log(
      `kill -9 during /beheer creates: ${answered.length} answered before the kill, ${unanswered.length} unanswered (${committedUnanswered} of them stored, their answer lost; ${dead.running} claims left running), ${seconds(started)} s in all (folder ${mark.prepared} s, start and burst ${mark.burst} s, restart ${mark.restarted} s, repeats ${mark.repeats} s)`,
    );
  });
});
