import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '../../../common/search/index.ts';

interface Doc { id: string; name: string; tags?: string[]; text?: string }
const make = (docs: Doc[], synonyms?: string[][]) =>
  createSearchIndex(docs, {
    id: (d) => d.id,
    fields: [
      { name: 'name', weight: 3, get: (d) => d.name },
      { name: 'tags', weight: 2, get: (d) => d.tags },
      { name: 'text', weight: 1, get: (d) => d.text },
    ],
    synonyms,
  });
const ids = (index: ReturnType<typeof make>, query: string, limit?: number) => index.search(query, { limit }).map((h) => h.id);

const docs: Doc[] = [
  { id: 'schuld', name: 'Schuldhulp', text: 'Hulp bij schulden en rekeningen' },
  { id: 'coop', name: 'Zorgcoöperatie', text: 'Een coöperatie van bewoners' },
  { id: 'amw', name: 'Maatschappelijk werk', text: 'Hulp bij problemen' },
  { id: 'mantel', name: 'Steunpunt Mantelzorg', text: 'Voor wie zorgt voor een naaste' },
  { id: 'eenzaam', name: 'Koffie-inloop', tags: ['eenzaamheid'], text: 'Gewoon binnenlopen' },
  { id: 'tuin', name: 'Tuinhulp', tags: ['tuin'], text: 'Snoeien en gras maaien' },
  { id: 'bus', name: 'Buurtbus', tags: ['vervoer'], text: 'Vrijwilligers rijden naar het ziekenhuis' },
];

test('an empty or stop-word-only query finds nothing', () => {
  const index = make(docs);
  assert.deepEqual(ids(index, ''), []);
  assert.deepEqual(ids(index, 'ik wil een '), []);
});

test('finds words regardless of case and diacritics', () => {
  const index = make(docs);
  assert.equal(ids(index, 'cooperatie')[0], 'coop');
  assert.equal(ids(index, 'COÖPERATIE ')[0], 'coop');
});

test('the word being typed matches as a prefix', () => {
  const index = make(docs);
  assert.deepEqual(ids(index, 'maatsch'), ['amw']);
  assert.deepEqual(ids(index, 'maa '), [], 'a finished 3-letter word is not a prefix');
  assert.equal(ids(index, 'de mantelz')[0], 'mantel');
});

test('words of 4+ letters also match the start of longer (compound) words', () => {
  assert.ok(ids(make(docs), 'schuld vrijwilligers').includes('schuld'));
});

test('tolerates typos: one edit from 4 letters, two from 8, a swap counts as one', () => {
  const index = make(docs);
  assert.equal(ids(index, 'schuldhlup')[0], 'schuld', 'swap');
  assert.equal(ids(index, 'eenzaamheit')[0], 'eenzaam', 'substitution');
  assert.equal(ids(index, 'mantelzrog')[0], 'mantel', 'swap in a long word');
  assert.equal(ids(index, 'ziekenhuiis ')[0], 'bus', 'insertion');
  assert.equal(ids(index, 'tiun ')[0], 'tuin', 'a swap in a 4-letter word');
  assert.deepEqual(ids(index, 'bsu '), [], 'no typos under 4 letters');
  assert.deepEqual(ids(index, 'snieon '), [], 'not two edits in a 6-letter word');
  assert.equal(ids(index, 'ziekunhuus ')[0], 'bus', 'two edits in a 10-letter word');
});

test('several words in any order: more matched words rank first, no match is no veto', () => {
  const index = make(docs);
  assert.deepEqual(ids(index, 'ziekenhuis vrijwilligers').slice(0, 1), ['bus']);
  assert.deepEqual(ids(index, 'vrijwilligers ziekenhuis').slice(0, 1), ['bus']);
  const hits = make(docs).search('hulp snoeien');
  assert.equal(hits[0]!.id, 'tuin', 'Tuinhulp: "hulp" matches its own name only as a prefix of a word');
  assert.ok(hits.every((h) => h.matched === 1 && h.score > 0));
  const both = make(docs).search('gras snoeien');
  assert.deepEqual([both[0]!.id, both[0]!.matched], ['tuin', 2]);
  const partial = make(docs).search('ziekenhuis schulden');
  assert.deepEqual(partial.map((h) => [h.id, h.matched]).sort(), [['bus', 1], ['schuld', 1]]);
  // "xyzzy" matches nothing: the other word still answers.
  assert.equal(ids(index, 'xyzzy snoeien')[0], 'tuin');
});

test('synonyms: a word finds the other words of its group, below the word itself', () => {
  const synonyms = [['rekeningen', 'schulden', 'geldzorgen'], ['eenzaam', 'ontmoeting'], ['mantelzorg', 'zorgen voor']];
  const index = make(
    [
      { id: 'plain', name: 'Schuldhulp', text: 'bij schulden' },
      { id: 'direct', name: 'Spreekuur', text: 'geldzorgen' },
      { id: 'meet', name: 'Ontmoetingsgroep', tags: ['ontmoeting'] },
      { id: 'carers', name: 'Steunpunt', tags: ['mantelzorg'] },
    ],
    synonyms,
  );
  assert.deepEqual(ids(index, 'geldzorgen'), ['direct', 'plain']);
  assert.deepEqual(ids(index, 'eenzaam'), ['meet'], 'a word absent from the map still finds its synonyms');
  assert.deepEqual(ids(index, 'zorgen voor mijn vader'), ['carers'], 'a multi-word synonym');
  assert.deepEqual(ids(index, 'geldzrogen'), ['direct', 'plain'], 'synonyms of a corrected typo');
  assert.deepEqual(ids(make(docs), 'ontmoeting'), [], 'no synonyms without a list');
});

test('ranking: name over tags over text; exact over prefix over typo over synonym', () => {
  const fieldsIndex = make([
    { id: 'text', name: 'Een', text: 'buurtbus' },
    { id: 'tag', name: 'Twee', tags: ['buurtbus'] },
    { id: 'name', name: 'Buurtbus' },
  ]);
  assert.deepEqual(ids(fieldsIndex, 'buurtbus'), ['name', 'tag', 'text']);

  const kinds = make(
    [
      { id: 'synonym', name: 'Klussendienst' },
      { id: 'typo', name: 'Klussdienst' },
      { id: 'prefix', name: 'Klusdienstverlening' },
      { id: 'exact', name: 'Klusdienst' },
    ],
    [['klusdienst', 'klussendienst']],
  );
  // "klusdienst" is one edit from "klussdienst" but an exact word is known, so no typo search:
  assert.deepEqual(ids(kinds, 'klusdienst'), ['exact', 'prefix', 'synonym']);
  assert.deepEqual(ids(kinds, 'klusdienstx'), ['exact', 'typo', 'synonym']);
});

test('limit and filter', () => {
  const index = make(docs);
  assert.equal(index.search('hulp', { limit: 1 }).length, 1);
  assert.deepEqual(index.search('hulp', { filter: (d) => d.id !== 'schuld' }).map((h) => h.id).includes('schuld'), false);
  assert.equal(index.size, docs.length);
});

test('a very long question costs bounded work: words after the first 32 are not looked up', () => {
  const index = make(docs);
  // 32 words (the first one matching), then one that would match another service.
  const long = ['schulden', ...Array<string>(31).fill('de'), 'tuin'].join(' ');
  assert.deepEqual(ids(index, long), ['schuld']);
  // A pasted page of text answers too, and at once.
  const page = 'tuin '.repeat(20_000);
  const start = performance.now();
  assert.deepEqual(ids(index, page), ['tuin']);
  assert.ok(performance.now() - start < 1000);
});

test('a compound of two known words is not "corrected" into another word', () => {
  const index = make([
    ...docs,
    { id: 'kamer', name: 'Buurtkamer', text: 'Koffie in de buurt, in een oud huis' },
  ]);
  // "buurthuis" is two edits from "buurtbus", but it is "buurt" + "huis".
  assert.deepEqual(ids(index, 'buurthuis'), ['kamer']);
  // A real typo of a long word is still corrected.
  assert.deepEqual(ids(index, 'buurtbsu'), ['bus']);
});

test('a complete word does not run into a word of another meaning ("ouders" is not "ouderen")', () => {
  const index = make([
    { id: 'opvoed', name: 'Oudercafé', text: 'Voor ouders van jonge kinderen' },
    { id: 'senior', name: 'Ouderenadviseur', text: 'Voor ouderen' },
  ]);
  assert.deepEqual(ids(index, 'ouders'), ['opvoed']);
  assert.deepEqual(ids(index, 'ouderen'), ['senior']);
  // While typing, "ouder" may still become either.
  assert.deepEqual(ids(index, 'ouder').sort(), ['opvoed', 'senior']);
});
