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
  lower: string[];
  exact: string[];
}

/** Entries of every class keyed by their lower-cased first word, longest entries first. */
type GazetteerIndex = Array<Map<string, Entry[]>>;

const gazetteerIndex = lazy((): GazetteerIndex => GAZETTEER_CLASSES.map((name) => indexEntries(readList(`lexicons/ner/${name}.txt`))));

function indexEntries(lines: readonly string[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const line of lines) {
    const exact = tokenize(line).map((token) => line.slice(token.start, token.end));
    const first = exact[0];
    if (first === undefined) continue;
    const entry: Entry = { exact, lower: exact.map((word) => word.toLowerCase()) };
    const key = first.toLowerCase();
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  }
  for (const list of index.values()) list.sort((a, b) => b.exact.length - a.exact.length);
  return index;
}

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
  for (let c = 0; c < index.length; c++) {
    const map = index[c]!;
    const base = c * length;
    for (let i = 0; i < length; i++) {
      const candidates = map.get(lowerWords[i]!);
      if (!candidates) continue;
      for (const entry of candidates) {
        const size = entry.lower.length;
        if (i + size > length) continue;
        let ok = true;
        for (let k = 0; k < size && ok; k++) ok = wordMatches(words[i + k]!, lowerWords[i + k]!, entry, k);
        if (!ok) continue;
        if (size === 1) {
          marks[base + i]! |= MATCH_U;
        } else {
          marks[base + i]! |= MATCH_B;
          for (let k = 1; k < size - 1; k++) marks[base + i + k]! |= MATCH_I;
          marks[base + i + size - 1]! |= MATCH_L;
        }
        break;
      }
    }
  }
  return marks;
}

/** Load the gazetteers now (for benchmarks that time model loading separately from the first call). */
export function preloadGazetteers(): void {
  gazetteerIndex();
}
