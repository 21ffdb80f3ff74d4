/**
 * Gazetteers for NER features: word lists under data/lexicons/ner/ (given names, name parts,
 * titles, countries, US states, cities, other places, organization suffixes and head words, news
 * outlets, government bodies, demonyms, calendar words). Entries are tokenized with our tokenizer
 * and matched longest-first over a sentence; a capitalized or upper-case word matches an entry
 * case-insensitively ("PARIS" → Paris), an all-lower-case word only matches exactly, so "us" is
 * not "US". Loaded lazily on first use.
 */
import { lazy, readList } from '../text/lexicon.js';
import { tokenize } from '../text/tokenize.js';

/** The gazetteer classes, in feature order; each is one file under data/lexicons/ner/. */
export const GAZETTEER_CLASSES = [
  'given-names', 'name-parts', 'titles', 'countries', 'us-states', 'cities', 'places-extra',
  'org-suffixes', 'org-words', 'news-outlets', 'government-bodies', 'demonyms', 'calendar',
] as const;

/** One gazetteer class name. */
export type GazetteerClass = (typeof GAZETTEER_CLASSES)[number];

interface Entry {
  /** Index into GAZETTEER_CLASSES. */
  gazetteer: number;
  lower: string[];
  exact: string[];
}

/** Entries of every class keyed by their lower-cased first word, longest entries first. */
type GazetteerIndex = Map<string, Entry[]>;

const gazetteerIndex = lazy((): GazetteerIndex => {
  const index: GazetteerIndex = new Map();
  GAZETTEER_CLASSES.forEach((name, gazetteer) => {
    for (const line of readList(`lexicons/ner/${name}.txt`)) {
      const exact = tokenize(line).map((token) => line.slice(token.start, token.end));
      const first = exact[0];
      if (first === undefined) continue;
      const entry: Entry = { gazetteer, exact, lower: exact.map((word) => word.toLowerCase()) };
      const key = first.toLowerCase();
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
  });
  for (const list of index.values()) list.sort((a, b) => b.exact.length - a.exact.length);
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

function wordMatches(word: string, lowerWord: string, entry: Entry, k: number): boolean {
  if (entry.lower[k] !== lowerWord) return false;
  // An all-lower-case word must match exactly; any capital letter allows a case-insensitive match.
  return word !== lowerWord || entry.exact[k] === word;
}

/**
 * For each class c and word i, marks[c * words.length + i] holds MATCH_* bits for every longest
 * match of class c starting at some word and covering word i.
 */
export function matchGazetteers(words: readonly string[], lowerWords: readonly string[]): Uint8Array {
  const index = gazetteerIndex();
  const length = words.length;
  const marks = new Uint8Array(GAZETTEER_CLASSES.length * length);
  for (let i = 0; i < length; i++) {
    const candidates = index.get(lowerWords[i]!);
    if (!candidates) continue;
    // Per class only the longest entry matching here counts; candidates are sorted longest first.
    let matchedClasses = 0;
    for (const entry of candidates) {
      const bit = 1 << entry.gazetteer;
      if (matchedClasses & bit) continue;
      const size = entry.lower.length;
      if (i + size > length) continue;
      let ok = true;
      for (let k = 0; k < size && ok; k++) ok = wordMatches(words[i + k]!, lowerWords[i + k]!, entry, k);
      if (!ok) continue;
      matchedClasses |= bit;
      const base = entry.gazetteer * length;
      if (size === 1) {
        marks[base + i]! |= MATCH_U;
      } else {
        marks[base + i]! |= MATCH_B;
        for (let k = 1; k < size - 1; k++) marks[base + i + k]! |= MATCH_I;
        marks[base + i + size - 1]! |= MATCH_L;
      }
    }
  }
  return marks;
}

const commonWords = lazy(() => new Set(readList('lexicons/ner/common-words.txt')));

/** Whether a lower-case word is a common English word that is never a name (data/lexicons/ner/common-words.txt). */
export function isCommonWord(lowerWord: string): boolean {
  return commonWords().has(lowerWord);
}

/** Load the gazetteers now (for benchmarks that time model loading separately from the first call). */
export function preloadGazetteers(): void {
  gazetteerIndex();
  commonWords();
}
