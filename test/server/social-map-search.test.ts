// Search quality on the real seeded map, as the widget searches it: the map document the
// server serves, indexed by the widget's own code. Each everyday question from the inloop
// desk must bring its service into the top 5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexMap, matching } from '../../src/social-map/search.ts';
import type { SocialMap } from '../../src/social-map/types.ts';
import { socialMapQuestions } from './social-map-questions.ts';
import { getJson } from './test-app.ts';

test('the seeded map has an everyday question list to check against', () => {
  assert.ok(socialMapQuestions.length >= 20, `only ${socialMapQuestions.length} questions`);
});

test('every everyday question finds its service in the top 5', async () => {
  const { status, body: map } = await getJson<SocialMap>('/v1/social-map');
  assert.equal(status, 200);
  const index = indexMap(map);
  const misses: string[] = [];
  for (const { question, expected } of socialMapQuestions) {
    assert.ok(map.services.some((s) => s.id === expected), `${expected} is not on the map`);
    const top = matching(map, index, question).slice(0, 5).map((s) => s.id);
    if (!top.includes(expected)) misses.push(`"${question}" → ${expected} not in [${top.join(', ')}]`);
  }
  assert.deepEqual(misses, []);
});

test('answers while typing: each question finds its service from a few letters of its last word on', async () => {
  const { body: map } = await getJson<SocialMap>('/v1/social-map');
  const index = indexMap(map);
  // "Within a few keystrokes": the question typed up to 3 letters short of its end.
  const misses = socialMapQuestions
    .filter(({ question }) => question.split(' ').at(-1)!.length >= 7)
    .filter(({ question, expected }) => !matching(map, index, question.slice(0, -3)).slice(0, 5).some((s) => s.id === expected))
    .map(({ question }) => question.slice(0, -3));
  assert.deepEqual(misses, []);
});

test('"ouders" (parents) and "ouderen" (the elderly) are different words', async () => {
  const { body: map } = await getJson<SocialMap>('/v1/social-map');
  const index = indexMap(map);
  const top = (q: string) => matching(map, index, q).slice(0, 5).map((s) => s.id);
  const forElderly = ['meer-bewegen-ouderen', 'ouderenadviseur', 'bezoekdienst-senioren', 'computercursus-senioren', 'gym-voor-senioren'];
  const forParents = ['speelochtend-hummels', 'oudercafe', 'taalles-ouders-school', 'consultatiebureau', 'opvoedspreekuur', 'gezinsmaatje', 'jeugd-en-gezinscoach'];
  for (const q of ['ouders', 'ouders ', 'hulp voor ouders']) {
    assert.deepEqual(top(q).filter((id) => forElderly.includes(id)), [], `"${q}" finds services for the elderly`);
    assert.ok(top(q).some((id) => forParents.includes(id)), `"${q}": ${top(q).join(', ')}`);
  }
  for (const q of ['ouderen', 'ouderen ', 'hulp voor ouderen']) {
    assert.deepEqual(top(q).filter((id) => forParents.includes(id)), [], `"${q}" finds services for parents`);
    assert.ok(top(q).some((id) => forElderly.includes(id)), `"${q}": ${top(q).join(', ')}`);
  }
});

test('"buurthuis" is not read as a typo of "buurtbus"', async () => {
  const { body: map } = await getJson<SocialMap>('/v1/social-map');
  const index = indexMap(map);
  for (const q of ['buurthuis', 'koffie in het buurthuis']) {
    const found = matching(map, index, q).slice(0, 5);
    assert.deepEqual(found.filter((s) => s.categories.some((c) => c.id === 'vervoer')).map((s) => s.id), [], q);
    assert.ok(found.some((s) => s.categories.some((c) => c.id === 'eenzaamheid-en-ontmoeting')), `${q}: ${found.map((s) => s.id).join(', ')}`);
  }
});
