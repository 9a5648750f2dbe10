// The write settings of the README's configuration table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig, WRITE_DEFAULTS } from '../../server/config.ts';

test('by default no other site may write, X-Forwarded-For is ignored, and ten writes per ten minutes are allowed', () => {
  const config = readConfig({});
  assert.deepEqual(config.corsWriteOrigins, []);
  assert.equal(config.trustProxy, 0);
  assert.deepEqual(config.writeRateLimit, { limit: 10, windowMs: 600_000 });
  assert.deepEqual(
    { corsWriteOrigins: config.corsWriteOrigins, trustProxy: config.trustProxy, writeRateLimit: config.writeRateLimit },
    WRITE_DEFAULTS,
  );
});

test('a village lists its sites, its proxies and its limits', () => {
  const config = readConfig({
    CORS_WRITE_ORIGINS: 'https://dorpshuislinde.nl, https://samenlinde.nl',
    TRUST_PROXY: '1',
    WRITE_RATE_LIMIT: '30',
    WRITE_RATE_WINDOW_SECONDS: '3600',
  });
  assert.deepEqual(config.corsWriteOrigins, ['https://dorpshuislinde.nl', 'https://samenlinde.nl']);
  assert.equal(config.trustProxy, 1);
  assert.deepEqual(config.writeRateLimit, { limit: 30, windowMs: 3_600_000 });
  assert.equal(readConfig({ TRUST_PROXY: 'true' }).trustProxy, 1);
  assert.equal(readConfig({ TRUST_PROXY: 'false' }).trustProxy, 0);
  assert.equal(readConfig({ WRITE_RATE_LIMIT: '0' }).writeRateLimit.limit, 0, '0 switches the limit off');
});

test('a setting that is not a sensible whole number is refused, naming the variable', () => {
  for (const [name, bad] of [['TRUST_PROXY', 'yes'], ['TRUST_PROXY', '-1'], ['WRITE_RATE_LIMIT', '1.5'], ['WRITE_RATE_WINDOW_SECONDS', '0'], ['WRITE_RATE_WINDOW_SECONDS', '10m']]) {
    assert.throws(() => readConfig({ [name]: bad }), new RegExp(name));
  }
});
