// CORS for the write resources, with real preflight requests to the real app: only the
// village's own sites (CORS_WRITE_ORIGINS) may write from a browser; reads stay open.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeWriteDatabase, serveWriteApp } from './write-app.ts';

const SITE = 'https://dorpshuislinde.nl';
let server: Awaited<ReturnType<typeof serveWriteApp>>;
let closed: Awaited<ReturnType<typeof serveWriteApp>>;
before(async () => {
  server = await serveWriteApp({ corsOrigins: ['*'], corsWriteOrigins: [SITE] });
  closed = await serveWriteApp({ corsOrigins: ['*'] }); // the default: no cross-origin writes
});
after(async () => {
  await server.close();
  await closed.close();
  await closeWriteDatabase();
});

const preflight = (url: string, path: string, origin: string, method = 'POST', headers = 'content-type,idempotency-key') =>
  fetch(`${url}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  });

test('a preflight from a listed site is allowed POST and DELETE with exactly the headers accepted', async () => {
  const res = await preflight(server.url, '/v1/volunteer-signups', SITE);
  assert.equal(res.status, 204);
  assert.equal(res.headers.get('access-control-allow-origin'), SITE);
  assert.equal(res.headers.get('access-control-allow-methods'), 'POST,DELETE');
  assert.equal(res.headers.get('access-control-allow-headers'), 'Content-Type,Idempotency-Key,Authorization');
  assert.match(res.headers.get('vary') ?? '', /Origin/);
  const cancel = await preflight(server.url, '/v1/volunteer-signups/VW-7K3M-Q9PD', SITE, 'DELETE', 'authorization');
  assert.equal(cancel.headers.get('access-control-allow-origin'), SITE);
});

test('a preflight from another site gets no CORS headers at all, so the browser sends nothing', async () => {
  for (const path of ['/v1/volunteer-signups', '/v1/volunteer-signups/VW-7K3M-Q9PD']) {
    const res = await preflight(server.url, path, 'https://evil.example');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    assert.equal(res.headers.get('access-control-allow-methods'), null);
    assert.equal(res.headers.get('access-control-allow-headers'), null);
  }
});

test('by default no other site may write, while every site may still read', async () => {
  const write = await preflight(closed.url, '/v1/volunteer-signups', SITE);
  assert.equal(write.headers.get('access-control-allow-origin'), null);
  const read = await fetch(`${closed.url}/v1/health`, { headers: { origin: SITE } });
  assert.equal(read.headers.get('access-control-allow-origin'), '*');
  const readPreflight = await preflight(closed.url, '/v1/volunteer-opportunities', SITE, 'GET', 'if-none-match');
  assert.equal(readPreflight.headers.get('access-control-allow-origin'), '*');
  assert.doesNotMatch(readPreflight.headers.get('access-control-allow-methods') ?? '', /POST|DELETE/);
});

test('the answer to a listed site carries its origin and exposes the replay and retry headers', async () => {
  const res = await fetch(`${server.url}/v1/volunteer-signups`, {
    method: 'POST',
    body: '{}',
    headers: { origin: SITE, 'content-type': 'application/json' },
  });
  assert.equal(res.status, 422);
  assert.equal(res.headers.get('access-control-allow-origin'), SITE);
  assert.match(res.headers.get('access-control-expose-headers') ?? '', /Idempotent-Replayed/);
  assert.match(res.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
  const other = await fetch(`${server.url}/v1/volunteer-signups`, {
    method: 'POST',
    body: '{}',
    headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
  });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});
