/**
 * Phrases grouped by their first word, so that a scan trying a phrase list at every token only tries
 * the phrases that can start there. Used by the call extractors and the sourcing profile.
 */

/**
 * Phrases grouped by first word. Each group keeps the phrases' original order (callers that take the
 * first match rely on it, e.g. longest first); phrases that can start anywhere (no words, or a
 * wildcard first word) sit, in order, in every group and in `anyFirst`.
 */
export interface FirstWordIndex<T> {
  byFirst: ReadonlyMap<string, readonly T[]>;
  /** The phrases that can start at any token, for a token no other phrase starts with. */
  anyFirst: readonly T[];
}

/** Group phrases by first word; `wordsOf` gives a phrase's words, `wildcard` the word (if any) that matches any token. */
export function indexByFirstWord<T>(phrases: readonly T[], wordsOf: (phrase: T) => readonly string[], wildcard: string | null): FirstWordIndex<T> {
  const byFirst = new Map<string, T[]>();
  const anyFirst: T[] = [];
  for (const phrase of phrases) {
    const first = wordsOf(phrase)[0];
    if (first === undefined || first === wildcard) {
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
