/** Word lists for claims and contradictions, read lazily from data/lexicons/contradictions/ on first use. */
import { lazy, readTsv } from '../text/lexicon.js';

/** A predicate word: its family ("meet", "contact") and part of speech. */
export interface PredicateWord {
  family: string;
  part: 'verb' | 'noun';
}

/** Predicate words keyed by lower-case form. */
export const predicateWords = lazy(() => {
  const map = new Map<string, PredicateWord>();
  for (const [form, family, part] of readTsv('lexicons/contradictions/predicates.tsv')) {
    if (!form || !family) continue;
    map.set(form.toLowerCase(), { family, part: part === 'noun' ? 'noun' : 'verb' });
  }
  return map;
});

/** For each family, the families an affirmed act of it also affirms (itself included). */
export const familyImplications = lazy(() => {
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    let set = map.get(from);
    if (!set) map.set(from, (set = new Set([from])));
    set.add(to);
  };
  for (const [from, to] of readTsv('lexicons/contradictions/families.tsv')) if (from && to) add(from, to);
  return map;
});

/** Whether an affirmed act of `fact` family clashes with a denial of `denied` family. */
export function familyClashes(fact: string, denied: string): boolean {
  return fact === denied || (familyImplications().get(fact)?.has(denied) ?? false);
}

/** Group (nationality, affiliation) of a lower-case word, keyed by word. */
export const groupWords = lazy(() => {
  const map = new Map<string, string>();
  for (const [word, group] of readTsv('lexicons/contradictions/groups.tsv')) if (word && group) map.set(word.toLowerCase(), group);
  return map;
});

/** Closed word classes of data/lexicons/contradictions/words.tsv. */
export type ClaimWordClass = 'negation' | 'denial' | 'hedge-modal' | 'confirm' | 'qualifier' | 'role' | 'holder-skip' | 'contradict-cue' | 'claim-noun' | 'verdict-subject' | 'verdict';

const claimWordClasses = lazy(() => {
  const classes = new Map<string, Set<string>>();
  for (const [word, cls] of readTsv('lexicons/contradictions/words.tsv')) {
    if (!word || !cls) continue;
    let set = classes.get(cls);
    if (!set) classes.set(cls, (set = new Set()));
    set.add(word.toLowerCase());
  }
  return classes;
});

/** Whether a lower-case word belongs to a claim word class. */
export function isClaimWord(word: string, cls: ClaimWordClass): boolean {
  return claimWordClasses().get(cls)?.has(word) ?? false;
}
