/** Undated references from data/lexicons/dates/references.tsv: "now", "currently", "recently", "the past", "the future". */
import { lazy } from '../../text/lexicon.js';
import { referencePhrases } from '../lexicon.js';
import type { Candidate, ReferenceReading } from '../reading.js';
import { isJoiningHyphen, wordAt, type Scan } from '../scan.js';

/** The first words of the lexicon's phrases, so most tokens are rejected with one lookup. */
const firstWords = lazy(() => new Set([...referencePhrases().keys()].map((phrase) => phrase.split(' ')[0]!)));

/** Longest phrase length in the lexicon, in tokens. */
const MAX_WORDS = 3;

/** Find the longest reference phrase starting at token i. */
export function extractReference(scan: Scan, i: number): Candidate | null {
  if (!firstWords().has(wordAt(scan, i))) return null;
  const phrases = referencePhrases();
  let words = '';
  let found: Candidate | null = null;
  for (let k = 0; k < MAX_WORDS; k++) {
    const word = wordAt(scan, i + k);
    if (word === '') break;
    words = k === 0 ? word : `${words} ${word}`;
    const value = phrases.get(words);
    if (value !== undefined) found = { first: i, last: i + k, reading: { kind: 'reference', value: value as ReferenceReading['value'] }, source: 'rule:dates/reference' };
  }
  if (found && found.first === found.last && !usableAlone(scan, i)) return null;
  // "the then current price", "the then-current chairman": the present of a past time.
  if (found && wordAt(scan, i) === 'current') {
    const then = isJoiningHyphen(scan, i - 1) ? i - 2 : i - 1;
    if (wordAt(scan, then) === 'then') return { ...found, first: then, reading: { kind: 'reference', value: 'PAST_REF' } };
  }
  return found;
}

/** Single words that are temporal only in some positions: "current" before a noun phrase is, "now" after "right"/"until" is. */
function usableAlone(scan: Scan, i: number): boolean {
  const word = wordAt(scan, i);
  const next = wordAt(scan, i + 1);
  // "now that", "now-defunct" are connectives or modifiers, not references to the present.
  if (word === 'now' && (next === 'that' || next === '-')) return false;
  if (word === 'future' && wordAt(scan, i - 1) !== 'in' && wordAt(scan, i - 1) !== 'near') return false;
  return true;
}

/** The listed words opensReference accepts (the phrases' first words); any other word it accepts has an opening shape (see extract.ts). */
export function referenceOpeningWords(): Iterable<string> {
  return firstWords();
}

/** Whether a word at token i can let extractReference find anything (a cheap test run before it; it must never say no where extractReference would find a date). */
export function opensReference(word: string): boolean {
  return firstWords().has(word);
}
