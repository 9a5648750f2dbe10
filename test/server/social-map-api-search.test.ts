// GET /v1/services?q= ranks exactly as the widget does: the same engine, over the same
// services, with the same synonyms. Checked on the seeded map, against the widget's own
// code run over the document the server serves it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SYNONYMS_NL } from '../../common/search/synonyms.ts';
import { computeResults } from '../../src/social-map/results.ts';
import { indexMap, matching } from '../../src/social-map/search.ts';
import type { SocialMap } from '../../src/social-map/types.ts';
import { socialMapQuestions } from './social-map-questions.ts';
import { getJson } from './test-app.ts';

const ids = (items: { id: string }[]) => items.map((s) => s.id);
const apiIds = async (query: string) => {
  const { status, body } = await getJson<{ items: { id: string }[] }>(`/v1/services?${query}`);
  assert.equal(status, 200, query);
  return ids(body.items);
};

test('typos and a whole question find the right service through the API', async () => {
  const q = (text: string) => apiIds(`q=${encodeURIComponent(text)}&limit=5`);
  assert.ok((await q('schldhulp')).includes('schuldhulpverlening'), 'schldhulp');
  assert.ok((await q('mantelzrog')).includes('mantelzorgconsulent'), 'mantelzrog');
  const question = await q('ik heb schulden en weet niet wat ik moet doen');
  assert.ok(question.includes('schuldhulpverlening') || question.includes('geldloket-spreekuur'), `question: ${question.join(', ')}`);
});

test('every inloop question gives the API the same top 10 as the widget', async () => {
  const { body: map } = await getJson<SocialMap>('/v1/social-map');
  const index = indexMap(map);
  const questions = [...socialMapQuestions.map((s) => s.question), 'schldhulp', 'mantelzrog', 'ik heb schulden en weet niet wat ik moet doen'];
  for (const question of questions) {
    const widget = ids(matching(map, index, question).slice(0, 10));
    assert.deepEqual(await apiIds(`q=${encodeURIComponent(question)}&limit=10`), widget, question);
  }
});

test('with filters too, the API lists what the widget lists, in the same order', async () => {
  const { body: map } = await getJson<SocialMap>('/v1/social-map');
  const index = indexMap(map);
  const now = new Date();
  for (const [q, filter] of [['hulp', { village: 'rietakker' }], ['geld', { kind: 'informal' as const }], ['eenzaam', { category: 'ontmoeting' }]] as const) {
    const widget = computeResults(matching(map, index, q), { q, openNow: false, ...filter }, now).items;
    const params = new URLSearchParams({ q, limit: '500', ...filter });
    assert.deepEqual(await apiIds(params.toString()), ids(widget), `${q} ${JSON.stringify(filter)}`);
  }
});

test('only function words ("ik wil") list everything, as the widget does', async () => {
  const { body: map } = await getJson<SocialMap>('/v1/social-map');
  const { body } = await getJson<{ total: number }>(`/v1/services?q=${encodeURIComponent('ik wil')}&limit=1`);
  assert.equal(body.total, map.services.length);
});

test('one synonym list: the seeded network serves the default groups the mocks and tests use', async () => {
  const { body: map } = await getJson<SocialMap>('/v1/social-map');
  assert.deepEqual(map.synonyms, DEFAULT_SYNONYMS_NL);
});
