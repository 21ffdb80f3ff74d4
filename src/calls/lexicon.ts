/** The call extractors' word lists, read lazily from data/lexicons/calls/ on first use. */
import { lazy, readTsv } from '../text/lexicon.js';
import { indexByFirstWord } from './phrase-index.js';

/** A verb of urging: its lemma and the particle that must follow it ("call on"), if any. */
export interface UrgingVerb {
  lemma: string;
  particle: string | null;
}

/** Verbs that take an addressee and a to-infinitive ("urged Y to Z"), keyed by lower-case form. */
export const urgingVerbs = lazy(() => {
  const map = new Map<string, UrgingVerb>();
  for (const [form, lemma, particle] of readTsv('lexicons/calls/object-verbs.tsv')) {
    if (!form || !lemma) continue;
    map.set(form.toLowerCase(), { lemma, particle: particle && particle !== '-' ? particle.toLowerCase() : null });
  }
  return map;
});

/** Words that, followed by "for", name a call ("called for", "calls for"), keyed by form. */
export const callForWords = lazy(() => {
  const map = new Map<string, 'verb' | 'noun'>();
  for (const [form, kind] of readTsv('lexicons/calls/call-nouns.tsv')) {
    if (!form || (kind !== 'verb' && kind !== 'noun')) continue;
    // A form listed as both stays 'verb': the extractor then also looks for a subject.
    if (map.get(form.toLowerCase()) !== 'verb') map.set(form.toLowerCase(), kind);
  }
  return map;
});

/** A modal phrase ("should n't") as lower-case token forms, with whether it negates. */
export interface ModalPhrase {
  words: string[];
  negated: boolean;
}

/** Modal phrases, longest first so "should not" wins over "should". */
export const modalPhrases = lazy(() => {
  const phrases: ModalPhrase[] = [];
  for (const [phrase, negated] of readTsv('lexicons/calls/modals.tsv')) {
    if (!phrase) continue;
    phrases.push({ words: phrase.toLowerCase().split(' ').filter((w) => w !== ''), negated: negated === 'yes' });
  }
  return phrases.sort((a, b) => b.words.length - a.words.length);
});

/** The modal phrases grouped by first word, each group still longest first. */
export const modalPhraseIndex = lazy(() => indexByFirstWord(modalPhrases(), (phrase) => phrase.words, null));

/** Phrases by which someone pushes back on something, as lower-case token lists, longest first. */
export const oppositionPhrases = lazy(() =>
  readTsv('lexicons/calls/opposition-verbs.tsv')
    .map((row) => (row[0] ?? '').toLowerCase().split(' ').filter((w) => w !== ''))
    .filter((words) => words.length > 0)
    .sort((a, b) => b.length - a.length),
);

/** The push-back phrases grouped by first word, each group still longest first. */
export const oppositionPhraseIndex = lazy(() => indexByFirstWord(oppositionPhrases(), (words) => words, null));

/** Verbs that attribute a statement to their subject. */
export const speechVerbs = lazy(() => new Set(readTsv('lexicons/calls/speech-verbs.tsv').map((row) => (row[0] ?? '').toLowerCase())));

/** The closed word classes of data/lexicons/calls/words.tsv. */
export type WordClass = 'pronoun-self' | 'determiner' | 'boundary' | 'skip' | 'condition' | 'action-stop' | 'not-action';

/** Closed word classes, keyed by class, each a set of lower-case words. */
export const wordClasses = lazy(() => {
  const classes = new Map<WordClass, Set<string>>();
  for (const [word, cls] of readTsv('lexicons/calls/words.tsv')) {
    if (!word || !cls) continue;
    const key = cls as WordClass;
    let set = classes.get(key);
    if (!set) classes.set(key, (set = new Set()));
    set.add(word.toLowerCase());
  }
  return classes;
});

/** Whether a lower-case word belongs to a closed word class. */
export function inClass(word: string, cls: WordClass): boolean {
  return wordClasses().get(cls)?.has(word) ?? false;
}

/** Action openings that are not calls ("should not be interpreted as"), as lower-case token lists. */
export const nonCallActions = lazy(() =>
  readTsv('lexicons/calls/non-call-actions.tsv')
    .map((row) => (row[0] ?? '').toLowerCase().split(' ').filter((w) => w !== ''))
    .filter((words) => words.length > 0),
);
