// Free-text search for API clients (the widget searches its own index in the browser).
// Case- and accent-insensitive ("cafe" finds "Café"), every word of the question must
// match somewhere, and the network's synonym groups count as the same word
// ("rekeningen" finds a service about "schulden"). Results are ranked: a hit in the
// name weighs most, then keywords and categories, then the rest.
import type { ServiceRecord } from './repository.ts';

/** Lowercase, without diacritics, punctuation as spaces, single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Field {
  text: string;
  weight: number;
}

function fieldsOf(s: ServiceRecord): Field[] {
  return [
    { text: normalize(s.name), weight: 10 },
    { text: normalize(s.keywords.join(' ')), weight: 6 },
    { text: normalize(s.categories.map((c) => c.name).join(' ')), weight: 5 },
    { text: normalize(s.organization.name), weight: 4 },
    { text: normalize(s.description), weight: 3 },
    { text: normalize(s.eligibility), weight: 2 },
    { text: normalize(s.longDescription), weight: 1 },
  ];
}

/** One word of the question, with the words the synonym groups make equal to it. */
type Term = string[];

/** Splits the question into terms; a synonym of several words ("zorgen voor") stays one term. */
export function parseQuery(q: string, synonyms: readonly string[][]): Term[] {
  let rest = ` ${normalize(q)} `;
  const groups = synonyms.map((g) => g.map(normalize).filter(Boolean));
  const terms: Term[] = [];
  // Phrases first, longest first, so "zorgen voor" is not split into "zorgen" and "voor".
  const phrases = groups.flatMap((g) => g.filter((w) => w.includes(' ')).map((w) => ({ w, g }))).sort((a, b) => b.w.length - a.w.length);
  for (const { w, g } of phrases) {
    if (rest.includes(` ${w} `)) {
      terms.push(g);
      rest = rest.replace(` ${w} `, ' ');
    }
  }
  for (const word of rest.split(' ').filter(Boolean)) {
    const group = groups.find((g) => g.includes(word));
    terms.push(group ? [word, ...group.filter((w) => w !== word)] : [word]);
  }
  return terms;
}

/** Where a word stands in a text: 2 at the start of a word, 1 inside one, 0 absent. */
function hit(text: string, word: string): number {
  const at = ` ${text}`.indexOf(` ${word}`);
  if (at >= 0) return 2;
  return text.includes(word) ? 1 : 0;
}

/** The service's score for the terms: 0 when a term matches nowhere. */
export function score(s: ServiceRecord, terms: readonly Term[], cache: WeakMap<ServiceRecord, Field[]>): number {
  let fields = cache.get(s);
  if (!fields) cache.set(s, (fields = fieldsOf(s)));
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const { text, weight } of fields) {
      for (const word of term) best = Math.max(best, hit(text, word) * weight);
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}
