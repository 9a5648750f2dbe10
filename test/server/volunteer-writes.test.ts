// The write conventions on the real sign-up route: a retry with the same Idempotency-Key
// replays the first answer (one sign-up, one set of messages), the database keeps neither
// the key nor the secret token in readable form, and a robot that fills in the honeypot is
// answered like a person while nothing is stored.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request, signupBody, volunteerApp, withToken } from './volunteer-app.ts';

async function count(sql: string) {
  const { db } = await volunteerApp();
  return (await db.query<{ n: number }>(sql)).rows[0]!.n;
}

const postWithKey = (body: unknown, key: string) =>
  request('/v1/volunteer-signups', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body) });

describe('signing up twice with one Idempotency-Key', () => {
  it('makes one sign-up and one set of messages; the retry gets the same reference and token', async () => {
    const body = signupBody({ opportunityId: 'taalmaatje', name: 'Retry Robbert', email: 'robbert@example.org' });
    const signups = () => count(`select count(*)::int as n from volunteer_signups where name = 'Retry Robbert'`);
    const messages = () => count(`select count(*)::int as n from outbox where recipient = 'robbert@example.org'`);
    const key = 'b6f0c1e2-5d7a-4c3e-9f10-2a4b6c8d0e1f';
    const first = await postWithKey(body, key);
    assert.equal(first.status, 201);
    const again = await postWithKey(body, key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.reference, first.body.reference);
    assert.equal(again.body.token, first.body.token, 'the replay still carries the token, so the personal link works');
    assert.equal(await signups(), 1);
    assert.equal(await messages(), 1);
    // The replayed token is the real one.
    assert.equal((await request(`/v1/volunteer-signups/${first.body.reference}`, withToken(again.body.token))).status, 200);

    const other = await postWithKey({ ...body, message: 'Toch iets anders' }, key);
    assert.equal(other.status, 422);
    assert.equal(other.body.errors[0].name, 'Idempotency-Key');
    assert.equal(await signups(), 1);
  });

  it('stores neither the key nor the token readably', async () => {
    const key = 'c0ffee00-1234-4abc-8def-000000000001';
    const made = await postWithKey(signupBody({ opportunityId: 'taalmaatje', name: 'Geheim Gerda' }), key);
    assert.equal(made.status, 201);
    const { db } = await volunteerApp();
    const dump = JSON.stringify((await db.query('select * from idempotency_keys')).rows);
    assert.ok(!dump.includes(key), 'the key is stored as its hash');
    assert.ok(!dump.includes(made.body.token), 'the token is not readable in the stored answer');
    assert.ok(!dump.includes('Geheim Gerda'), 'nor is the name');
  });
});

describe('the honeypot', () => {
  it('answers a filled-in homepage with a sign-up-shaped 201 and stores nothing', async () => {
    const before = await count('select count(*)::int as n from volunteer_signups');
    const outbox = await count('select count(*)::int as n from outbox');
    const answer = await request('/v1/volunteer-signups', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(signupBody({ opportunityId: 'taalmaatje', name: 'Robot', homepage: 'https://spam.example' })),
    });
    assert.equal(answer.status, 201);
    assert.match(answer.body.reference, /^VW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(typeof answer.body.token, 'string');
    assert.equal(await count('select count(*)::int as n from volunteer_signups'), before);
    assert.equal(await count('select count(*)::int as n from outbox'), outbox);
    assert.equal((await request(`/v1/volunteer-signups/${answer.body.reference}`, withToken(answer.body.token))).status, 404);
  });
});
