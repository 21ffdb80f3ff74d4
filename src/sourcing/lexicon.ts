/** The sourcing profile's word lists, read lazily from data/lexicons/sourcing/ on first use. */
import { lazy, readTsv } from '../text/lexicon.js';
import { tokenize } from '../text/tokenize.js';
import { indexByFirstWord } from '../calls/phrase-index.js';

/** Token forms of a phrase as the tokenizer splits it ("so-called" → so - called). */
export function phraseTokens(phrase: string, lowerCase: boolean): string[] {
  return tokenize(phrase).map((token) => (lowerCase ? token.norm.toLowerCase() : token.norm));
}

/** Anonymous-source patterns as lower-case token lists; "*" stands for up to three words. */
export const anonymousPatterns = lazy(() => readTsv('lexicons/sourcing/anonymous.tsv').map((row) => phraseTokens(row[0] ?? '', true)).filter((words) => words.length > 0));

/** The anonymous-source patterns grouped by first word, for scans that try them at every token. */
export const anonymousPatternIndex = lazy(() => indexByFirstWord(anonymousPatterns(), (words) => words, '*'));

/** A hedge or distancing phrase as lower-case tokens, with its kind. */
export interface HedgePhrase {
  words: string[];
  kind: 'hedge' | 'distancing';
}

/** Hedging and distancing phrases, longest first. */
export const hedgePhrases = lazy(() =>
  readTsv('lexicons/sourcing/hedges.tsv')
    .map(([phrase, kind]): HedgePhrase => ({ words: phraseTokens(phrase ?? '', true), kind: kind === 'distancing' ? 'distancing' : 'hedge' }))
    .filter((entry) => entry.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length),
);

/** The hedge phrases grouped by first word, each group still longest first. */
export const hedgePhraseIndex = lazy(() => indexByFirstWord(hedgePhrases(), (phrase) => phrase.words, '*'));

/** A news outlet as case-sensitive tokens, with its canonical name. */
export interface Outlet {
  words: string[];
  name: string;
}

/** News outlets, longest first so "Fox News Sunday" wins over "Fox News". */
export const outlets = lazy(() =>
  readTsv('lexicons/sourcing/outlets.tsv')
    .map(([form, name]): Outlet => ({ words: phraseTokens(form ?? '', false), name: name ?? form ?? '' }))
    .filter((outlet) => outlet.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length),
);

/** The outlets grouped by their first token as written, each group still longest first. */
export const outletIndex = lazy(() => indexByFirstWord(outlets(), (outlet) => outlet.words, null));

/** Cue words before or after an outlet name that make it a source ("told CNN", "CNN reported"). */
export const mediaCues = lazy(() => {
  const before = new Set<string>();
  const after = new Set<string>();
  for (const [word, position] of readTsv('lexicons/sourcing/media-cues.tsv')) {
    if (!word) continue;
    (position === 'after' ? after : before).add(word.toLowerCase());
  }
  return { before, after };
});

/** A word that states gender, with the kind of evidence it is. */
export interface GenderWord {
  gender: 'female' | 'male';
  kind: 'honorific' | 'role' | 'pronoun';
}

/** Gender-stating words keyed by lower-case form (multi-word roles joined by one space). */
export const genderWords = lazy(() => {
  const map = new Map<string, GenderWord>();
  for (const [word, gender, kind] of readTsv('lexicons/sourcing/gender-words.tsv')) {
    if (!word || (gender !== 'female' && gender !== 'male')) continue;
    map.set(word.toLowerCase(), { gender, kind: kind === 'honorific' ? 'honorific' : kind === 'pronoun' ? 'pronoun' : 'role' });
  }
  return map;
});

/** Words that attribute a sentence to a source. */
export const attributionCues = lazy(() => new Set(readTsv('lexicons/sourcing/attribution-cues.tsv').map((row) => (row[0] ?? '').toLowerCase())));

/** Party letters and words, keyed by form as written. */
export const partyWords = lazy(() => {
  const map = new Map<string, string>();
  for (const [form, party] of readTsv('lexicons/sourcing/party-words.tsv')) if (form && party) map.set(form, party);
  return map;
});

/** First names with gender from the shared given-name list (data/lexicons/given-names.tsv), when it is installed. */
export const givenNames = lazy(() => {
  const map = new Map<string, 'female' | 'male' | 'both'>();
  let rows: string[][] = [];
  try {
    rows = readTsv('lexicons/given-names.tsv');
  } catch {
    // The list is optional: without it no gender is guessed from first names.
    return map;
  }
  for (const [name, gender] of rows) {
    if (!name || (gender !== 'female' && gender !== 'male')) continue;
    const previous = map.get(name);
    map.set(name, previous && previous !== gender ? 'both' : gender);
  }
  return map;
});
