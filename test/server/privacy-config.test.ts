// RETENTION_DAYS: how long sign-up data is kept after the last shift or after stopping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../server/config.ts';
import { privacyNotices } from '../../server/seed/volunteering.ts';

test('RETENTION_DAYS is 90 days by default and can be set in whole days', () => {
  assert.equal(readConfig({}).retentionDays, 90);
  assert.equal(readConfig({ RETENTION_DAYS: '30' }).retentionDays, 30);
  assert.equal(readConfig({ RETENTION_DAYS: '' }).retentionDays, 90);
  assert.equal(readConfig({}).rideRetentionDays, 30, 'ride requests: 30 days, as the ride privacy text says');
  assert.equal(readConfig({ RIDE_RETENTION_DAYS: '7' }).rideRetentionDays, 7);
  assert.throws(() => readConfig({ RIDE_RETENTION_DAYS: '0' }), /RIDE_RETENTION_DAYS must be a whole number from 1 to 3650/);
});

test('a RETENTION_DAYS that is not a whole number of days from 1 to 3650 is refused, naming the variable', () => {
  for (const bad of ['0', '-1', '1.5', '90d', '3651', 'drie maanden']) {
    assert.throws(() => readConfig({ RETENTION_DAYS: bad }), /RETENTION_DAYS/, bad);
  }
});

test('the seeded privacy text promises what the default keeps: three months', () => {
  const months = Math.round(readConfig({}).retentionDays / 30);
  assert.equal(months, 3);
  for (const notice of privacyNotices) assert.match(notice.how_long, /drie maanden na de laatste dienst, of tot drie maanden nadat u stopt/);
});
