// Rate limits on writes, per client address, through the real app on a real socket.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { addressBlock } from '../../server/http/client-address.ts';
import { RateLimiter } from '../../server/http/rate-limit.ts';
import { closeWriteDatabase, serveWriteApp } from './write-app.ts';

after(closeWriteDatabase);

let clock = Date.parse('2026-12-01T10:00:00Z');
const now = () => new Date(clock);
// Refused by the contract (no name, no consent): nothing is stored, whatever the route does.
const badSignup = JSON.stringify({ opportunityId: 'koffie' });
const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/volunteer-signups`, { method: 'POST', body: badSignup, headers: { 'content-type': 'application/json', ...headers } });

test('a flood from one address gets 429 in Dutch with Retry-After, after the allowed burst', async () => {
  const server = await serveWriteApp({ corsOrigins: ['*'], writeRateLimit: { limit: 3, windowMs: 60_000 } }, now);
  try {
    for (let i = 0; i < 3; i++) assert.equal((await post(server.url)).status, 422);
    const limited = await post(server.url);
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = await limited.json();
    assert.equal(problem.type, 'urn:buurtkit:problem:rate-limited');
    assert.equal(problem.title, 'Te veel aanvragen');
    assert.match(problem.detail, /Probeer het over 20 seconden opnieuw/);
    assert.equal(limited.headers.get('retry-after'), '20');
    // One write comes back every 20 s (3 per minute).
    clock += 20_000;
    assert.equal((await post(server.url)).status, 422);
    assert.equal((await post(server.url)).status, 429);
  } finally {
    await server.close();
  }
});

test('reads are not limited', async () => {
  const server = await serveWriteApp({ corsOrigins: ['*'], writeRateLimit: { limit: 1, windowMs: 60_000 } }, now);
  try {
    for (let i = 0; i < 5; i++) assert.notEqual((await fetch(`${server.url}/v1/health`)).status, 429);
    assert.equal((await post(server.url)).status, 422);
    assert.equal((await post(server.url)).status, 429);
  } finally {
    await server.close();
  }
});

test('with TRUST_PROXY off, a forged X-Forwarded-For does not escape the limit', async () => {
  const server = await serveWriteApp({ corsOrigins: ['*'], writeRateLimit: { limit: 2, windowMs: 60_000 } }, now);
  try {
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(server.url, { 'x-forwarded-for': `203.0.113.${i}` })).status);
    assert.deepEqual(statuses, [422, 422, 429, 429, 429, 429]);
  } finally {
    await server.close();
  }
});

test('behind one trusted proxy, each client counts apart, and a forged left part of the header is ignored', async () => {
  const server = await serveWriteApp({ corsOrigins: ['*'], trustProxy: 1, writeRateLimit: { limit: 1, windowMs: 60_000 } }, now);
  try {
    assert.equal((await post(server.url, { 'x-forwarded-for': '198.51.100.7' })).status, 422);
    assert.equal((await post(server.url, { 'x-forwarded-for': '198.51.100.7' })).status, 429);
    assert.equal((await post(server.url, { 'x-forwarded-for': '198.51.100.8' })).status, 422, 'another resident');
    // The client wrote "1.2.3.4, "; the proxy appended the address it saw.
    assert.equal((await post(server.url, { 'x-forwarded-for': '1.2.3.4, 198.51.100.7' })).status, 429);
  } finally {
    await server.close();
  }
});

test('memory stays bounded however many addresses write', () => {
  const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, maxClients: 100 });
  for (let i = 0; i < 5000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`);
  assert.equal(limiter.size, 100);
  // The most recently seen are the ones remembered.
  assert.ok(limiter.take('10.0.19.135') > 0);
});

test('one IPv6 household (/64) is one client; an IPv4 address mapped into IPv6 is the IPv4 address', () => {
  assert.equal(addressBlock('2001:db8:1:2::1'), addressBlock('2001:0db8:0001:0002:ffff:0:0:9'));
  assert.notEqual(addressBlock('2001:db8:1:2::1'), addressBlock('2001:db8:1:3::1'));
  assert.equal(addressBlock('::ffff:192.0.2.1'), '192.0.2.1');
  assert.equal(addressBlock('::1'), '0:0:0:0::/64');
});
