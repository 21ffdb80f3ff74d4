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
