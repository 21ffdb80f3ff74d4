/**
 * Gazetteers for NER features: word lists under data/lexicons/ner/ (given names, name parts,
 * titles, countries, US states, cities, other places, organization suffixes and head words, news
 * outlets, government bodies, demonyms, calendar words). Entries are tokenized with our tokenizer
 * and matched longest-first over a sentence; a capitalized or upper-case word matches an entry
 * case-insensitively ("PARIS" → Paris), an all-lower-case word only matches exactly, so "us" is
 * not "US". Read on first use from an index built from the lists (GAZETTEER_INDEX_PATH).
 */
import { createHash } from 'node:crypto';
import { WhosaidError } from '../errors.js';
import { lazy, readDataFile } from '../text/lexicon.js';
import { tokenize } from '../text/tokenize.js';
import { formatWordTable, lookUpWord, readWordTable, type WordTable } from './word-table.js';

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

/** The list of common lower-case words that are never names (isCommonWord), indexed with the gazetteers. */
const COMMON_WORDS = 'common-words';

/** Where a list lives under data/. */
function listPath(name: string): string {
  return `lexicons/ner/${name}.txt`;
}

/** The entries of a one-entry-per-line list (blank lines and `#` comments skipped). */
function listLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/** An entry the tokenizer would leave whole: letters only. */
const SINGLE_WORD = /^\p{L}+$/u;

/**
 * The index of the gazetteers and common words, built from the lists by `npm run train -- ner-gazetteers`
 * (tokenizing the multi-word entries and folding case take a process about 150 ms; reading the index, a few).
 */
export const GAZETTEER_INDEX_PATH = 'lexicons/ner/gazetteer-index.tsv';

/** Value bits of a word in the index: a common word; its one-word classes any case; those written in lower case. */
const COMMON_BIT = 1;
const ANY_CASE_SHIFT = 1;
const LOWER_CASE_SHIFT = 1 + GAZETTEER_CLASSES.length;
const CLASS_BITS = (1 << GAZETTEER_CLASSES.length) - 1;

/**
 * The gazetteers, indexed for matching. One-word entries (nearly all) and the common words are one
 * word table (word-table.ts) by lower-cased form: per word the common-word bit, the classes of its
 * entries (for words with a capital) and the classes of its entries written all in lower case (the only
 * ones an all-lower-case word may match). Multi-word entries are kept whole, keyed by their lower-cased
 * first word, longest first.
 */
interface GazetteerIndex {
  words: WordTable;
  phrases: Map<string, GazetteerEntry[]>;
}

/** The lists' text in a fixed order (the classes, then the common words) and their digest. */
function readLists(): { texts: string[]; digest: string } {
  const texts = [...GAZETTEER_CLASSES, COMMON_WORDS].map((name) => readDataFile(listPath(name)));
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  return { texts, digest: hash.digest('hex').slice(0, 16) };
}

/**
 * Build the index's text from the lists' texts (GAZETTEER_CLASSES order, then the common words): a
 * comment, a line with the lists' digest, the number of multi-word entries and of word-table slots, one line
 * per multi-word entry (class index, TAB, its words separated by spaces; grouped by first word, longest
 * first), then the word table's lines (see formatWordTable).
 */
function buildGazetteerIndex(texts: readonly string[], digest: string): string {
  const words = new Map<string, number>();
  const phrases = new Map<string, Array<{ gazetteer: number; exact: string[] }>>();
  GAZETTEER_CLASSES.forEach((name, gazetteer) => {
    for (const line of listLines(texts[gazetteer] ?? '')) {
      // Most entries are one plain word; only the others need the tokenizer.
      const exact = SINGLE_WORD.test(line) ? [line] : tokenize(line).map((token) => line.slice(token.start, token.end));
      const first = exact[0];
      if (first === undefined) continue;
      const key = first.toLowerCase();
      if (exact.length === 1) {
        let bits = (words.get(key) ?? 0) | (1 << (ANY_CASE_SHIFT + gazetteer));
        if (first === key) bits |= 1 << (LOWER_CASE_SHIFT + gazetteer);
        words.set(key, bits);
        continue;
      }
      if (exact.some((word) => /\s/.test(word))) throw new WhosaidError('INVALID_INPUT', `gazetteer entry ${JSON.stringify(line)} has a token with a space`);
      const list = phrases.get(key);
      if (list) list.push({ gazetteer, exact });
      else phrases.set(key, [{ gazetteer, exact }]);
    }
  });
  for (const line of listLines(texts[GAZETTEER_CLASSES.length] ?? '')) words.set(line, (words.get(line) ?? 0) | COMMON_BIT);
  const phraseLines: string[] = [];
  for (const list of phrases.values()) {
    list.sort((a, b) => b.exact.length - a.exact.length);
    for (const entry of list) phraseLines.push(`${entry.gazetteer}\t${entry.exact.join(' ')}\n`);
  }
  const table = formatWordTable(words);
  return `# Index of the gazetteers and common words of this directory, built by \`npm run train -- ner-gazetteers\`; do not edit.\n`
    + `# lists ${digest} phrases ${phraseLines.length} slots ${table.slotCount}\n`
    + phraseLines.join('') + table.text;
}

/** Read the index's text (see buildGazetteerIndex); null when it was built from other lists than `digest`'s. */
function readGazetteerIndex(text: string, digest: string): GazetteerIndex | null {
  const firstEnd = text.indexOf('\n');
  const secondEnd = text.indexOf('\n', firstEnd + 1);
  const header = /^# lists ([0-9a-f]+) phrases (\d+) slots (\d+)/.exec(text.slice(firstEnd + 1, secondEnd));
  if (firstEnd < 0 || secondEnd < 0 || !header) throw new WhosaidError('MODEL_UNAVAILABLE', `data/${GAZETTEER_INDEX_PATH} has no header`);
  if (header[1] !== digest) return null;
  const phrases = new Map<string, GazetteerEntry[]>();
  let position = secondEnd + 1;
  for (let n = Number(header[2]); n > 0; n--) {
    const end = text.indexOf('\n', position);
    const tab = text.indexOf('\t', position);
    if (end < 0 || tab < 0 || tab > end) throw new WhosaidError('MODEL_UNAVAILABLE', `data/${GAZETTEER_INDEX_PATH} is truncated`);
    const exact = text.slice(tab + 1, end).trimEnd().split(' ');
    const entry: GazetteerEntry = { gazetteer: Number(text.slice(position, tab)), exact, lower: exact.map((word) => word.toLowerCase()) };
    const key = entry.lower[0]!;
    const list = phrases.get(key);
    if (list) list.push(entry);
    else phrases.set(key, [entry]);
    position = end + 1;
  }
  const { table, end } = readWordTable(text, position, Number(header[3]));
  if (end < text.length) throw new WhosaidError('MODEL_UNAVAILABLE', `data/${GAZETTEER_INDEX_PATH} has lines after its word table`);
  return { words: table, phrases };
}

const gazetteerIndex = lazy((): GazetteerIndex => {
  const { texts, digest } = readLists();
  // Lists edited since the index was built are indexed here, more slowly, so that matching always follows the lists.
  return readGazetteerIndex(readDataFile(GAZETTEER_INDEX_PATH), digest) ?? readGazetteerIndex(buildGazetteerIndex(texts, digest), digest)!;
});

/** Whether data/lexicons/ner/gazetteer-index.tsv was built from the lists as they are. */
export function isGazetteerIndexCurrent(): boolean {
  return readDataFile(GAZETTEER_INDEX_PATH) === rebuildGazetteerIndex();
}

/** Rebuild data/lexicons/ner/gazetteer-index.tsv's text from the lists. */
export function rebuildGazetteerIndex(): string {
  const { texts, digest } = readLists();
  return buildGazetteerIndex(texts, digest);
}

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
  const bits = lookUpWord(index.words, lower);
  // An all-lower-case word must match exactly; any capital letter allows a case-insensitive match.
  const single = (bits >>> (word === lower ? LOWER_CASE_SHIFT : ANY_CASE_SHIFT)) & CLASS_BITS;
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

/** Whether a lower-case word is a common English word that is never a name (data/lexicons/ner/common-words.txt). */
export function isCommonWord(lowerWord: string): boolean {
  return (lookUpWord(gazetteerIndex().words, lowerWord) & COMMON_BIT) !== 0;
}

/** Load the gazetteers now (for benchmarks that time model loading separately from the first call). */
export function preloadGazetteers(): void {
  gazetteerIndex();
}
