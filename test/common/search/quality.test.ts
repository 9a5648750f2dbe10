// Search quality on a realistic (fictional) sociale kaart: questions as an inloop desk hears
// them, each with the service that must be among the first five results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleIndex, sampleMap } from './fixture.ts';

export const QUESTIONS: [query: string, expected: string][] = [
  ['ik kan mijn rekeningen niet betalen', 'schuldhulp'],
  ['mijn moeder is eenzaam', 'maatjesproject'],
  ['hulp in de tuin', 'tuinhulp'],
  ['schuldhlup', 'schuldhulp'],
  ['cooperatie', 'cooperatie'],
  ['maatsch', 'maatschappelijk-werk'],
  ['vervoer naar het ziekenhuis', 'vervoersdienst-vrijwilligers'],
  ['ik wil nederlands leren', 'taalcafe'],
  ['ik wil nederlands leren', 'taalmaatje'],
  ['mijn man wordt vergeetachtig', 'casemanager-dementie'],
  ['formulieren invullen', 'formulierenbrigade'],
  ['zorgen voor mijn vader', 'mantelzorgsteunpunt'],
  ['eenzaamheit', 'maatjesproject'],
  ['mantelzrog', 'mantelzorgsteunpunt'],
  ['boodschappen doen', 'boodschappendienst'],
  ['hulp met de computer', 'digicafe'],
  ['digid aanvragen', 'digid-spreekuur'],
  ['kapotte lamp', 'klussendienst'],
  ['ik zoek werk', 'werkcoach'],
  ['vrijwilligerswerk', 'vrijwilligerscentrale'],
  ['problemen met de opvoeding van mijn puber', 'opvoedspreekuur'],
  ['alleen na overlijden van mijn vrouw', 'rouwgroep'],
  ['warm eten thuis', 'maaltijdservice'],
  ['bang om te vallen', 'fysiotherapie'],
  ['ruzie met de buren', 'buurtbemiddeling'],
  ['samen eten', 'eetcafe'],
  ['huurachterstand', 'woningcorporatie'],
  ['traplift', 'wmo-loket'],
  ['somber', 'ggz-praktijk'],
  ['te weinig geld voor eten', 'voedselbank'],
  ['brief van de belastingdienst', 'sociaal-raadslieden'],
  ['lezen en schrijven', 'taalhuis'],
  ['bus naar de markt', 'buurtbus'],
  ['e-mail op mijn telefoon', 'digicafe'],
  ['oplichting aan de telefoon', 'wijkagent'],
  ['gokken', 'verslavingszorg'],
  ['dementie', 'alzheimercafe'],
  ['baby', 'consultatiebureau'],
];

test('the fixture is a realistic sociale kaart', () => {
  assert.ok(sampleMap.length >= 60);
  assert.equal(new Set(sampleMap.map((s) => s.id)).size, sampleMap.length, 'unique ids');
  for (const [, id] of QUESTIONS) assert.ok(sampleMap.some((s) => s.id === id), `${id} exists`);
});

const index = sampleIndex();
for (const [query, expected] of QUESTIONS) {
  test(`"${query}" finds ${expected} in the top 5`, () => {
    const top = index.search(query, { limit: 5 }).map((h) => h.id);
    assert.ok(top.includes(expected), `top 5: ${top.join(', ')}`);
  });
}

test('half-typed questions already find the service (the last word is a prefix)', () => {
  for (const [typed, expected] of [['vervoer naar het zieken', 'vervoersdienst-vrijwilligers'], ['formulieren invu', 'formulierenbrigade'], ['mantelz', 'mantelzorgsteunpunt']] as const) {
    const top = index.search(typed, { limit: 5 }).map((h) => h.id);
    assert.ok(top.includes(expected), `${typed}: ${top.join(', ')}`);
  }
});

test('informal and professional help can be told apart with a filter', () => {
  const informal = index.search('schulden', { filter: (s) => s.kind === 'informal' });
  assert.ok(informal.length > 0 && informal.every((h) => h.doc.kind === 'informal'));
  assert.ok(informal.some((h) => h.id === 'geldmaatje'));
});
