/** Cue verbs and phrases for attribution, loaded from data/lexicons (once, on first use). */
import { lazy, readList, readTsv } from '../text/lexicon.js';

/** The class of a cue verb. */
export type CueClass = 'speech' | 'report' | 'belief' | 'denial' | 'naming' | 'stance';

/** A cue verb form with its lemma and class. */
export interface CueVerb {
  lemma: string;
  cls: CueClass;
  /** The particle words that must follow the verb ("referring to", "lashed out at"), when it has them. */
  particle?: string[];
}

/** Cue verb forms (lower case) → lemma and class. */
export const cueVerbs = lazy(() => {
  const map = new Map<string, CueVerb>();
  for (const [lemma, cls, forms] of readTsv('lexicons/cue-verbs.tsv')) {
    if (!lemma || !cls || !forms) continue;
    for (const form of forms.split(' ')) if (form && !map.has(form)) map.set(form, { lemma, cls: cls as CueClass });
  }
  return map;
});

/** A multi-word cue phrase. */
export interface CuePhrase {
  words: string[];
  frame: 'source-after' | 'medium';
}

/** Multi-word cue phrases, longest first. */
export const cuePhrases = lazy(() => {
  const phrases: CuePhrase[] = [];
  for (const [phrase, frame] of readTsv('lexicons/cue-phrases.tsv')) {
    if (phrase && frame) phrases.push({ words: phrase.toLowerCase().split(' '), frame: frame as CuePhrase['frame'] });
  }
  return phrases.sort((a, b) => b.words.length - a.words.length);
});

/** Cue forms that are also common nouns; they need verb-like context (data/lexicons/cue-ambiguous.tsv). */
export const ambiguousCues = lazy(() => new Set(readList('lexicons/cue-ambiguous.tsv')));

/** Verbs of judging that govern a quoted fragment (data/lexicons/fragment-predicates.tsv): form → lemma. */
export const fragmentPredicates = lazy(() => {
  const map = new Map<string, string>();
  for (const [lemma, forms] of readTsv('lexicons/fragment-predicates.tsv')) {
    if (!lemma || !forms) continue;
    for (const form of forms.split(' ')) if (form) map.set(form, lemma);
  }
  return map;
});

/** Speech verbs whose statement may be a to-infinitive (data/lexicons/cue-infinitive-verbs.tsv), by lemma. */
export const infinitiveCues = lazy(() => new Set(readList('lexicons/cue-infinitive-verbs.tsv')));

/** Belief verbs whose content may be a bare clause without "that" (data/lexicons/cue-clause-verbs.tsv), by lemma. */
export const bareClauseCues = lazy(() => new Set(readList('lexicons/cue-clause-verbs.tsv')));

/** Verbs whose content follows a particle (data/lexicons/cue-particle-verbs.tsv): form → entries, longest particle first. */
export const particleCues = lazy(() => {
  const map = new Map<string, CueVerb[]>();
  for (const [lemma, particle, forms] of readTsv('lexicons/cue-particle-verbs.tsv')) {
    if (!lemma || !particle || !forms) continue;
    for (const form of forms.split(' ')) {
      if (!form) continue;
      const entries = map.get(form) ?? [];
      entries.push({ lemma, cls: 'stance', particle: particle.split(' ') });
      map.set(form, entries.sort((a, b) => b.particle!.length - a.particle!.length));
    }
  }
  return map;
});

/** Source nouns after "in" ("In a CBS News poll, …", "… ahead in the polls"): noun → whether it may also close the sentence. */
export const inSources = lazy(() => {
  const map = new Map<string, { closing: boolean }>();
  for (const [noun, where] of readTsv('lexicons/cue-in-sources.tsv')) if (noun && where) map.set(noun, { closing: where === 'both' });
  return map;
});

/** Nouns whose that-clause is an attributed statement (data/lexicons/cue-nouns.tsv). */
export const cueNouns = lazy(() => new Set(readList('lexicons/cue-nouns.tsv')));

/** A cue form's entries: the verb, and the particle verbs it may head ("referring" → refer to). */
export interface CueForm {
  verb: CueVerb | undefined;
  particles: CueVerb[] | undefined;
}

/** Every cue form (verbs and particle verbs) in one map, so a token that is no cue costs one lookup. */
export const cueForms = lazy(() => {
  const map = new Map<string, CueForm>();
  for (const [form, verb] of cueVerbs()) map.set(form, { verb, particles: undefined });
  for (const [form, particles] of particleCues()) map.set(form, { verb: map.get(form)?.verb, particles });
  return map;
});

/** Medium phrases ("in a statement", "on Twitter") by their first word, longest first, so a token is checked with one lookup. */
export const mediumPhrasesByFirstWord = lazy(() => {
  const map = new Map<string, string[][]>();
  for (const phrase of cuePhrases()) {
    if (phrase.frame !== 'medium') continue;
    const first = phrase.words[0]!;
    const list = map.get(first) ?? [];
    list.push(phrase.words);
    map.set(first, list);
  }
  return map;
});
