// The readable ids of /beheer's records, as the server makes them and the mocks copy them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugOf } from '../../common/slug.ts';

test('a name becomes a readable id: accents dropped, words joined by dashes, at most 50 characters', () => {
  assert.equal(slugOf('Repair Café Linde'), 'repair-cafe-linde');
  assert.equal(slugOf('  Soos voor ouderen!  '), 'soos-voor-ouderen');
  assert.equal(slugOf('a'.repeat(60)).length, 50);
  assert.equal(slugOf(`${'b'.repeat(49)} c`), 'b'.repeat(49), 'no dash left at the end');
});

test('a name without letters or digits gets the fallback, and "nieuw" (the add form\'s address) is never an id', () => {
  assert.equal(slugOf('!!!'), 'activiteit');
  assert.equal(slugOf('ÆØ', 'organisatie'), 'organisatie');
  assert.equal(slugOf('Nieuw', 'plek'), 'nieuw-1');
});
