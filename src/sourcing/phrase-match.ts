/** Match token-list patterns against a sentence view; "*" in a pattern stands for one to three words. */
import { isWord, type SentenceView } from '../calls/sentence-view.js';

const MAX_WILDCARD = 3;

/** Length in tokens of a pattern match starting at `at`, or 0 when the pattern does not match there. */
export function matchPattern(view: SentenceView, at: number, pattern: readonly string[]): number {
  let k = at;
  for (let p = 0; p < pattern.length; p++) {
    const word = pattern[p]!;
    if (word !== '*') {
      if (view.words[k] !== word) return 0;
      k++;
      continue;
    }
    // Greedy-free wildcard: try one to three words, taking the first that lets the rest match.
    const rest = pattern.slice(p + 1);
    for (let skip = 1; skip <= MAX_WILDCARD; skip++) {
      if (!isWord(view.words[k + skip - 1] ?? '')) return 0;
      const tail = matchPattern(view, k + skip, rest);
      if (tail > 0 || rest.length === 0) return k + skip - at + tail;
    }
    return 0;
  }
  return k - at;
}

/**
 * Phrases grouped by their first token, so a scan tries at each token only the phrases that can start
 * there. Each group keeps the phrases' original order (callers that take the first match rely on it);
 * phrases opening with the "*" wildcard can start anywhere and sit, in order, in every group.
 */
export interface FirstWordIndex<T> {
  byFirst: ReadonlyMap<string, readonly T[]>;
  /** The phrases that open with "*", for a token no other phrase starts with. */
  anyFirst: readonly T[];
}

/**
 * Group phrases by their first token (see FirstWordIndex); `wordsOf` gives a phrase's tokens. With
 * `wildcard` false (phrases compared literally, such as outlet names) "*" is an ordinary word.
 */
export function indexByFirstWord<T>(phrases: readonly T[], wordsOf: (phrase: T) => readonly string[], wildcard = true): FirstWordIndex<T> {
  const byFirst = new Map<string, T[]>();
  const anyFirst: T[] = [];
  for (const phrase of phrases) {
    const first = wordsOf(phrase)[0];
    if (first === undefined) continue;
    if (wildcard && first === '*') {
      anyFirst.push(phrase);
      for (const group of byFirst.values()) group.push(phrase);
    } else {
      let group = byFirst.get(first);
      if (!group) byFirst.set(first, (group = [...anyFirst]));
      group.push(phrase);
    }
  }
  return { byFirst, anyFirst };
}

/** The phrases that can start at a token whose first-word form is `word`, in their original order. */
export function phrasesStartingWith<T>(index: FirstWordIndex<T>, word: string | undefined): readonly T[] {
  return (word === undefined ? undefined : index.byFirst.get(word)) ?? index.anyFirst;
}
