import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carryExceptions } from '../../common/carry-exceptions.ts';

test('exceptions on the old start time move to the new one; others stay, and the old keys are kept by index', () => {
  const { exceptions, carried } = carryExceptions('2027-01-21T14:00', '2027-01-21T09:15', [
    { originalStartsAt: '2027-04-15T14:00', kind: 'cancelled' },
    { originalStartsAt: '2027-05-20T09:15', kind: 'skipped' },
  ]);
  assert.deepEqual(exceptions.map((e) => e.originalStartsAt), ['2027-04-15T09:15', '2027-05-20T09:15']);
  assert.deepEqual([...carried], [[0, '2027-04-15T14:00']]);
});

test('a new first date on the same time carries nothing: the dates stay as they were', () => {
  const { exceptions, carried } = carryExceptions('2027-01-21T14:00', '2027-02-18T14:00', [{ originalStartsAt: '2027-04-15T14:00' }]);
  assert.deepEqual(exceptions, [{ originalStartsAt: '2027-04-15T14:00' }]);
  assert.equal(carried.size, 0);
});
