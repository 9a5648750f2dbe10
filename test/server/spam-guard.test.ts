// The honeypot on a write route: a robot that fills in the hidden field gets an answer that
// looks like success and nothing is stored; a person (who never sees the field) signs up.
// Real contract validation and the real IdempotencyStore on a real database.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import type { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { IdempotencyStore } from '../../server/http/idempotency.ts';
import { ProblemError, respondProblem } from '../../server/http/problem.ts';
import { decoyCode, honeypot } from '../../server/http/spam-guard.ts';
import { contractValidation, validatedBody } from '../../server/http/validate.ts';
import { createLogger } from '../../server/log.ts';
import { openTestDatabase } from './test-app.ts';

let db: Database;
let app: Hono;
const logged: string[] = [];

before(async () => {
  db = await openTestDatabase();
  await migrate(db);
  await db.query('create table test_signups (id serial primary key, name text not null)');
  const store = new IdempotencyStore(db);
  app = new Hono();
  app.use('/v1/*', contractValidation);
  app.post(
    '/v1/volunteer-signups',
    honeypot<{ name: string }>({
      field: 'homepage',
      decoy: (_c, body) => ({ status: 201, body: { reference: `VW-${decoyCode(4)}-${decoyCode(4)}`, name: body.name } }),
      log: createLogger('warn', (line) => logged.push(line)),
    }),
    (c) =>
      store.run(c, 'createVolunteerSignup', async (tx) => {
        const { name } = validatedBody<{ name: string }>(c);
        await tx.query('insert into test_signups (name) values ($1)', [name]);
        return { status: 201, body: { reference: 'VW-7K3M-Q9PD', name } };
      }),
  );
  app.onError((error, c) =>
    error instanceof ProblemError ? respondProblem(c, error.problemType, error.message, error.errors) : respondProblem(c, 'internal', 'Probeer het later opnieuw.'),
  );
});
after(() => db.close());
beforeEach(() => db.query('delete from test_signups'));

const post = async (extra: Record<string, unknown>) => {
  const res = await app.request('/v1/volunteer-signups', {
    method: 'POST',
    body: JSON.stringify({ opportunityId: 'koffie-schenken', name: 'Jannie de Vries', phone: '0345 123456', consent: { privacyVersion: 'v1' }, ...extra }),
    headers: { 'content-type': 'application/json' },
  });
  return { status: res.status, body: await res.json() };
};
const stored = async () => (await db.query<{ n: number }>('select count(*)::int as n from test_signups')).rows[0].n;

test('a robot that fills in the hidden field is answered as if signed up, and nothing is stored', async () => {
  const res = await post({ homepage: 'https://cheap-pills.example' });
  assert.equal(res.status, 201);
  assert.match(res.body.reference, /^VW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  assert.equal(await stored(), 0);
  const line = JSON.parse(logged.at(-1)!);
  assert.equal(line.msg, 'spam held back');
  assert.doesNotMatch(logged.at(-1)!, /Jannie|0345|cheap-pills/, 'the log holds no personal data');
});

test('a person, who leaves the field out or empty, is signed up', async () => {
  assert.equal((await post({})).status, 201);
  assert.equal((await post({ homepage: '' })).status, 201);
  assert.equal((await post({ homepage: '   ' })).status, 201);
  assert.equal(await stored(), 3);
});

test('the honeypot field is declared in the contract, so it is not refused as unknown (which would tell the robot)', async () => {
  const res = await post({ homepage: 'x'.repeat(201) });
  assert.equal(res.status, 422, 'but its length is bounded like any field');
  assert.equal(res.body.errors[0].name, 'homepage');
});
