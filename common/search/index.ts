/**
 * A small in-browser full-text index for the sociale kaart: the whole map is downloaded
 * once and searched on every keystroke. Framework-free, no DOM.
 *
 * Matching, per query word (after stop words are dropped):
 * - exact: the word's stem is an index term (quality 1);
 * - prefix: index terms that start with the word, for the word being typed (the last one)
 *   and for any word of 4+ letters, since Dutch glues words together ("schuld" finds
 *   "schuldhulpverlening"); quality 0.5-0.9, higher the more of the term was typed;
 * - compound: when neither of those finds a term, a word made of two index terms
 *   ("buurthuis" = "buurt" + "huis") matches documents holding both (quality 0.7);
 * - typo: otherwise, terms within Damerau-Levenshtein
 *   distance 1 (4+ letters) or 2 (8+ letters), found by walking the sorted term list as an
 *   implicit trie and skipping every branch that is already too far off;
 * - synonyms: the other entries of each synonym group a matched term (or the word itself,
 *   or a phrase in the query such as "zorgen voor") belongs to, at 0.6 x that quality.
 *
 * Scoring is BM25F-like: per term and document, the field-weighted, length-normalised
 * term frequency, times the term's idf, times the match quality. A word scores its best
 * match in a document. Documents matching more query words rank first, then by score.
 */
import { forEachWord, STEM_EXCEPTIONS, STOP_WORDS, stem, tokenize, type Token } from './normalize.ts';
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
/** Stems kept apart from the shorter stems they start with ("ouderen" from "ouder"). */
const DISTINCT_STEMS = [...new Set(STEM_EXCEPTIONS.values())];
/** Words of a query looked at (stop words included): bounds the work of any query, e.g. a pasted page. */
const MAX_QUERY_WORDS = 32;

/** What a query word stands for: index terms or phrases ("weinig geld"), each with a quality. */
type Expansions = Map<string, number>;

export function createSearchIndex<T>(docs: readonly T[], options: SearchIndexOptions<T>): SearchIndex<T> {
  const { fields } = options;
  const n = docs.length;

  // Terms get numeric ids, in order of first appearance.
  const termOf: string[] = [];
  const idOf = new Map<string, number>();
  const intern = (term: string) => {
    let id = idOf.get(term);
    if (id === undefined) {
      idOf.set(term, (id = termOf.length));
      termOf.push(term);
    }
    return id;
  };

  // Synonyms: entry key (stems joined by spaces, stop words kept) -> the groups it is in.
  // For each group, the keys documents are matched on (see `expand`).
  const groupsOf = new Map<string, number[]>();
  let longestPhrase = 1;
  const groupKeys = (options.synonyms ?? []).map((group, g) =>
    group.flatMap((entry) => {
      const tokens = tokenize(entry, true);
      if (!tokens.length) return [];
      const key = keyOf(tokens);
      groupsOf.set(key, [...(groupsOf.get(key) ?? []), g]);
      longestPhrase = Math.max(longestPhrase, tokens.length);
      if (tokens.length === 1) intern(key); // so typos of synonym words are corrected too
      const content = tokens.filter((t) => !t.stop);
      // A phrase whose only content word is common ("zorgen voor" -> "zorg") would match far
      // too much on its own: such phrases only serve to recognise a query.
      return content.length === 0 || (content.length === 1 && tokens.length > 1) ? [] : [keyOf(content)];
    }),
  );

  // Pass 1: every field of every document as term ids, all in one flat array (few
  // allocations: building must stay well under 150 ms for thousands of services).
  const wordIds = new Map<string, number>(); // word as written -> its stem's id; -1: stop word
  const flat: number[] = [];
  const ends: number[] = []; // where field f of document d ends in `flat`: ends[d * fields.length + f]
  const avgLen = fields.map(() => 0);
  const addWord = (word: string) => {
    let id = wordIds.get(word);
    if (id === undefined) wordIds.set(word, (id = STOP_WORDS.has(word) ? -1 : intern(stem(word))));
    if (id >= 0) flat.push(id);
  };
  for (const doc of docs) {
    fields.forEach((field, f) => {
      const value = field.get(doc) ?? '';
      const start = flat.length;
      forEachWord(typeof value === 'string' ? value : value.join('\n'), false, addWord);
      avgLen[f]! += (flat.length - start) / n;
      ends.push(flat.length);
    });
  }

  // Postings of all terms in two typed arrays: term `id` has docs and weights at
  // starts[id] .. starts[id + 1]. First count the documents per term, then fill.
  const termCount = termOf.length;
  const F = fields.length;
  const starts = new Int32Array(termCount + 1);
  const lastDoc = new Int32Array(termCount).fill(-1);
  for (let doc = 0, k = 0; doc < n; doc++) {
    for (const end = ends[doc * F + F - 1] ?? 0; k < end; k++) {
      const id = flat[k]!;
      if (lastDoc[id] !== doc) starts[id + 1]!++;
      lastDoc[id] = doc;
    }
  }
  for (let id = 0; id < termCount; id++) starts[id + 1]! += starts[id]!;
  const postDocs = new Int32Array(starts[termCount]!);
  const postWeights = new Float32Array(starts[termCount]!);
  const cursor = starts.slice(0, termCount);

  // Per term and document: the field-weighted BM25 term frequency.
  const count = new Float64Array(termCount);
  const weight = new Float64Array(termCount);
  const inDoc: number[] = [];
  const inField: number[] = [];
  lastDoc.fill(-1);
  for (let doc = 0, e = 0; doc < n; doc++) {
    for (let f = 0; f < F; f++, e++) {
      const from = e ? ends[e - 1]! : 0;
      const to = ends[e]!;
      for (let k = from; k < to; k++) if (count[flat[k]!]!++ === 0) inField.push(flat[k]!);
      const norm = K1 * (1 - B + (B * (to - from)) / (avgLen[f]! || 1));
      for (const id of inField) {
        const c = count[id]!;
        if (lastDoc[id] !== doc) inDoc.push(id); // (not weight 0: a field may weigh 0)
        lastDoc[id] = doc;
        weight[id]! += (fields[f]!.weight * c * (K1 + 1)) / (c + norm);
        count[id] = 0;
      }
      inField.length = 0;
    }
    for (const id of inDoc) {
      postDocs[cursor[id]!] = doc;
      postWeights[cursor[id]!++] = weight[id]!;
      weight[id] = 0;
    }
    inDoc.length = 0;
  }
  const df = (id: number) => (starts[id + 1] ?? 0) - (starts[id] ?? 0); // 0 for an unknown id (-1)
  const idf = termOf.map((_, id) => Math.log(1 + (n - df(id) + 0.5) / (df(id) + 0.5)));

  // The vocabulary sorted, with the length of the prefix each term shares with the one
  // before it: an implicit trie for prefix and typo search.
  const terms = [...termOf].sort();
  const shared = new Uint16Array(terms.length);
  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1]!;
    const b = terms[i]!;
    let k = 0;
    while (k < a.length && k < 65535 && a.charCodeAt(k) === b.charCodeAt(k)) k++;
    shared[i] = k;
  }

  // Per-search scratch space, allocated once: search is synchronous.
  const total = new Float64Array(n);
  const best = new Float64Array(n);
  const matched = new Uint8Array(n);
  const touched = new Int32Array(n);
  const wordTouched = new Int32Array(n);

  /** First index in `terms` whose term is >= `s`. */
  function lowerBound(s: string): number {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Every term within `max` Damerau-Levenshtein (optimal string alignment) edits of `word`.
   * The sorted terms are walked as a trie: the DP rows of the prefix shared with the
   * previous term are reused, and as soon as a whole row exceeds `max`, every term that
   * starts with that prefix is skipped (they follow it in sorted order).
   */
  function typos(word: string, max: number, found: (term: string, distance: number) => void) {
    const w = word.length;
    const rows: Int32Array[] = [Int32Array.from({ length: w + 1 }, (_, j) => j)];
    let valid = 0; // rows[0..valid] hold the previous term's prefix
    for (let i = 0; i < terms.length; ) {
      const term = terms[i]!;
      let d = Math.min(valid, shared[i]!);
      let pruned = false;
      for (; d < term.length; d++) {
        const prev = rows[d]!;
        const row = (rows[d + 1] ??= new Int32Array(w + 1));
        const c = term.charCodeAt(d);
        let min = (row[0] = d + 1);
        for (let j = 1; j <= w; j++) {
          const q = word.charCodeAt(j - 1);
          let v = prev[j - 1]! + (q === c ? 0 : 1);
          if (prev[j]! + 1 < v) v = prev[j]! + 1;
          if (row[j - 1]! + 1 < v) v = row[j - 1]! + 1;
          // A swap of two neighbouring letters is one edit ("schuldhlup").
          if (j > 1 && d > 0 && c === word.charCodeAt(j - 2) && term.charCodeAt(d - 1) === q && rows[d - 1]![j - 2]! + 1 < v) {
            v = rows[d - 1]![j - 2]! + 1;
          }
          row[j] = v;
          if (v < min) min = v;
        }
        if (min > max) {
          pruned = true;
          break;
        }
      }
      valid = d;
      if (pruned) {
        // Rows never get smaller further down, so skip all terms sharing this prefix.
        i++;
        while (i < terms.length && shared[i]! > d) i++;
      } else {
        if (rows[d]![w]! <= max) found(term, rows[d]![w]!);
        i++;
      }
    }
  }

  const known = (term: string) => df(idOf.get(term) ?? -1) > 0;

  /** "buurt huis" for "buurthuis" when both parts (3+ letters) are index terms; the longest head wins. */
  function compoundParts(word: string): string | undefined {
    for (let i = word.length - 3; i >= 3; i--) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (!known(head)) continue;
      if (known(tail)) return `${head} ${tail}`;
      if (known(stem(tail))) return `${head} ${stem(tail)}`;
    }
    return undefined;
  }

  /** The terms (and phrases) a query word stands for, each with its match quality. */
  function expand(word: Token, typing: boolean, phrase?: Token[]): Expansions {
    const found: Expansions = new Map();
    const add = (key: string, quality: number) => {
      if ((found.get(key) ?? 0) < quality) found.set(key, quality);
    };
    // What synonyms are looked up for: the word itself (or phrase) and its typo corrections,
    // not its prefix completions ("hulp" must not pull in the synonyms of "hulpmiddel").
    const bases: [string, number][] = [];
    if (phrase) {
      add(keyOf(phrase.filter((t) => !t.stop)), 1);
      bases.push([keyOf(phrase), 1]);
    } else {
      for (const s of new Set([word.stem, word.raw])) {
        if (df(idOf.get(s) ?? -1)) add(s, 1);
        if (groupsOf.has(s)) bases.push([s, 1]);
      }
      if (typing || word.raw.length >= 4) {
        for (const p of new Set([word.raw, word.stem])) {
          // "ouders" must not run into "ouderen": a prefix stops short of a stem kept apart,
          // unless that may be what the person is still typing.
          const apart = typing && p === word.raw ? [] : DISTINCT_STEMS.filter((e) => e.length > p.length && e.startsWith(p));
          // A short prefix ("ma") can match hundreds of terms: keep the most common ones.
          const top: [string, number][] = [];
          for (let i = lowerBound(p); i < terms.length && terms[i]!.startsWith(p); i++) {
            if (apart.length && apart.some((e) => terms[i]!.startsWith(e))) continue;
            const docs = df(idOf.get(terms[i]!)!);
            if (top.length === MAX_PREFIX_TERMS && docs <= top[MAX_PREFIX_TERMS - 1]![1]) continue;
            let at = top.length;
            while (at > 0 && docs > top[at - 1]![1]) at--;
            top.splice(at, 0, [terms[i]!, docs]);
            if (top.length > MAX_PREFIX_TERMS) top.pop();
          }
          for (const [t] of top) if (t !== p) add(t, 0.5 + (0.4 * p.length) / t.length);
        }
      }
      const max = word.stem.length >= 8 ? 2 : word.stem.length >= 4 ? 1 : 0;
      if (found.size === 0 && bases.length === 0 && max > 0) {
        // Two known words glued together ("buurt" + "huis") are a compound the index lacks,
        // not a typo of some other compound ("buurtbus"): both parts must then occur.
        const parts = compoundParts(word.stem);
        if (parts) add(parts, TYPO[1]!);
        else {
          typos(word.stem, max, (t, d) => {
            add(t, TYPO[d]!);
            bases.push([t, TYPO[d]!]);
          });
        }
      }
    }
    for (const [key, quality] of bases) {
      for (const g of groupsOf.get(key) ?? []) for (const k of groupKeys[g]!) add(k, quality * SYNONYM);
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
    const words = tokenize(query, true);
    const all = words.slice(0, MAX_QUERY_WORDS);
    // The last word may be unfinished (unless it was cut off here).
    const typingLast = words.length === all.length && !/[\s\p{P}]$/u.test(query);
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
          const id = idOf.get(key);
          if (id === undefined) continue;
          const factor = idf[id]! * quality;
          for (let k = starts[id]!; k < starts[id + 1]!; k++) hit(postDocs[k]!, postWeights[k]! * factor);
        } else {
          // All content words of a phrase must occur in the document (not necessarily adjacent).
          let scores: Map<number, number> | undefined;
          for (const part of parts) {
            const id = idOf.get(part) ?? -1; // unknown: an empty range
            const next = new Map<number, number>();
            const factor = (idf[id] ?? 0) * quality;
            for (let k = starts[id] ?? 0; k < (starts[id + 1] ?? 0); k++) {
              const base = scores ? scores.get(postDocs[k]!) : 0;
              if (base !== undefined) next.set(postDocs[k]!, base + postWeights[k]! * factor);
            }
            scores = next;
          }
          for (const [doc, score] of scores ?? []) hit(doc, score);
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
