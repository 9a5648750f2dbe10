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
