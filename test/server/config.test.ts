// The environment variables of the README's configuration table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../server/config.ts';

test('database timeouts have sane defaults and can be set in milliseconds', () => {
  const defaults = readConfig({});
  assert.equal(defaults.connectTimeoutMs, 10_000);
  assert.equal(defaults.statementTimeoutMs, 30_000);
  const set = readConfig({ DATABASE_CONNECT_TIMEOUT_MS: '2500', DATABASE_STATEMENT_TIMEOUT_MS: '5000' });
  assert.equal(set.connectTimeoutMs, 2500);
  assert.equal(set.statementTimeoutMs, 5000);
});

test('a timeout that is not a whole number of milliseconds is refused, naming the variable', () => {
  for (const bad of ['0', '-1', '1.5', '10s', '1e3', '99999999']) {
    assert.throws(() => readConfig({ DATABASE_CONNECT_TIMEOUT_MS: bad }), /DATABASE_CONNECT_TIMEOUT_MS/);
    assert.throws(() => readConfig({ DATABASE_STATEMENT_TIMEOUT_MS: bad }), /DATABASE_STATEMENT_TIMEOUT_MS/);
  }
});

test('calendar import: FEED_* settings have safe defaults (public addresses only) and are checked', () => {
  assert.deepEqual(readConfig({}).feeds, { intervalMinutes: 60, timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, allowPrivateAddresses: false, allowedUrls: [] });
  const set = readConfig({
    FEED_INTERVAL_MINUTES: '15',
    FEED_TIMEOUT_MS: '3000',
    FEED_MAX_BYTES: '500000',
    FEED_ALLOW_PRIVATE_ADDRESSES: 'true',
    FEED_ALLOWED_URLS: 'http://localhost:8080/voorbeelden/',
  }).feeds;
  assert.deepEqual(set, { intervalMinutes: 15, timeoutMs: 3000, maxBytes: 500_000, allowPrivateAddresses: true, allowedUrls: ['http://localhost:8080/voorbeelden/'] });
  assert.throws(() => readConfig({ FEED_ALLOW_PRIVATE_ADDRESSES: 'yes please' }), /FEED_ALLOW_PRIVATE_ADDRESSES/);
  assert.throws(() => readConfig({ FEED_INTERVAL_MINUTES: '0' }), /FEED_INTERVAL_MINUTES/);
  assert.throws(() => readConfig({ FEED_MAX_BYTES: '2MB' }), /FEED_MAX_BYTES/);
  // A prefix without a path would also allow http://localhost.evil.example.
  assert.throws(() => readConfig({ FEED_ALLOWED_URLS: 'http://localhost' }), /FEED_ALLOWED_URLS/);
  assert.throws(() => readConfig({ FEED_ALLOWED_URLS: 'file:///etc/' }), /FEED_ALLOWED_URLS/);
});

test('INVITATION_DAYS: an invitation to /beheer works 7 days unless set, from 1 to 90', () => {
  assert.equal(readConfig({}).invitationDays, 7);
  assert.equal(readConfig({ INVITATION_DAYS: '14' }).invitationDays, 14);
  for (const bad of ['0', '91', '1.5', 'week']) assert.throws(() => readConfig({ INVITATION_DAYS: bad }), /INVITATION_DAYS/);
});
