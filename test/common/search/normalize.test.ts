import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, stem, tokenize } from '../../../common/search/normalize.ts';

const raws = (text: string, join = false) => tokenize(text, join).map((t) => t.raw);

test('folds case and diacritics', () => {
  assert.equal(fold('Coöperatie'), 'cooperatie');
  assert.equal(fold('één Café, diëten'), 'een cafe, dieten');
});

test('splits into words, joining hyphens and dropping apostrophe endings', () => {
  assert.deepEqual(raws("E-mail en auto's, 's avonds!"), ['mail', 'email', 'en', 'auto', 'avonds']);
  assert.deepEqual(raws('e-mail', true), ['email']);
  assert.deepEqual(raws('Wmo-loket 06-12345678 a'), ['wmo', 'loket', 'wmoloket', '06', '12345678', '0612345678']);
});

test('marks stop words but keeps them in the token list', () => {
  assert.deepEqual(
    tokenize('ik kan mijn rekeningen niet betalen').filter((t) => !t.stop).map((t) => t.stem),
    ['rekening', 'betaal'],
  );
});

test('stems plurals, inflections and diminutives onto one key', () => {
  const same = [
    ['rekeningen', 'rekening'], ['schulden', 'schuld'], ['klusjes', 'klus'], ['klussen', 'klus'],
    ['bussen', 'bus'], ['buren', 'buur'], ['huizen', 'huis'], ['brieven', 'brief'], ['sociale', 'sociaal'],
    ['ouders', 'ouder'], ['eenzame', 'eenzaam'], ['organisaties', 'organisatie'], ['maatje', 'maat'],
    ['ziekten', 'ziekte'], ['vergeetachtige', 'vergeetachtig'],
  ];
  for (const [a, b] of same) assert.equal(stem(a!), stem(b!), `${a} / ${b}`);
  // Different words stay different.
  assert.notEqual(stem('lessen'), stem('lezen'));
  assert.equal(stem('dieren'), 'dier');
  assert.equal(stem('mens'), 'mens');
  assert.equal(stem('cursus'), stem('cursussen'));
});

test('stem keeps words of different meaning apart: ouders (parents) and ouderen (the elderly)', () => {
  assert.equal(stem('ouders'), stem('ouder'));
  assert.equal(stem('ouderen'), stem('oudere'));
  assert.notEqual(stem('ouders'), stem('ouderen'));
});
