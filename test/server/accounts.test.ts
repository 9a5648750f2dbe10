// The coordinator's door over real HTTP requests to the app, on a real database: logging
// in, the cookie, throttling, expiry, logout, CSRF, and what never leaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contractViolations } from '../contract/conformance.ts';
import { CONTACT_PASSWORD, cookieOf, doorFixture, login, ORIGIN, PASSWORD, type DoorFixture } from './accounts-fixture.ts';

async function json(res: Response) {
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

async function conforms(operationId: string, res: Response) {
  const body = await json(res.clone());
  assert.deepEqual(contractViolations(operationId, { status: res.status, contentType: res.headers.get('content-type') ?? '', body }), []);
  return body;
}

const me = (f: DoorFixture, cookie: string) => f.request('/v1/beheer/me', { headers: { cookie } });

test('a coordinator logs in, gets a session cookie and sees who is logged in', async () => {
  const f = await doorFixture();
  const res = await login(f, 'anna@samenlinde.example', PASSWORD);
  assert.equal(res.status, 200);
  const body = await conforms('beheerLogin', res);
  assert.equal(body.account.email, 'Anna@Samenlinde.example', 'found case-insensitively');
  assert.equal(body.account.role, 'coordinator');
  assert.equal(body.expiresAt, '2026-12-01T21:00:00.000Z', '12 hours after login');

  const cookie = res.headers.get('set-cookie')!;
  assert.match(cookie, /^__Host-buurtkit-beheer=[\w-]{43};/);
  assert.match(cookie, /; HttpOnly/);
  assert.match(cookie, /; Secure/);
  assert.match(cookie, /; SameSite=Lax/);
  assert.match(cookie, /; Path=\//);
  assert.doesNotMatch(cookie, /Max-Age|Expires|Domain/i, 'a browser-session cookie, for this host only');
  assert.equal(res.headers.get('cache-control'), 'no-store');

  const who = await me(f, cookieOf(res));
  assert.equal(who.status, 200);
  const session = await conforms('beheerMe', who);
  assert.deepEqual(session, body);

  // Only the token's hash is stored.
  const token = cookieOf(res).split('=')[1]!;
  const { rows } = await f.db.query<{ id: string }>('select id from sessions');
  assert.equal(rows.length, 1);
  assert.notEqual(rows[0]!.id, token);
  assert.match(rows[0]!.id, /^[0-9a-f]{64}$/);

  // The login is in the audit log.
  const audit = await f.db.query<{ action: string; record_type: string }>(
    "select action, record_type from audit_log where account_id = $1 order by id desc limit 1", [body.account.id]);
  assert.deepEqual(audit.rows, [{ action: 'login', record_type: 'account' }]);
});

test('logging in again makes a new session and ends the one the browser had', async () => {
  const f = await doorFixture();
  const first = cookieOf(await login(f, 'anna@samenlinde.example', PASSWORD));
  const again = await login(f, 'anna@samenlinde.example', PASSWORD, { headers: { cookie: first } });
  assert.equal(again.status, 200);
  assert.notEqual(cookieOf(again), first);
  assert.equal((await me(f, first)).status, 401);
  assert.equal((await me(f, cookieOf(again))).status, 200);
});

test('on plain-http localhost the cookie is not Secure (and so has no __Host- prefix)', async () => {
  const f = await doorFixture();
  const res = await f.app.request('http://localhost:8080/v1/beheer/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:8080', host: 'localhost:8080' },
    body: JSON.stringify({ email: 'anna@samenlinde.example', password: PASSWORD }),
  });
  assert.equal(res.status, 200);
  const cookie = res.headers.get('set-cookie')!;
  assert.match(cookie, /^buurtkit-beheer=/);
  assert.doesNotMatch(cookie, /Secure/);
  assert.match(cookie, /HttpOnly/);
  const who = await f.app.request('http://localhost:8080/v1/beheer/me', { headers: { cookie: cookieOf(res) } });
  assert.equal(who.status, 200);
});

test('a wrong password and an unknown e-mail address get the same answer, after about the same time', async () => {
  const f = await doorFixture({ maxFailuresPerEmail: 100, maxFailuresPerAddress: 100 });
  const timed = async (email: string) => {
    const started = performance.now();
    const res = await login(f, email, 'niet het goede wachtwoord');
    return { ms: performance.now() - started, status: res.status, body: await conforms('beheerLogin', res), cookie: res.headers.get('set-cookie') };
  };
  const wrong = [], unknown = [];
  for (let i = 0; i < 5; i++) {
    wrong.push(await timed('anna@samenlinde.example'));
    unknown.push(await timed(`niemand${i}@samenlinde.example`));
  }
  for (const r of [...wrong, ...unknown]) {
    assert.equal(r.status, 401);
    assert.equal(r.cookie, null);
    assert.deepEqual(r.body, wrong[0]!.body);
  }
  assert.equal(wrong[0]!.body.detail, 'Het e-mailadres of het wachtwoord klopt niet.');
  const median = (rs: { ms: number }[]) => rs.map((r) => r.ms).sort((a, b) => a - b)[2]!;
  // Both check a password with scrypt (tens of ms); a skipped check would take ~1 ms.
  assert.ok(median(unknown) > median(wrong) * 0.5, `unknown ${median(unknown)} ms, wrong ${median(wrong)} ms`);
  assert.ok(median(wrong) > median(unknown) * 0.5, `unknown ${median(unknown)} ms, wrong ${median(wrong)} ms`);
});

test('a disabled account cannot log in, with the same answer as a wrong password', async () => {
  const f = await doorFixture();
  await f.db.query("update accounts set disabled = true where email = 'piet@dorpshuis.example'");
  try {
    const res = await login(f, 'piet@dorpshuis.example', CONTACT_PASSWORD);
    assert.equal(res.status, 401);
    assert.equal((await json(res)).detail, 'Het e-mailadres of het wachtwoord klopt niet.');
  } finally {
    await f.db.query("update accounts set disabled = false where email = 'piet@dorpshuis.example'");
  }
});

test('after 5 failures for one e-mail address every attempt gets 429, also the right password, until the window has passed', async () => {
  const f = await doorFixture();
  for (let i = 0; i < 5; i++) {
    assert.equal((await login(f, 'anna@samenlinde.example', `fout ${i}`, { address: `198.51.100.${i}` })).status, 401);
    f.advance(1000);
  }
  const blocked = await login(f, 'ANNA@samenlinde.example', PASSWORD, { address: '198.51.100.99' });
  assert.equal(blocked.status, 429);
  const problem = await conforms('beheerLogin', blocked);
  // One problem type for "too many, try again after Retry-After": the same as the write limit's.
  assert.equal(problem.type, 'urn:buurtkit:problem:rate-limited');
  assert.equal(problem.title, 'Te veel aanvragen');
  assert.match(problem.detail, /Probeer het over 15 minuten opnieuw/);
  // The first failure leaves the 15-minute window 14 min 55 s from now.
  assert.equal(blocked.headers.get('retry-after'), String(15 * 60 - 5));
  assert.equal(blocked.headers.get('set-cookie'), null);

  // An address without an account is throttled the same way: 429 tells nothing.
  for (let i = 0; i < 5; i++) await login(f, 'niemand@samenlinde.example', `fout ${i}`, { address: `198.51.100.${i}` });
  const unknown = await login(f, 'niemand@samenlinde.example', 'fout', { address: '198.51.100.99' });
  assert.equal(unknown.status, 429);
  assert.deepEqual({ ...(await json(unknown)), detail: '' }, { ...problem, detail: '' });

  f.advance(15 * 60_000);
  assert.equal((await login(f, 'anna@samenlinde.example', PASSWORD)).status, 200);
});

test('behind a trusted proxy (TRUST_PROXY) logins are throttled per client, not per proxy: one guesser does not lock out the others', async () => {
  const f = await doorFixture({}, { trustProxy: 1 });
  // Every request comes from the proxy's socket address; the proxy appends the client's to X-Forwarded-For.
  const via = (client: string) => ({ address: '10.0.0.2', headers: { 'x-forwarded-for': client } });
  for (let i = 0; i < 20; i++) assert.equal((await login(f, `raden${i}@samenlinde.example`, 'fout', via('203.0.113.5'))).status, 401);
  assert.equal((await login(f, 'anna@samenlinde.example', PASSWORD, via('203.0.113.5'))).status, 429, 'the guesser is throttled');
  assert.equal((await login(f, 'anna@samenlinde.example', PASSWORD, via('203.0.113.6'))).status, 200, 'another coordinator is not');
  // A client cannot escape by writing its own X-Forwarded-For: only the proxy's last entry counts.
  assert.equal((await login(f, 'anna@samenlinde.example', PASSWORD, via('1.2.3.4, 203.0.113.5'))).status, 429);
});

test('without TRUST_PROXY a forged X-Forwarded-For does not escape the login throttle', async () => {
  const f = await doorFixture();
  for (let i = 0; i < 20; i++) {
    await login(f, `raden${i}@samenlinde.example`, 'fout', { address: '203.0.113.5', headers: { 'x-forwarded-for': `198.51.100.${i}` } });
  }
  assert.equal((await login(f, 'anna@samenlinde.example', PASSWORD, { address: '203.0.113.5', headers: { 'x-forwarded-for': '198.51.100.77' } })).status, 429);
});

test('after 20 failures from one network address, that address is throttled for every e-mail address, others are not', async () => {
  const f = await doorFixture();
  for (let i = 0; i < 20; i++) assert.equal((await login(f, `raden${i}@samenlinde.example`, 'fout', { address: '203.0.113.5' })).status, 401);
  assert.equal((await login(f, 'anna@samenlinde.example', PASSWORD, { address: '203.0.113.5' })).status, 429);
  assert.equal((await login(f, 'anna@samenlinde.example', PASSWORD, { address: '203.0.113.6' })).status, 200);
});

test('20 guesses at once for one account: exactly 5 are checked, 15 get 429', async () => {
  const f = await doorFixture();
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login(f, 'anna@samenlinde.example', `gok ${i}`, { address: `198.51.100.${i}` })));
  const statuses = answers.map((r) => r.status).sort();
  assert.deepEqual(statuses, [...Array(5).fill(401), ...Array(15).fill(429)]);
});

test('a successful login clears the failures of its e-mail address', async () => {
  const f = await doorFixture();
  for (let i = 0; i < 4; i++) await login(f, 'anna@samenlinde.example', 'fout');
  assert.equal((await login(f, 'anna@samenlinde.example', PASSWORD)).status, 200);
  for (let i = 0; i < 4; i++) assert.equal((await login(f, 'anna@samenlinde.example', 'fout')).status, 401);
});

test('a session ends after an hour unused, and 12 hours after login however much it is used', async () => {
  const f = await doorFixture();
  const cookie = cookieOf(await login(f, 'anna@samenlinde.example', PASSWORD));
  for (let i = 0; i < 3; i++) {
    f.advance(50 * 60_000); // used every 50 minutes: stays alive
    assert.equal((await me(f, cookie)).status, 200);
  }
  f.advance(60 * 60_000);
  const idle = await me(f, cookie);
  assert.equal(idle.status, 401);
  assert.equal((await conforms('beheerMe', idle)).type, 'urn:buurtkit:problem:unauthorized');
  assert.equal((await f.db.query('select 1 from sessions')).rows.length, 0, 'an ended session is removed');

  const busy = cookieOf(await login(f, 'anna@samenlinde.example', PASSWORD));
  for (let hour = 1; hour < 12; hour++) {
    f.advance(59 * 60_000);
    assert.equal((await me(f, busy)).status, 200, `after ${hour} h`);
  }
  f.advance(60 * 60_000); // 11 h 49 min + 1 h: past the 12 hours
  assert.equal((await me(f, busy)).status, 401);
});

test('logging out ends the session, and the old cookie no longer works', async () => {
  const f = await doorFixture();
  const res = await login(f, 'anna@samenlinde.example', PASSWORD);
  const cookie = cookieOf(res);
  const { csrfToken } = await json(res);
  const out = await f.request('/v1/beheer/logout', { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } });
  assert.equal(out.status, 204);
  assert.match(out.headers.get('set-cookie')!, /^__Host-buurtkit-beheer=; Max-Age=0/);
  assert.equal((await me(f, cookie)).status, 401);
  assert.equal((await f.db.query('select 1 from sessions')).rows.length, 0);
  // Logging out again, without a session, is not an error.
  assert.equal((await f.request('/v1/beheer/logout', { method: 'POST', headers: { cookie } })).status, 204);
});

test('a change without the session CSRF token, or from another site, is refused with 403', async () => {
  const f = await doorFixture();
  const res = await login(f, 'anna@samenlinde.example', PASSWORD);
  const cookie = cookieOf(res);
  const { csrfToken } = await json(res);
  const logout = (headers: Record<string, string>) => f.request('/v1/beheer/logout', { method: 'POST', headers: { cookie, ...headers } });

  for (const [why, headers] of [
    ['no token', {}],
    ['a wrong token', { 'x-csrf-token': csrfToken.replace(/^./, (ch: string) => (ch === 'a' ? 'b' : 'a')) }],
    ['another origin', { 'x-csrf-token': csrfToken, origin: 'https://kwaadwillend.example' }],
    ['a cross-site fetch', { 'x-csrf-token': csrfToken, 'sec-fetch-site': 'cross-site' }],
    ['a sibling site', { 'x-csrf-token': csrfToken, 'sec-fetch-site': 'same-site' }],
  ] as const) {
    const refused = await logout(headers);
    assert.equal(refused.status, 403, why);
    const problem = await conforms('beheerLogout', refused);
    assert.equal(problem.type, 'urn:buurtkit:problem:forbidden', why);
  }
  assert.equal((await me(f, cookie)).status, 200, 'the session survived every refused attempt');

  // Login from another site (login CSRF) and without any origin are refused too.
  const elsewhere = await login(f, 'anna@samenlinde.example', PASSWORD, { headers: { origin: 'https://kwaadwillend.example' } });
  assert.equal(elsewhere.status, 403);
  const bare = await f.app.request(`${ORIGIN}/v1/beheer/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'anna@samenlinde.example', password: PASSWORD }),
  });
  assert.equal(bare.status, 403);
  // A same-origin fetch as browsers mark it passes without Origin.
  const browser = await f.app.request(`${ORIGIN}/v1/beheer/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify({ email: 'anna@samenlinde.example', password: PASSWORD }),
  });
  assert.equal(browser.status, 200);

  assert.equal((await logout({ 'x-csrf-token': csrfToken })).status, 204);
});

test('GET /v1/beheer/me without a session, or with a forged or stolen-from-the-database cookie, is 401', async () => {
  const f = await doorFixture();
  await login(f, 'anna@samenlinde.example', PASSWORD);
  const { rows } = await f.db.query<{ id: string }>('select id from sessions');
  for (const cookie of ['', 'x', `__Host-buurtkit-beheer=${'A'.repeat(43)}`, `__Host-buurtkit-beheer=${rows[0]!.id}`, `__Host-buurtkit-beheer=${'x'.repeat(8000)}`, '__Host-buurtkit-beheer=%00%00']) {
    const res = await me(f, cookie);
    assert.equal(res.status, 401, cookie.slice(0, 40));
    await conforms('beheerMe', res);
  }
});

test('passwords appear in no response and no log line', async () => {
  const f = await doorFixture();
  const secretWrong = 'geheim-fout-wachtwoord-123';
  const answers = [
    await login(f, 'anna@samenlinde.example', PASSWORD),
    await login(f, 'anna@samenlinde.example', secretWrong),
    await login(f, 'onbekend@samenlinde.example', secretWrong),
  ];
  const texts = await Promise.all(answers.map(async (r) => `${[...r.headers].join('\n')}\n${await r.text()}`));
  const logged = f.logLines.join('\n');
  assert.ok(f.logLines.some((l) => l.includes('/v1/beheer/login')), 'requests are logged');
  for (const text of [...texts, logged]) {
    assert.ok(!text.includes(PASSWORD) && !text.includes(secretWrong));
    assert.ok(!/scrypt|password_hash|passwordHash/.test(text));
  }
  assert.ok(!logged.includes('samenlinde.example'), 'no e-mail addresses in the log either');
});

test('hostile login bodies get a 4xx problem, never a 5xx, and never a session', async () => {
  const f = await doorFixture({ maxFailuresPerEmail: 1000, maxFailuresPerAddress: 1000 });
  const post = (body: string, contentType = 'application/json') =>
    f.request('/v1/beheer/login', { method: 'POST', headers: { 'content-type': contentType }, body });
  const cases: [string, string, number, string?][] = [
    ['a huge e-mail', JSON.stringify({ email: `${'a'.repeat(5000)}@x.nl`, password: 'x' }), 422],
    ['a huge password', JSON.stringify({ email: 'anna@samenlinde.example', password: 'x'.repeat(10_000) }), 422],
    ['NUL in the e-mail', JSON.stringify({ email: 'anna@samenlinde.example\u0000', password: PASSWORD }), 422],
    ['NUL in the password', JSON.stringify({ email: 'anna@samenlinde.example', password: `${PASSWORD}\u0000` }), 422],
    ['a body over 64 kB', JSON.stringify({ email: 'a', password: 'x'.repeat(70_000) }), 413],
    ['not JSON', '{email', 400],
    ['a form', 'email=a&password=b', 415, 'application/x-www-form-urlencoded'],
    ['numbers', JSON.stringify({ email: 1, password: 2 }), 422],
    ['no password', JSON.stringify({ email: 'anna@samenlinde.example' }), 422],
  ];
  for (const [why, body, status, type] of cases) {
    const res = await post(body, type);
    assert.equal(res.status, status, why);
    assert.equal(res.headers.get('set-cookie'), null, why);
    await conforms('beheerLogin', res);
  }
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.json(), fc.record({ email: fc.string({ maxLength: 300 }), password: fc.string({ maxLength: 300 }) }).map((b) => JSON.stringify(b))), async (body) => {
      const res = await post(body);
      assert.ok(res.status >= 400 && res.status < 500, `${res.status} for ${body.slice(0, 80)}`);
      assert.equal(res.headers.get('set-cookie'), null);
    }),
    { numRuns: 150 },
  );
  assert.equal((await f.db.query('select 1 from sessions')).rows.length, 0);
});
