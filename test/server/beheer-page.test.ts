// The signed-in /beheer page: it loads the coordinator's pages (<buurt-beheer>, from
// /buurtkit/beheer.js) under a CSP that allows this server's own scripts and nothing else,
// while the login page stays without any script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieOf, doorFixture, PASSWORD } from './accounts-fixture.ts';

const login = (f: Awaited<ReturnType<typeof doorFixture>>) =>
  f.request('/beheer/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: 'anna@samenlinde.example', password: PASSWORD }).toString(),
  });

test('signed in, /beheer loads the coordinator pages from /buurtkit/beheer.js with script-src self only', async () => {
  const f = await doorFixture();
  const cookie = cookieOf(await login(f));
  const res = await f.request('/beheer', { headers: { cookie } });
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<script type="module" src="\/buurtkit\/beheer.js"><\/script>/);
  assert.match(html, /<buurt-beheer><\/buurt-beheer>/);
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'one script: the bundle, nothing inline');
  assert.match(html, /<form method="post" action="\/beheer\/logout">/, 'the logout form stays, and works without JavaScript');
  assert.match(html, /<noscript>/, 'without JavaScript it says what is needed');

  const csp = Object.fromEntries(res.headers.get('content-security-policy')!.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
  assert.equal(csp['script-src'], "'self'");
  assert.equal(csp['connect-src'], "'self'", 'the element reads and writes /v1/beheer on this server only');
  assert.equal(csp['default-src'], "'none'");
  assert.equal(csp['frame-ancestors'], "'none'");
  assert.equal(csp['form-action'], "'self'");
  assert.ok(!JSON.stringify(csp).includes('unsafe'), 'no unsafe-inline or unsafe-eval');

  const en = await (await f.request('/beheer?lang=en', { headers: { cookie } })).text();
  assert.match(en, /<html lang="en">[\s\S]*<buurt-beheer><\/buurt-beheer>/);
});

test('the login page stays without any script and with script-src none', async () => {
  const f = await doorFixture();
  const res = await f.request('/beheer');
  assert.doesNotMatch(await res.text(), /<script/);
  const csp = res.headers.get('content-security-policy')!;
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /script-src/);
});
