// The /beheer door as a person uses it with plain HTML forms: log in (or be told clearly
// why not), see who is logged in, log out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addAccount } from '../../server/accounts/manage.ts';
import { cookieOf, doorFixture, PASSWORD, type DoorFixture } from './accounts-fixture.ts';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const postForm = (f: DoorFixture, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  f.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: form(fields) });

test('GET /beheer shows a login form with labels, autocomplete and a strict CSP, without any script', async () => {
  const f = await doorFixture();
  const res = await f.request('/beheer');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<html lang="nl">/);
  assert.match(html, /<h1>Inloggen voor coördinatoren<\/h1>/);
  assert.match(html, /<label for="email">E-mailadres<\/label>/);
  assert.match(html, /<input id="email" name="email" type="email" autocomplete="username"/);
  assert.match(html, /<label for="password">Wachtwoord<\/label>/);
  assert.match(html, /autocomplete="current-password"/);
  assert.doesNotMatch(html, /<script|placeholder=/);
  const csp = res.headers.get('content-security-policy')!;
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /form-action 'self'/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const css = await f.request('/beheer/door.css');
  assert.match(css.headers.get('content-type')!, /^text\/css/);
  assert.match(await css.text(), /min-height:44px/);
  assert.match(await (await f.request('/beheer?lang=en')).text(), /<html lang="en">[\s\S]*Log in for coordinators/);
});

test('a wrong password shows the error summary and the field error, keeps the e-mail address and never the password', async () => {
  const f = await doorFixture();
  const res = await postForm(f, '/beheer/login', { email: 'anna@samenlinde.example', password: 'niet goed' });
  assert.equal(res.status, 401);
  const html = await res.text();
  assert.match(html, /<title>Fout: Inloggen/);
  assert.match(html, /class="error-summary" role="alert" tabindex="-1" autofocus/);
  assert.match(html, /<a href="#email">Het e-mailadres of het wachtwoord klopt niet.<\/a>/);
  assert.match(html, /<input aria-invalid="true" aria-describedby="email-error" id="email"[^>]* value="anna@samenlinde.example">/);
  assert.ok(!html.includes('niet goed'), 'the password is not sent back');
  assert.equal(res.headers.get('set-cookie'), null);

  const empty = await postForm(f, '/beheer/login', { email: '', password: '' });
  assert.equal(empty.status, 422);
  const emptyHtml = await empty.text();
  assert.match(emptyHtml, /<a href="#email">Vul uw e-mailadres in.<\/a>/);
  assert.match(emptyHtml, /<a href="#password">Vul uw wachtwoord in.<\/a>/);
});

test('logging in with the form leads to "Ingelogd als …", and the logout button ends the session', async () => {
  const f = await doorFixture();
  const res = await postForm(f, '/beheer/login', { email: 'anna@samenlinde.example', password: PASSWORD });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/beheer');
  const cookie = cookieOf(res);
  const page = await (await f.request('/beheer', { headers: { cookie } })).text();
  assert.match(page, /Ingelogd als <strong>Anna Coördinator<\/strong> \(Anna@Samenlinde.example\), coördinator van het netwerk./);
  const csrf = /name="csrf" value="([\w-]+)"/.exec(page)![1]!;

  assert.equal((await postForm(f, '/beheer/logout', {}, { cookie })).status, 403, 'without the form token');
  const out = await postForm(f, '/beheer/logout', { csrf }, { cookie });
  assert.equal(out.status, 303);
  assert.equal(out.headers.get('location'), '/beheer?uit');
  assert.match(out.headers.get('set-cookie')!, /Max-Age=0/);
  const after = await (await f.request('/beheer?uit', { headers: { cookie } })).text();
  assert.match(after, /U bent uitgelogd./);
  assert.match(after, /<form method="post" action="\/beheer\/login"/);
});

test('the form is throttled like the API: 429 with Retry-After and a plain message', async () => {
  const f = await doorFixture();
  for (let i = 0; i < 5; i++) await postForm(f, '/beheer/login', { email: 'anna@samenlinde.example', password: `fout ${i}` });
  const res = await postForm(f, '/beheer/login', { email: 'anna@samenlinde.example', password: PASSWORD });
  assert.equal(res.status, 429);
  assert.equal(res.headers.get('retry-after'), String(15 * 60));
  assert.match(await res.text(), /Probeer het over 15 minuten opnieuw/);
});

test('a login form posted from another site is refused', async () => {
  const f = await doorFixture();
  const res = await postForm(f, '/beheer/login', { email: 'anna@samenlinde.example', password: PASSWORD }, { origin: 'https://kwaadwillend.example' });
  assert.equal(res.status, 403);
  assert.equal(res.headers.get('set-cookie'), null);
});

test('hostile form input gets a 4xx page, never a 5xx; names and typed text render inert', async () => {
  const f = await doorFixture();
  for (const fields of [
    { email: 'anna@samenlinde.example\u0000', password: PASSWORD },
    { email: 'a'.repeat(300), password: 'x' },
    { email: 'anna@samenlinde.example', password: 'x'.repeat(300) },
  ]) {
    const res = await postForm(f, '/beheer/login', fields);
    assert.equal(res.status, 422);
    assert.match(await res.text(), /Dit bevat een teken dat niet kan, of is te lang/);
  }
  const huge = await f.request('/beheer/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `email=${'a'.repeat(100_000)}` });
  assert.equal(huge.status, 422);
  const typed = await postForm(f, '/beheer/login', { email: '"><script>alert(1)</script>', password: 'x' });
  const typedHtml = await typed.text();
  assert.ok(!typedHtml.includes('<script>'), 'typed text is escaped');
  assert.match(typedHtml, /value="&#34;&#62;&#60;script&#62;alert\(1\)&#60;\/script&#62;"/);

  const xss = '<img src=x onerror=alert(1)>';
  await addAccount(f.db, { email: 'xss@samenlinde.example', name: xss, role: 'coordinator', password: PASSWORD });
  try {
    const res = await postForm(f, '/beheer/login', { email: 'xss@samenlinde.example', password: PASSWORD });
    const page = await (await f.request('/beheer', { headers: { cookie: cookieOf(res) } })).text();
    assert.ok(!page.includes(xss));
    assert.match(page, /&#60;img src=x onerror=alert\(1\)&#62;/);
  } finally {
    await f.db.query("delete from audit_log where account_id in (select id from accounts where email = 'xss@samenlinde.example')");
    await f.db.query("delete from accounts where email = 'xss@samenlinde.example'");
  }
});

test('a page behind the door looks its session up once per request', async () => {
  const f = await doorFixture();
  let lookups = 0;
  const original = f.sessions.session.bind(f.sessions);
  f.sessions.session = (token) => (lookups++, original(token));
  await f.request('/beheer');
  assert.equal(lookups, 1);
  await f.request('/v1/beheer/me');
  assert.equal(lookups, 2);
});
