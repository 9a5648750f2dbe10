// Header parameters declared in the contract (Idempotency-Key, Authorization) are validated
// like query and path parameters: a Dutch problem naming the header, `in: header`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { ProblemError, respondProblem } from '../../server/http/problem.ts';
import { contractValidation, parameterValidator } from '../../server/http/validate.ts';

const signupParameters = parameterValidator<Record<string, unknown>>('getVolunteerSignup');
const app = new Hono();
app.use('/v1/*', contractValidation);
app.get('/v1/volunteer-signups/:reference', (c) => c.json(signupParameters(c)));
app.post('/v1/volunteer-signups', (c) => c.json({ ok: true }, 201));
app.onError((error, c) =>
  error instanceof ProblemError ? respondProblem(c, error.problemType, error.message, error.errors) : respondProblem(c, 'internal', error.message),
);

const TOKEN = 'Bearer abcdefghijklmnopqrstuvwxyz012345';
const body = JSON.stringify({ opportunityId: 'koffie', name: 'Jannie', phone: '0345 123456', consent: { privacyVersion: 'v1' } });
const post = (headers: Record<string, string>) =>
  app.request('/v1/volunteer-signups', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

async function headerProblem(res: Response, name: string) {
  assert.equal(res.status, 400);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = await res.json();
  assert.equal(problem.type, 'urn:buurtkit:problem:invalid-parameters');
  assert.deepEqual(problem.errors.map((e: any) => [e.name, e.in]), [[name, 'header']]);
  assert.ok(problem.errors[0].detail.length > 5);
  return problem;
}

test('a declared header reaches the route among the parameters', async () => {
  const res = await app.request('/v1/volunteer-signups/VS-ABCD-2345', { headers: { authorization: TOKEN } });
  assert.equal(res.status, 200);
  assert.equal((await res.json()).Authorization, TOKEN);
});

test('a required header that is missing is named, in: header', async () => {
  const problem = await headerProblem(await app.request('/v1/volunteer-signups/VS-ABCD-2345'), 'Authorization');
  assert.match(problem.errors[0].detail, /ontbreekt/);
});

test('a header breaking its schema is named, in: header', async () => {
  await headerProblem(await app.request('/v1/volunteer-signups/VS-ABCD-2345', { headers: { authorization: 'Basic xyz' } }), 'Authorization');
});

test('an Idempotency-Key that is too short, too long or holds a space is refused before the route', async () => {
  for (const key of ['short', 'k'.repeat(256), 'twee woorden hier', 'a'.repeat(10_000)]) {
    const problem = await headerProblem(await post({ 'idempotency-key': key }), 'Idempotency-Key');
    assert.ok(JSON.stringify(problem).length < 2000, 'a hostile key is not echoed back whole');
  }
});

test('an optional header may be left out, and undeclared headers are allowed', async () => {
  assert.equal((await post({ 'x-anything': 'ja' })).status, 201);
  assert.equal((await post({ 'idempotency-key': '8e03978e-40d5-43e8-bc93-6894a57f9324' })).status, 201);
});
