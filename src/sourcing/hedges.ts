/** Hedging ("reportedly", "is said to") and distancing ("claimed", "so-called") expressions. */
import { sentenceViews, tokenSpan, type SentenceView } from '../calls/sentence-view.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { TextSpan } from '../types.js';
import { hedgePhraseIndex } from './lexicon.js';
import { phrasesStartingWith } from '../calls/phrase-index.js';
import { matchPattern } from './phrase-match.js';

/** Words before "claims"/"claiming" that make it a plain noun or gerund, not distancing ("the claims"). */
const NOUN_MARKERS = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'of', 'such', 'new', 'false', 'any', 'no', 'similar', 'unemployment', 'insurance']);

/** Find hedges and distancing phrases in the document. */
export function findHedges(doc: WorkingDocument, views: readonly SentenceView[] = sentenceViews(doc)): Array<TextSpan & { kind: 'hedge' | 'distancing' }> {
  const found: Array<TextSpan & { kind: 'hedge' | 'distancing' }> = [];
  const index = hedgePhraseIndex();
  for (const view of views) {
    for (let i = 0; i < view.words.length; i++) {
      for (const phrase of phrasesStartingWith(index, view.words[i])) {
        const length = matchPattern(view, i, phrase.words);
        if (length === 0) continue;
        const word = view.words[i] ?? '';
        if ((word === 'claims' || word === 'claiming' || word === 'claimed') && NOUN_MARKERS.has(view.words[i - 1] ?? '')) break;
        const span = tokenSpan(view, i, i + length);
        found.push({ ...span, text: doc.text.slice(span.start, span.end), kind: phrase.kind });
        i += length - 1;
        break;
      }
    }
  }
  return found;
}
