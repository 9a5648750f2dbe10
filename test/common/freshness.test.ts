// When a service counts as stale: checked before the same day a year ago.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aYearBefore, isStale } from '../../common/freshness.ts';

test('a year before is the same day a year earlier, 29 February becoming 28 February', () => {
  assert.equal(aYearBefore('2026-12-01'), '2025-12-01');
  assert.equal(aYearBefore('2028-02-29'), '2027-02-28');
  assert.equal(aYearBefore('2027-01-01'), '2026-01-01');
});

test('checked exactly a year ago is not stale yet; a day earlier is', () => {
  assert.equal(isStale('2025-12-01', '2026-12-01'), false);
  assert.equal(isStale('2025-11-30', '2026-12-01'), true);
  assert.equal(isStale('2026-12-01', '2026-12-01'), false);
  assert.equal(isStale('2027-02-28', '2028-02-29'), false);
  assert.equal(isStale('2027-02-27', '2028-02-29'), true);
});
