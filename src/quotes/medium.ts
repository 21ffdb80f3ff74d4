/**
 * Where a statement was made, when the text says so: the object of "told" when it names an outlet
 * ("told NBC News", "told MSNBC"), or a medium phrase near the cue ("in a Facebook post", "on CNN",
 * "in a statement"). Medium phrases come from data/lexicons/cue-phrases.tsv.
 */
import { isCapitalizedToken, type TextView } from '../text/view.js';
import { mediumPhrasesByFirstWord } from './lexicons.js';
import type { Phrase } from './phrases.js';

function matchPhraseAt(view: TextView, index: number, words: readonly string[]): boolean {
  for (let w = 0; w < words.length; w++) if (view.lower[index + w] !== words[w]) return false;
  return true;
}

/** The medium near the cue at token `cue` (within its sentence), or null. */
export function findMedium(view: TextView, cue: number): Phrase | null {
  const token = view.tokens[cue];
  if (!token) return null;
  const first = view.sentenceFirst[token.sentence]!;
  const end = view.sentenceEnd[token.sentence]!;
  // "told NBC News" / "told MSNBC": a capitalized object right after "told" (not a person's title).
  if (view.lower[cue] === 'told' || view.lower[cue] === 'tells' || view.lower[cue] === 'telling') {
    let k = cue + 1;
    while (k < end && isCapitalizedToken(view, k) && k - cue <= 4) k++;
    if (k > cue + 1) return { from: cue + 1, to: k };
  }
  // "in a Facebook post", "on CNN", "in a statement" within a few tokens of the cue.
  const from = Math.max(first, cue - 8);
  const to = Math.min(end, cue + 10);
  const phrases = mediumPhrasesByFirstWord();
  for (let k = from; k < to; k++) {
    const candidates = phrases.get(view.lower[k]!);
    if (candidates !== undefined) {
      for (const words of candidates) if (matchPhraseAt(view, k, words)) return { from: k, to: k + words.length };
    }
    // "on CNN", "on Fox News": on + capitalized outlet.
    if (view.lower[k] === 'on' && isCapitalizedToken(view, k + 1) && k > cue) {
      let j = k + 1;
      while (j < end && isCapitalizedToken(view, j) && j - k <= 3) j++;
      return { from: k, to: j };
    }
  }
  return null;
}
