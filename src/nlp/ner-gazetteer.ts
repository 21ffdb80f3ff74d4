/**
 * Gazetteers for NER features: word lists under data/lexicons/ner/ (given names, name parts,
 * titles, countries, US states, cities, other places, organization suffixes and head words, news
 * outlets, government bodies, demonyms, calendar words). Entries are tokenized with our tokenizer
 * and matched longest-first over a sentence; a capitalized or upper-case word matches an entry
 * case-insensitively ("PARIS" → Paris), an all-lower-case word only matches exactly, so "us" is
 * not "US". Loaded lazily on first use.
 */
import { lazy, readDataFile } from '../text/lexicon.js';
import { tokenize } from '../text/tokenize.js';

/** The gazetteer classes, in feature order; each is one file under data/lexicons/ner/. */
export const GAZETTEER_CLASSES = [
  'given-names', 'name-parts', 'titles', 'countries', 'us-states', 'cities', 'places-extra',
  'org-suffixes', 'org-words', 'news-outlets', 'government-bodies', 'demonyms', 'calendar',
] as const;

/** One gazetteer class name. */
export type GazetteerClass = (typeof GAZETTEER_CLASSES)[number];

/** One multi-word gazetteer entry. */
export interface GazetteerEntry {
  /** Index into GAZETTEER_CLASSES. */
  gazetteer: number;
  lower: string[];
  exact: string[];
}

/** The entries of a one-entry-per-line list (blank lines and `#` comments skipped), read without per-line row arrays. */
function listLines(relativePath: string): string[] {
  return readDataFile(relativePath).split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/** An entry the tokenizer would leave whole: letters only. */
const SINGLE_WORD = /^\p{L}+$/u;

/**
 * The gazetteers, indexed for matching. One-word entries (nearly all) are class bit sets: `anyCase`
 * by lower-cased form (for words with a capital), `lowerCase` by form for entries written all in
 * lower case (the only ones an all-lower-case word may match). Multi-word entries are kept whole,
 * keyed by their lower-cased first word, longest first.
 */
interface GazetteerIndex {
  anyCase: Map<string, number>;
  lowerCase: Map<string, number>;
  phrases: Map<string, GazetteerEntry[]>;
}

const gazetteerIndex = lazy((): GazetteerIndex => {
  const index: GazetteerIndex = { anyCase: new Map(), lowerCase: new Map(), phrases: new Map() };
  GAZETTEER_CLASSES.forEach((name, gazetteer) => {
    const bit = 1 << gazetteer;
    for (const line of listLines(`lexicons/ner/${name}.txt`)) {
      // Most entries are one plain word; only the others need the tokenizer.
      const exact = SINGLE_WORD.test(line) ? [line] : tokenize(line).map((token) => line.slice(token.start, token.end));
      const first = exact[0];
      if (first === undefined) continue;
      const key = first.toLowerCase();
      if (exact.length === 1) {
        index.anyCase.set(key, (index.anyCase.get(key) ?? 0) | bit);
        if (first === key) index.lowerCase.set(key, (index.lowerCase.get(key) ?? 0) | bit);
        continue;
      }
      const entry: GazetteerEntry = { gazetteer, exact, lower: exact.map((word) => word.toLowerCase()) };
      const list = index.phrases.get(key);
      if (list) list.push(entry);
      else index.phrases.set(key, [entry]);
    }
  });
  for (const list of index.phrases.values()) list.sort((a, b) => b.exact.length - a.exact.length);
  return index;
});

/** Position of a word inside a gazetteer match: Begin, Inside, Last or Unit. */
export const MATCH_B = 1;
/** Inside a multi-word match. */
export const MATCH_I = 2;
/** Last word of a multi-word match. */
export const MATCH_L = 4;
/** A one-word match. */
export const MATCH_U = 8;

function wordMatches(word: string, lowerWord: string, entry: GazetteerEntry, k: number): boolean {
  if (entry.lower[k] !== lowerWord) return false;
  // An all-lower-case word must match exactly; any capital letter allows a case-insensitive match.
  return word !== lowerWord || entry.exact[k] === word;
}

/** What the gazetteers say about one word on its own: the entries it may start. */
export interface GazetteerWord {
  /** Classes (as bits, 1 << class index) with a one-word entry this word matches. */
  single: number;
  /** Multi-word entries whose first word is this word's lower-case form, longest first. */
  phrases: readonly GazetteerEntry[] | undefined;
}

/** Look up one word (and its lower-case form) in the gazetteers, for callers that cache the answer per word. */
export function lookUpGazetteerWord(word: string, lower: string): GazetteerWord {
  const index = gazetteerIndex();
  // An all-lower-case word must match exactly; any capital letter allows a case-insensitive match.
  const single = word === lower ? index.lowerCase.get(lower) ?? 0 : index.anyCase.get(lower) ?? 0;
  return { single, phrases: index.phrases.get(lower) };
}

/**
 * For each class c and word i, marks[c * words.length + i] holds MATCH_* bits for every longest
 * match of class c starting at some word and covering word i. With `looked`, word i's lookups are
 * `looked[i]` (see lookUpGazetteerWord): the lists hold over a hundred thousand entries, and a lookup
 * in maps that size waits on memory, so callers that meet the same words again cache them.
 */
export function matchGazetteers(words: readonly string[], lowerWords: readonly string[], looked?: readonly GazetteerWord[]): Uint8Array {
  const length = words.length;
  const marks = new Uint8Array(GAZETTEER_CLASSES.length * length);
  for (let i = 0; i < length; i++) {
    const word = looked?.[i] ?? lookUpGazetteerWord(words[i]!, lowerWords[i]!);
    // Per class only the longest entry matching here counts: phrases (longest first), then one word.
    let matchedClasses = 0;
    const phrases = word.phrases;
    if (phrases) {
      for (const entry of phrases) {
        const bit = 1 << entry.gazetteer;
        if (matchedClasses & bit) continue;
        const size = entry.lower.length;
        if (i + size > length) continue;
        let ok = true;
        for (let k = 0; k < size && ok; k++) ok = wordMatches(words[i + k]!, lowerWords[i + k]!, entry, k);
        if (!ok) continue;
        matchedClasses |= bit;
        const base = entry.gazetteer * length;
        marks[base + i]! |= MATCH_B;
        for (let k = 1; k < size - 1; k++) marks[base + i + k]! |= MATCH_I;
        marks[base + i + size - 1]! |= MATCH_L;
      }
    }
    const single = word.single & ~matchedClasses;
    if (single === 0) continue;
    for (let c = 0; c < GAZETTEER_CLASSES.length; c++) if (single & (1 << c)) marks[c * length + i]! |= MATCH_U;
  }
  return marks;
}

const commonWords = lazy(() => new Set(listLines('lexicons/ner/common-words.txt')));

/** Whether a lower-case word is a common English word that is never a name (data/lexicons/ner/common-words.txt). */
export function isCommonWord(lowerWord: string): boolean {
  return commonWords().has(lowerWord);
}

/** Load the gazetteers now (for benchmarks that time model loading separately from the first call). */
export function preloadGazetteers(): void {
  gazetteerIndex();
  commonWords();
}
