import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPostcode, normalPostcode } from '../../common/postcode.ts';

test('a postcode typed with or without a space, in any case, is stored as "4199 XA"', () => {
  for (const typed of ['4199xa', '4199 xa', ' 4199 XA ', '4199XA']) assert.equal(normalPostcode(typed), '4199 XA', typed);
  assert.equal(normalPostcode(''), '');
  assert.equal(normalPostcode(undefined), '');
  assert.equal(normalPostcode('   '), '');
});

test('only four digits, the first not 0, and two letters are a postcode', () => {
  for (const good of ['4199 XA', '4199xa', ' 1000 AA ']) assert.ok(isPostcode(good), good);
  for (const bad of ['0199 XA', '419 XA', '4199 X', '4199  XA', '4199 X1', '41990XA', '', 'XA 4199']) assert.ok(!isPostcode(bad), bad);
});
