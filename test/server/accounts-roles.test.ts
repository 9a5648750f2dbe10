// requireRole and canSeeOrganization, as the routes behind /beheer will use them: 401
// without a session, 403 for the wrong role, and an organisation contact who opens another
// organisation's record gets 403.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canSeeOrganization, requireRole, type SessionEnv } from '../../server/http/session.ts';
import { ProblemError } from '../../server/http/problem.ts';
import { CONTACT_PASSWORD, cookieOf, doorFixture, login, PASSWORD, type DoorFixture } from './accounts-fixture.ts';
import type { Hono } from 'hono';

/** Two routes of the kind later steps add, on the real app (behind loadSession). */
async function withRoutes() {
  const f = await doorFixture();
  const app = f.app as unknown as Hono<SessionEnv>;
  app.get('/v1/beheer/proef/netwerk', requireRole('coordinator'), (c) => c.json({ ok: true }));
  app.get('/v1/beheer/proef/organisaties/:id', requireRole('coordinator', 'organization-contact'), (c) => {
    if (!canSeeOrganization(c.get('session')!.account, c.req.param('id'))) {
      throw new ProblemError('forbidden', 'U ziet alleen de gegevens van uw eigen organisatie.');
    }
    return c.json({ organization: c.req.param('id') });
  });
  app.post('/v1/beheer/proef/organisaties/:id', requireRole('coordinator', 'organization-contact'), (c) => c.json({ changed: true }));
  return f;
}

async function sessionOf(f: DoorFixture, email: string, password: string) {
  const res = await login(f, email, password);
  assert.equal(res.status, 200);
  return { cookie: cookieOf(res), csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const get = (f: DoorFixture, path: string, cookie?: string) => f.request(path, { headers: cookie ? { cookie } : {} });

test('without a session every route behind requireRole answers 401, as a problem', async () => {
  const f = await withRoutes();
  for (const path of ['/v1/beheer/proef/netwerk', '/v1/beheer/proef/organisaties/dorpshuis-de-linde']) {
    const res = await get(f, path);
    assert.equal(res.status, 401);
    assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
    assert.equal(((await res.json()) as { type: string }).type, 'urn:buurtkit:problem:unauthorized');
  }
});

test('an organisation contact gets 403 on a coordinator-only route; the coordinator gets in', async () => {
  const f = await withRoutes();
  const piet = await sessionOf(f, 'piet@dorpshuis.example', CONTACT_PASSWORD);
  const anna = await sessionOf(f, 'anna@samenlinde.example', PASSWORD);
  const refused = await get(f, '/v1/beheer/proef/netwerk', piet.cookie);
  assert.equal(refused.status, 403);
  const problem = (await refused.json()) as { type: string; detail: string };
  assert.equal(problem.type, 'urn:buurtkit:problem:forbidden');
  assert.equal(problem.detail, 'Met uw account kunt u dit niet zien of doen.');
  assert.equal((await get(f, '/v1/beheer/proef/netwerk', anna.cookie)).status, 200);
});

test("an organisation contact who opens another organisation's record gets 403; their own opens", async () => {
  const f = await withRoutes();
  const piet = await sessionOf(f, 'piet@dorpshuis.example', CONTACT_PASSWORD);
  const anna = await sessionOf(f, 'anna@samenlinde.example', PASSWORD);
  assert.equal((await get(f, '/v1/beheer/proef/organisaties/dorpshuis-de-linde', piet.cookie)).status, 200);
  const other = await get(f, '/v1/beheer/proef/organisaties/welzijn-linde', piet.cookie);
  assert.equal(other.status, 403);
  assert.equal(((await other.json()) as { detail: string }).detail, 'U ziet alleen de gegevens van uw eigen organisatie.');
  assert.equal((await get(f, '/v1/beheer/proef/organisaties/welzijn-linde', anna.cookie)).status, 200);
});

test('a change behind requireRole needs the CSRF token of the session', async () => {
  const f = await withRoutes();
  const piet = await sessionOf(f, 'piet@dorpshuis.example', CONTACT_PASSWORD);
  const post = (headers: Record<string, string>) => f.request('/v1/beheer/proef/organisaties/dorpshuis-de-linde', { method: 'POST', headers: { cookie: piet.cookie, ...headers } });
  assert.equal((await post({})).status, 403);
  assert.equal((await post({ 'x-csrf-token': piet.csrfToken })).status, 200);
});

test('canSeeOrganization: a coordinator sees every organisation, a contact only their own', () => {
  assert.equal(canSeeOrganization({ role: 'coordinator', organizationId: null }, 'welzijn-linde'), true);
  assert.equal(canSeeOrganization({ role: 'organization-contact', organizationId: 'dorpshuis-de-linde' }, 'dorpshuis-de-linde'), true);
  assert.equal(canSeeOrganization({ role: 'organization-contact', organizationId: 'dorpshuis-de-linde' }, 'welzijn-linde'), false);
  assert.equal(canSeeOrganization({ role: 'organization-contact', organizationId: null }, ''), false);
});

test('a disabled account loses its running session at once', async () => {
  const f = await withRoutes();
  const piet = await sessionOf(f, 'piet@dorpshuis.example', CONTACT_PASSWORD);
  await f.db.query("update accounts set disabled = true where email = 'piet@dorpshuis.example'");
  try {
    assert.equal((await get(f, '/v1/beheer/proef/organisaties/dorpshuis-de-linde', piet.cookie)).status, 401);
  } finally {
    await f.db.query("update accounts set disabled = false where email = 'piet@dorpshuis.example'");
  }
});
