/** A person's party from the text around a mention: "Schumer, D-NY,", "(R-Ind.)", ", Democrat of Vermont", "Republican Sen. X". */
import { isWord, spanTokens, type SentenceView } from '../calls/sentence-view.js';
import type { Span } from '../types.js';
import { partyWords } from './lexicon.js';

const BEFORE_REACH = 4;

/** The party stated next to one mention, or undefined. */
export function partyAroundMention(views: readonly SentenceView[], mention: Span): string | undefined {
  const located = spanTokens(views, mention);
  if (!located) return undefined;
  const { view, first, last } = located;
  const opener = view.words[last];
  if (opener === ',' || opener === '(') {
    const letter = view.tokens[last + 1]?.norm ?? '';
    if (view.words[last + 2] === '-' && letter.length === 1) return partyWords().get(letter);
    const word = partyWords().get(letter);
    if (word && letter.length > 1 && (view.words[last + 2] === 'of' || view.words[last + 2] === 'from')) return word;
  }
  // "Republican Sen. Lindsey Graham", "Democratic leader Rep. Nancy Pelosi": a party word shortly before the name.
  for (let k = first - 1; k >= 0 && k >= first - BEFORE_REACH; k--) {
    const norm = view.tokens[k]?.norm ?? '';
    if (!isWord(view.words[k] ?? '')) break;
    const word = norm.length > 1 ? partyWords().get(norm) : undefined;
    if (word) return word;
  }
  return undefined;
}
