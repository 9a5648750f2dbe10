/**
 * Text normalisation for the sociale-kaart search: folding, tokenising and a tiny Dutch
 * stemmer. The same functions run over the documents (at index time) and over what the
 * volunteer types (at query time), so both sides always agree.
 */

/** Lowercase and strip diacritics: "Coöperatie" -> "cooperatie", "één" -> "een". */
export const fold = (text: string): string => {
  const lower = text.toLowerCase();
  // NFD splits "ö" into "o" + a combining mark, which is then dropped. Skipped for plain
  // ASCII, which most text is: it keeps building the index fast.
  return /[^\0-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
};

/**
 * Function words an inloop question is full of ("ik kan mijn rekeningen niet betalen").
 * They are kept out of the index and out of queries. Kept short on purpose: every word
 * here can never be searched for.
 */
export const STOP_WORDS = new Set(
  ('de het een en of van voor in op aan met bij naar om te tot uit over door als dan die dat dit deze er' +
    ' ik je jij u hij zij ze we wij mijn mij me zijn haar hun ons onze uw is ben bent was wordt worden' +
    ' heb hebt heeft hebben kan kun kunt kunnen wil wilt willen moet moeten graag niet geen wel ook nog' +
    ' al hoe wat waar wie waarom welke iemand iets erg heel veel meer').split(' '),
);

const SEPARATORS = /[^\p{L}\p{N}'’-]+/u;
const ASCII_SEPARATORS = /[^a-z0-9'-]+/; // the same for plain ASCII text, much faster

/**
 * Calls `emit` with every word of `text`, folded: runs of letters and digits. An apostrophe
 * and what follows it are dropped ("auto's" -> "auto", "'s avonds" -> "avonds"). A
 * hyphenated word gives its joined form ("e-mail" -> "email"), and, unless `joinHyphens`
 * (used for queries), its parts too, so "mail" also finds "e-mail". One-letter words are
 * skipped.
 */
export function forEachWord(text: string, joinHyphens: boolean, emit: (word: string) => void): void {
  const folded = fold(text);
  const joiners = /['’-]/.test(folded);
  for (let word of folded.split(/[^\0-\x7f]/.test(folded) ? SEPARATORS : ASCII_SEPARATORS)) {
    if (joiners && /['’-]/.test(word)) {
      const parts = word.replace(/['’]\p{L}*/gu, '').split('-').filter(Boolean);
      if (parts.length > 1 && !joinHyphens) for (const part of parts) if (part.length > 1) emit(part);
      word = parts.join('');
    }
    if (word.length > 1) emit(word);
  }
}

export interface Token {
  /** The folded word as typed, for prefix matching ("rekeni"). */
  raw: string;
  /** Its stem, for exact matching ("rekeningen" -> "rekening"). */
  stem: string;
  /** True for a stop word; queries keep them for multi-word synonyms ("zorgen voor"). */
  stop: boolean;
}

/** The words of `text` as tokens (see `forEachWord`). */
export function tokenize(text: string, joinHyphens = false): Token[] {
  const out: Token[] = [];
  forEachWord(text, joinHyphens, (raw) => out.push({ raw, stem: stem(raw), stop: STOP_WORDS.has(raw) }));
  return out;
}

const VOWEL = /[aeiouy]/;
const stemCache = new Map<string, string>();

/**
 * Words the rules below would merge with a word of another meaning: "ouders" (parents)
 * and "ouderen" (the elderly) would both become "ouder". Each maps to its own stem. The
 * search also keeps a shorter word's prefix matches out of these stems (see index.ts).
 */
export const STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['ouderen', 'ouderen'],
  ['oudere', 'ouderen'],
]);

/**
 * A deliberately tiny Dutch stemmer: plurals (-en, -s after l/n/r/ie), inflection (-e) and diminutives
 * (-je, -jes), then the spelling fixes Dutch needs after them: "bussen" -> "bus" (double
 * consonant), "buren" -> "buur" (open syllable), "huizen" -> "huis", "brieven" -> "brief".
 * It only has to map the forms people type and the forms services write onto the same key;
 * a wrong but consistent stem is harmless. Unclear cases are left to prefix and typo matching.
 */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  const exception = STEM_EXCEPTIONS.get(word);
  s = exception ?? word;
  if (!exception && word.length > 4 && !/\d/.test(word)) {
    let m: RegExpMatchArray | null;
    if ((m = /^(.{3,})jes?$/.exec(word))) s = m[1]!;
    else if ((m = /^(.{3,}(?:[lnr]|ie))s$/.exec(word)) && m[1]!.length > 3) s = m[1]!;
    else if ((m = /^(.{2,}?[^aeiouy])(?:en|e)$/.exec(word))) {
      s = m[1]!;
      if (/([^aeiouy])\1$/.test(s)) s = s.slice(0, -1); // bussen -> bus
      else {
        s = s.replace(/v$/, 'f').replace(/z$/, 's'); // brieven -> brief, huizen -> huis
        // Open syllable: "maken" -> "maak", "sociale" -> "sociaal". Not for a toneless e
        // in a longer word ("ouderen" -> "ouder", not "oudeer").
        // "sociale" -> "sociaal" also doubles after an i; "dieren" -> "dier" does not.
        const open = /(^|[^aeiouy]|i)([aeou])([^aeiouy])$/.exec(s);
        const syllables = s.match(/[aeiouy]+/g)?.length ?? 0;
        if (open && !(open[1] === 'i' && open[2] !== 'a') && !(open[2] === 'e' && syllables > 1)) {
          s = s.slice(0, -1) + open[2] + s.slice(-1);
        }
      }
    }
    if (s.length < 3 || !VOWEL.test(s)) s = word;
  }
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}
