/**
 * A small in-browser full-text index for the sociale kaart: the whole map is downloaded
 * once and searched on every keystroke. Framework-free, no DOM.
 *
 * Matching, per query word (after stop words are dropped):
 * - exact: the word's stem is an index term (quality 1);
 * - prefix: index terms that start with the word, for the word being typed (the last one)
 *   and for any word of 4+ letters, since Dutch glues words together ("schuld" finds
 *   "schuldhulpverlening"); quality 0.5-0.9, higher the more of the term was typed;
 * - typo: only when neither of those finds a term, terms within Damerau-Levenshtein
 *   distance 1 (4+ letters) or 2 (8+ letters), found by walking the sorted term list as an
 *   implicit trie and skipping every branch that is already too far off;
 * - synonyms: the other entries of each synonym group a matched term (or the word itself,
 *   or a phrase in the query such as "zorgen voor") belongs to, at 0.6 x that quality.
 *
 * Scoring is BM25F-like: per term and document, the field-weighted, length-normalised
 * term frequency, times the term's idf, times the match quality. A word scores its best
 * match in a document. Documents matching more query words rank first, then by score.
 */
import { tokenize, type Token } from './normalize.ts';
import type { SynonymGroups } from './synonyms.ts';

export { fold, stem, tokenize } from './normalize.ts';
export type { SynonymGroups } from './synonyms.ts';

export interface SearchField<T> {
  name: string;
  /** Relative importance, e.g. name 3, categories 2, description 1. */
  weight: number;
  get: (doc: T) => string | readonly string[] | null | undefined;
}

export interface SearchIndexOptions<T> {
  id: (doc: T) => string;
  fields: readonly SearchField<T>[];
  synonyms?: SynonymGroups;
}

export interface SearchHit<T> {
  id: string;
  doc: T;
  /** Relevance within the same `matched` count; hits are ordered by `matched`, then this. */
  score: number;
  /** How many words of the query this document matched. */
  matched: number;
}

export interface SearchQueryOptions<T> {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Keeps only documents for which this returns true (e.g. one village, or informal help). */
  filter?: (doc: T) => boolean;
}

export interface SearchIndex<T> {
  readonly size: number;
  search(query: string, options?: SearchQueryOptions<T>): SearchHit<T>[];
}

// BM25 constants (the usual ones) and the match qualities described above.
const K1 = 1.2;
const B = 0.75;
const SYNONYM = 0.6;
const TYPO = [1, 0.7, 0.5];
const MAX_PREFIX_TERMS = 40;

/** A way a query word can be found: one index term, or all terms of a phrase (AND). */
type Expansions = Map<string, number>;

export function createSearchIndex<T>(docs: readonly T[], options: SearchIndexOptions<T>): SearchIndex<T> {
  const { fields } = options;
  const n = docs.length;

  // Pass 1: the stems of every field of every document, and the average field lengths.
  const avgLen = fields.map(() => 0);
  const tokens = docs.map((doc) =>
    fields.map((field, f) => {
      const value = field.get(doc) ?? '';
      const stems = tokenize(typeof value === 'string' ? value : value.join('\n'))
        .filter((t) => !t.stop)
        .map((t) => t.stem);
      avgLen[f]! += stems.length / (n || 1);
      return stems;
    }),
  );

  // Pass 2: postings, one flat array per term: [doc, weight, doc, weight, ...].
  const postingsOf = new Map<string, number[]>();
  tokens.forEach((docFields, doc) => {
    const weights = new Map<string, number>();
    docFields.forEach((stems, f) => {
      const tf = new Map<string, number>();
      for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * stems.length) / (avgLen[f]! || 1));
      for (const [s, count] of tf) {
        weights.set(s, (weights.get(s) ?? 0) + (fields[f]!.weight * count * (K1 + 1)) / (count + norm));
      }
    });
    for (const [s, w] of weights) {
      let list = postingsOf.get(s);
      if (!list) postingsOf.set(s, (list = []));
      list.push(doc, w);
    }
  });

  // Synonyms: entry key (stems joined by spaces, stop words kept) -> the groups it is in.
  const groups = (options.synonyms ?? []).map((group) =>
    group.map((entry) => tokenize(entry, true)).filter((entry) => entry.length > 0),
  );
  const groupsOf = new Map<string, number[]>();
  let longestPhrase = 1;
  groups.forEach((group, g) =>
    group.forEach((entry) => {
      const key = keyOf(entry);
      groupsOf.set(key, [...(groupsOf.get(key) ?? []), g]);
      longestPhrase = Math.max(longestPhrase, entry.length);
    }),
  );

  // The sorted vocabulary (synonym words included, so typos of them are corrected too).
  const terms = [...new Set([...postingsOf.keys(), ...groupsOf.keys()].filter((k) => !k.includes(' ')))].sort();
  const idf = (term: string) => {
    const df = (postingsOf.get(term)?.length ?? 0) / 2;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };

  // Per-search scratch space, allocated once: search is synchronous.
  const total = new Float64Array(n);
  const best = new Float64Array(n);
  const matched = new Uint8Array(n);
  const touched = new Int32Array(n);
  const wordTouched = new Int32Array(n);

  /** First index in `terms` at or after `lo` that is >= `s`. */
  function lowerBound(s: string, lo = 0): number {
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** The range of terms starting with `prefix`, as [from, to). */
  const prefixRange = (prefix: string, lo = 0): [number, number] => [
    lowerBound(prefix, lo),
    lowerBound(prefix + '\uffff', lo),
  ];

  /**
   * Every term within `max` Damerau-Levenshtein (optimal string alignment) edits of `word`.
   * The sorted term list is walked as a trie: the DP rows of the shared prefix with the
   * previous term are reused, and when a whole row exceeds `max`, every term with that
   * prefix is skipped with one binary search.
   */
  function typos(word: string, max: number, found: (term: string, distance: number) => void) {
    const w = word.length;
    const rows: Int32Array[] = [Int32Array.from({ length: w + 1 }, (_, j) => j)];
    let path = ''; // the term whose first `valid` rows are in `rows`
    let valid = 0;
    for (let i = 0; i < terms.length; ) {
      const term = terms[i]!;
      let d = 0;
      while (d < valid && d < term.length && path.charCodeAt(d) === term.charCodeAt(d)) d++;
      path = term;
      let skipped = false;
      for (; d < term.length; d++) {
        const prev = rows[d]!;
        const row = (rows[d + 1] ??= new Int32Array(w + 1));
        const c = term.charCodeAt(d);
        let min = (row[0] = d + 1);
        for (let j = 1; j <= w; j++) {
          let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (word.charCodeAt(j - 1) === c ? 0 : 1));
          if (d > 0 && j > 1 && c === word.charCodeAt(j - 2) && term.charCodeAt(d - 1) === word.charCodeAt(j - 1)) {
            v = Math.min(v, rows[d - 1]![j - 2]! + 1);
          }
          row[j] = v;
          if (v < min) min = v;
        }
        if (min > max) {
          valid = d; // rows up to this depth still describe `path`'s prefix
          i = prefixRange(term.slice(0, d + 1), i + 1)[1];
          skipped = true;
          break;
        }
      }
      if (skipped) continue;
      valid = term.length;
      if (rows[term.length]![w]! <= max) found(term, rows[term.length]![w]!);
      i++;
    }
  }

  /** The terms (and phrases) a query word stands for, each with its match quality. */
  function expand(word: Token, typing: boolean, phrase?: Token[]): Expansions {
    const found: Expansions = new Map();
    const add = (key: string, quality: number) => {
      if ((found.get(key) ?? 0) < quality) found.set(key, quality);
    };
    if (phrase) add(keyOf(phrase.filter((t) => !t.stop)), 1);
    else {
      for (const s of new Set([word.stem, word.raw])) if (groupsOf.has(s) || postingsOf.has(s)) add(s, 1);
      if (typing || word.raw.length >= 4) {
        for (const s of new Set([word.raw, word.stem])) {
          const [from, to] = prefixRange(s);
          // A short prefix ("ma") can match thousands of terms: keep the most common ones.
          let candidates = terms.slice(from, to);
          if (candidates.length > MAX_PREFIX_TERMS) {
            candidates = candidates
              .map((t) => [t, postingsOf.get(t)?.length ?? 0] as const)
              .sort((a, b) => b[1] - a[1])
              .slice(0, MAX_PREFIX_TERMS)
              .map(([t]) => t);
          }
          for (const t of candidates) if (t !== s) add(t, 0.5 + (0.4 * s.length) / t.length);
        }
      }
      const max = word.stem.length >= 8 ? 2 : word.stem.length >= 4 ? 1 : 0;
      if (found.size === 0 && max > 0) typos(word.stem, max, (t, d) => add(t, TYPO[d]!));
    }
    // Synonyms of everything found so far (and of the phrase itself).
    for (const [key, quality] of [...found, ...(phrase ? [[keyOf(phrase), 1] as const] : [])]) {
      for (const g of groupsOf.get(key) ?? []) {
        for (const entry of groups[g]!) {
          const content = entry.filter((t) => !t.stop);
          // A phrase whose only content word is common ("zorgen voor" -> "zorg") would match
          // far too much on its own; such phrases only serve to recognise the query.
          if (content.length === 1 && entry.length > 1) continue;
          if (content.length) add(keyOf(content), quality * SYNONYM);
        }
      }
    }
    return found;
  }

  /** Adds `score` for `doc` to the current word, keeping the best per document. */
  let wordCount = 0;
  function hit(doc: number, score: number) {
    if (best[doc] === 0) wordTouched[wordCount++] = doc;
    if (score > best[doc]!) best[doc] = score;
  }

  function search(query: string, { limit = 20, filter }: SearchQueryOptions<T> = {}): SearchHit<T>[] {
    const all = tokenize(query, true);
    const typingLast = !/[\s\p{P}]$/u.test(query); // the last word may be unfinished
    let touchedCount = 0;

    for (let i = 0; i < all.length; ) {
      // A synonym phrase in the query ("zorgen voor") is one word; the longest one wins.
      let phrase: Token[] | undefined;
      for (let len = Math.min(longestPhrase, all.length - i); len > 1 && !phrase; len--) {
        if (groupsOf.has(keyOf(all.slice(i, i + len)))) phrase = all.slice(i, i + len);
      }
      const word = all[i]!;
      const isLast = i + (phrase?.length ?? 1) === all.length;
      i += phrase?.length ?? 1;
      // Stop words are skipped, unless they are still being typed ("de" -> "dementie").
      if (!phrase && word.stop && !(isLast && typingLast)) continue;

      wordCount = 0;
      for (const [key, quality] of expand(word, isLast && typingLast, phrase)) {
        const parts = key.split(' ');
        if (parts.length === 1) {
          const list = postingsOf.get(key);
          if (!list) continue;
          const factor = idf(key) * quality;
          for (let k = 0; k < list.length; k += 2) hit(list[k]!, list[k + 1]! * factor);
        } else {
          // All content words of a phrase must occur in the document (not necessarily adjacent).
          let scores = new Map<number, number>([[-1, 0]]);
          for (const part of parts) {
            const list = postingsOf.get(part) ?? [];
            const next = new Map<number, number>();
            const factor = idf(part) * quality;
            for (let k = 0; k < list.length; k += 2) {
              const base = scores.get(scores.has(-1) ? -1 : list[k]!);
              if (base !== undefined) next.set(list[k]!, base + list[k + 1]! * factor);
            }
            scores = next;
          }
          for (const [doc, score] of scores) hit(doc, score);
        }
      }
      // Fold this word's best scores into the totals.
      for (let k = 0; k < wordCount; k++) {
        const doc = wordTouched[k]!;
        if (matched[doc] === 0) touched[touchedCount++] = doc;
        total[doc]! += best[doc]!;
        matched[doc]!++;
        best[doc] = 0;
      }
    }

    // Top `limit` by (matched, score), by insertion into a short sorted list.
    const top: number[] = [];
    const better = (a: number, b: number) => matched[a]! > matched[b]! || (matched[a] === matched[b] && total[a]! > total[b]!);
    for (let k = 0; k < touchedCount; k++) {
      const doc = touched[k]!;
      if (top.length < limit || better(doc, top[top.length - 1]!)) {
        if (!filter || filter(docs[doc]!)) {
          let at = top.length;
          while (at > 0 && better(doc, top[at - 1]!)) at--;
          top.splice(at, 0, doc);
          if (top.length > limit) top.pop();
        }
      }
    }
    const hits = top.map((doc) => ({ id: options.id(docs[doc]!), doc: docs[doc]!, score: total[doc]!, matched: matched[doc]! }));
    for (let k = 0; k < touchedCount; k++) total[touched[k]!] = matched[touched[k]!] = 0;
    return hits;
  }

  return { size: n, search };
}

const keyOf = (tokens: readonly Token[]) => tokens.map((t) => t.stem).join(' ');
