// Idempotency-Key on a write route, over real HTTP, with the real contract validation and
// the real IdempotencyStore on a real database (PGlite, or PostgreSQL with
// test/with-postgres.sh). The route is the test's own: it stores the sign-up's name in a
// table the test creates, so the tests do not depend on the volunteering feature.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import type { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { IdempotencyStore } from '../../server/http/idempotency.ts';
import { ProblemError, respondProblem } from '../../server/http/problem.ts';
import { contractValidation, validatedBody } from '../../server/http/validate.ts';
import { openTestDatabase } from './test-app.ts';

let db: Database;
let base: string;
let close: () => Promise<void>;
let clock = Date.parse('2026-12-01T10:00:00Z');
let store: IdempotencyStore;
/** While set, the route waits for it after writing: "the first request is still running". */
let gate: Promise<void> | undefined;
/** Called when the route has written and waits at the gate. */
let entered: () => void = () => {};
/** When set, the route throws after writing: the process failing between write and answer. */
let failAfterWrite = false;

before(async () => {
  db = await openTestDatabase();
  await migrate(db);
  await db.query('create table test_signups (id serial primary key, name text not null)');
  store = new IdempotencyStore(db, { now: () => clock });
  const app = new Hono();
  app.use('/v1/*', contractValidation);
  app.post('/v1/volunteer-signups', (c) =>
    store.run(c, 'createVolunteerSignup', async (tx) => {
      const { name } = validatedBody<{ name: string }>(c);
      const { rows } = await tx.query<{ id: number }>('insert into test_signups (name) values ($1) returning id', [name]);
      if (gate) {
        entered();
        await gate;
      }
      if (failAfterWrite) throw new Error('the process died');
      return { status: 201, body: { id: rows[0].id, name }, headers: { location: `/v1/volunteer-signups/${rows[0].id}` } };
    }),
  );
  app.onError((error, c) =>
    error instanceof ProblemError ? respondProblem(c, error.problemType, error.message, error.errors) : respondProblem(c, 'internal', 'Probeer het later opnieuw.'),
  );
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
after(async () => {
  await close();
  await db.close();
});
beforeEach(async () => {
  gate = undefined;
  failAfterWrite = false;
  await db.query('delete from test_signups');
  await db.query('delete from idempotency_keys');
});

const signup = (name = 'Jannie de Vries') =>
  JSON.stringify({ opportunityId: 'koffie-schenken', name, phone: '0345 123456', consent: { privacyVersion: 'v1' } });

async function post(key: string | undefined, body = signup()) {
  const res = await fetch(`${base}/v1/volunteer-signups`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}
const rows = async () => (await db.query<{ n: number }>('select count(*)::int as n from test_signups')).rows[0].n;
const KEY = '8e03978e-40d5-43e8-bc93-6894a57f9324';

test('the same key with the same body replays the first answer and stores nothing more', async () => {
  const first = await post(KEY);
  assert.equal(first.status, 201);
  assert.equal(first.headers.get('idempotent-replayed'), null);
  const again = await post(KEY);
  assert.equal(again.status, 201);
  assert.deepEqual(again.body, first.body);
  assert.equal(again.headers.get('location'), first.headers.get('location'));
  assert.match(again.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal(await rows(), 1);
});

test('the same key with a body that differs by one byte is 422, naming the header', async () => {
  assert.equal((await post(KEY, signup('Jannie de Vries'))).status, 201);
  const other = await post(KEY, signup('Jannie de Vriez'));
  assert.equal(other.status, 422);
  assert.match(other.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(other.body.type, 'urn:buurtkit:problem:idempotency-key-reused');
  assert.deepEqual(other.body.errors.map((e: any) => [e.name, e.in]), [['Idempotency-Key', 'header']]);
  assert.match(other.body.detail, /andere gegevens/);
  assert.equal(await rows(), 1);
});

test('the same key while the first request is still running is 409, and the first still completes', async () => {
  let release!: () => void;
  gate = new Promise((resolve) => (release = resolve));
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const first = post(KEY);
  await inside; // the first request has written and not yet committed
  const second = await post(KEY);
  assert.equal(second.status, 409);
  assert.equal(second.body.type, 'urn:buurtkit:problem:idempotency-conflict');
  assert.ok(Number(second.headers.get('retry-after')) >= 1);
  release();
  assert.equal((await first).status, 201);
  assert.equal((await post(KEY)).headers.get('idempotent-replayed'), 'true');
  assert.equal(await rows(), 1);
});

test('the same key 100 times at once makes exactly one sign-up; the others replay or get 409', async () => {
  const answers = await Promise.all(Array.from({ length: 100 }, () => post(KEY)));
  const statuses = answers.map((a) => a.status);
  assert.ok(statuses.every((s) => s === 201 || s === 409), statuses.join(','));
  const fresh = answers.filter((a) => a.status === 201 && a.headers.get('idempotent-replayed') === null);
  assert.equal(fresh.length, 1);
  assert.equal(await rows(), 1);
  for (const a of answers.filter((a) => a.status === 201)) assert.deepEqual(a.body, fresh[0].body);
});

test('100 different keys at once make 100 sign-ups', async () => {
  const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => post(`key-number-${i}-abcdef`)));
  assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
  assert.equal(await rows(), 100);
});

test('without a key a POST still works, without replay', async () => {
  assert.equal((await post(undefined)).status, 201);
  assert.equal((await post(undefined)).status, 201);
  assert.equal(await rows(), 2);
});

test('a write that fails before its answer leaves neither the row nor the stored answer; a retry runs again', async () => {
  failAfterWrite = true;
  assert.equal((await post(KEY)).status, 500);
  assert.equal(await rows(), 0);
  assert.equal((await db.query('select 1 from idempotency_keys')).rows.length, 0);
  failAfterWrite = false;
  const retry = await post(KEY);
  assert.equal(retry.status, 201);
  assert.equal(retry.headers.get('idempotent-replayed'), null);
  assert.equal(await rows(), 1);
});

test('a key left running by a process that died is taken over after a minute, not blocked for 24 hours', async () => {
  // What a process killed between claiming the key and committing its write leaves behind.
  const fingerprintOf = async () => {
    await post(KEY);
    const { rows: [row] } = await db.query<{ key: string; fingerprint: string }>('select key, fingerprint from idempotency_keys');
    await db.query('delete from idempotency_keys');
    await db.query('delete from test_signups');
    return row;
  };
  const { key, fingerprint } = await fingerprintOf();
  await db.query(
    `insert into idempotency_keys (scope, key, fingerprint, claim, state, claimed_at, expires_at)
     values ('createVolunteerSignup', $1, $2, 'dead-process', 'running', $3, $4)`,
    [key, fingerprint, new Date(clock).toISOString(), new Date(clock + 86_400_000).toISOString()],
  );
  assert.equal((await post(KEY)).status, 409, 'a fresh claim is respected');
  clock += 61_000;
  try {
    const res = await post(KEY);
    assert.equal(res.status, 201);
    assert.equal(await rows(), 1);
  } finally {
    clock -= 61_000;
  }
});

test('keys are kept 24 hours; after that the key is free again and old keys are removed', async () => {
  assert.equal((await post(KEY, signup('Eerste'))).status, 201);
  for (let i = 0; i < 30; i++) assert.equal((await post(`old-key-${i}-abcdef`)).status, 201);
  clock += 23 * 3600_000;
  try {
    assert.equal((await post(KEY, signup('Tweede'))).status, 422, 'within 24 hours');
    clock += 3600_000 + 1000;
    const later = await post(KEY, signup('Tweede'));
    assert.equal(later.status, 201);
    assert.equal(later.body.name, 'Tweede');
    // Each write removes a few expired keys: bounded work, and the table does not grow forever.
    const left = async () => (await db.query<{ n: number }>('select count(*)::int as n from idempotency_keys')).rows[0].n;
    const before = await left();
    for (let i = 0; i < 5; i++) await post(undefined);
    assert.ok((await left()) < before, 'expired keys are swept by later writes');
    for (let i = 0; i < 5; i++) await post(undefined);
    assert.equal(await left(), 1, 'only the fresh key is left');
  } finally {
    clock -= 24 * 3600_000 + 1000;
  }
});

test('a key is scoped to its operation', async () => {
  const res = await post(KEY);
  assert.equal(res.status, 201);
  const other = new Hono();
  other.use('/v1/*', contractValidation);
  other.post('/v1/volunteer-signups', (c) => store.run(c, 'anotherOperation', async () => ({ status: 201, body: { other: true } })));
  const answer = await other.request('/v1/volunteer-signups', {
    method: 'POST',
    body: signup('Iemand anders'),
    headers: { 'content-type': 'application/json', 'idempotency-key': KEY },
  });
  assert.equal(answer.status, 201);
  assert.deepEqual(await answer.json(), { other: true });
});

/** Another server process on the same database: its own store, so its own requests in flight. */
function otherProcess() {
  const app = new Hono();
  const otherStore = new IdempotencyStore(db, { now: () => clock });
  app.use('/v1/*', contractValidation);
  app.post('/v1/volunteer-signups', (c) =>
    otherStore.run(c, 'createVolunteerSignup', async (tx) => {
      await tx.query("insert into test_signups (name) values ('tweede proces')");
      return { status: 201, body: { other: true } };
    }),
  );
  return app;
}

test('a second server process with the same key gets 409 (PostgreSQL) or waits and replays (PGlite), never a second row', async () => {
  const other = otherProcess();
  let release!: () => void;
  gate = new Promise((resolve) => (release = resolve));
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const first = post(KEY);
  await inside;
  const second = other.request('/v1/volunteer-signups', {
    method: 'POST',
    body: signup(),
    headers: { 'content-type': 'application/json', 'idempotency-key': KEY },
  });
  await new Promise((r) => setTimeout(r, 200));
  release();
  const [a, b] = await Promise.all([first, second]);
  assert.equal(a.status, 201);
  if (db.kind === 'postgresql') assert.equal(b.status, 409);
  else {
    assert.equal(b.status, 201);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await b.json(), a.body);
  }
  assert.equal(await rows(), 1);
});

test('a slow request whose claim was taken over (thought dead) cannot commit a second row', async () => {
  const other = otherProcess();
  let release!: () => void;
  gate = new Promise((resolve) => (release = resolve));
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const slow = post(KEY);
  await inside;
  clock += 61_000;
  try {
    const takeover = other.request('/v1/volunteer-signups', {
      method: 'POST',
      body: signup(),
      headers: { 'content-type': 'application/json', 'idempotency-key': KEY },
    });
    await new Promise((r) => setTimeout(r, 200));
    release();
    const [a, b] = await Promise.all([slow, Promise.resolve(takeover).then(async (r: Response) => ({ status: r.status, body: await r.json() }))]);
    assert.equal(await rows(), 1);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.deepEqual(a.body, b.body, 'both answers describe the one sign-up that was stored');
  } finally {
    clock -= 61_000;
  }
});

test('a key with a NUL byte or a huge key never reaches the store and never causes a 500', async () => {
  const { connect } = await import('node:net');
  const url = new URL(base);
  const raw = (key: string) =>
    new Promise<string>((resolve, reject) => {
      const body = signup();
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST /v1/volunteer-signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: ${key}\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      });
      let answer = '';
      socket.on('data', (d) => (answer += d));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
  // Node's HTTP parser refuses the NUL itself; the validator refuses what is too long.
  assert.match(await raw('abcd\u0000efgh-ijkl'), /^HTTP\/1\.1 400/);
  const huge = await post('k'.repeat(8000));
  assert.equal(huge.status, 400);
  assert.deepEqual(huge.body.errors.map((e: any) => [e.name, e.in]), [['Idempotency-Key', 'header']]);
  assert.equal((await db.query('select 1 from idempotency_keys')).rows.length, 0);
  assert.equal(await rows(), 0);
});
