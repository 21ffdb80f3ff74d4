/** Phrases that describe unnamed sources: "a senior White House official", "people familiar with", "sources said". */
import { sentenceViews, tokenSpan, type SentenceView } from '../calls/sentence-view.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { TextSpan } from '../types.js';
import { anonymousPatternIndex } from './lexicon.js';
import { phrasesStartingWith } from '../calls/phrase-index.js';
import { matchPattern } from './phrase-match.js';

/** Find anonymous-source phrases; overlapping matches keep the first (longest patterns are not needed: spans merge). */
export function findAnonymousSources(doc: WorkingDocument, views: readonly SentenceView[] = sentenceViews(doc)): TextSpan[] {
  const found: TextSpan[] = [];
  const index = anonymousPatternIndex();
  for (const view of views) {
    for (let i = 0; i < view.words.length; i++) {
      let best = 0;
      for (const pattern of phrasesStartingWith(index, view.words[i])) best = Math.max(best, matchPattern(view, i, pattern));
      if (best === 0) continue;
      const span = tokenSpan(view, i, i + best);
      found.push({ ...span, text: doc.text.slice(span.start, span.end) });
      i += best - 1;
    }
  }
  return found;
}

/** Whether a phrase (e.g. a quotation's speaker) describes an unnamed source. */
export function isAnonymousPhrase(view: SentenceView, from: number, to: number): boolean {
  const index = anonymousPatternIndex();
  for (let i = from; i < to; i++) for (const pattern of phrasesStartingWith(index, view.words[i])) if (matchPattern(view, i, pattern) > 0) return true;
  return false;
}
