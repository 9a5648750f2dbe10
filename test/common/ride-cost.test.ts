import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rideCostCents } from '../../common/ride-cost.ts';

test('a free bus costs nothing, one way or both', () => {
  assert.equal(rideCostCents({ kind: 'free', text: 'Gratis' }, { trips: 2 }), 0);
});

test('a fixed amount is per trip, so a return trip costs twice', () => {
  const rule = { kind: 'fixed', amountCents: 250, text: '€ 2,50 per rit' } as const;
  assert.equal(rideCostCents(rule, { trips: 1 }), 250);
  assert.equal(rideCostCents(rule, { trips: 2, distanceKm: 14.2 }), 500);
});

test('per kilometre counts both ways and rounds to whole cents', () => {
  const rule = { kind: 'per-km', amountCents: 30, text: '€ 0,30 per kilometer' } as const;
  assert.equal(rideCostCents(rule, { trips: 2, distanceKm: 14.2 }), 852);
  assert.equal(rideCostCents(rule, { trips: 1, distanceKm: 0.1 }), 3);
  // 1,5 km × € 0,30: exactly 45 cents, not 44 through a float like 44.99999
  assert.equal(rideCostCents(rule, { trips: 1, distanceKm: 1.5 }), 45);
});

test('per kilometre to an address of unknown distance promises no amount', () => {
  assert.equal(rideCostCents({ kind: 'per-km', amountCents: 30, text: '' }, { trips: 2 }), undefined);
});
