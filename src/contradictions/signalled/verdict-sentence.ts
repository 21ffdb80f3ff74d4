/** '"… I finished it," Trump said. That comment is a lie.': a verdict sentence right after a quotation. */
import { speakerRef } from '../../calls/attribution.js';
import type { SentenceView } from '../../calls/sentence-view.js';
import type { WorkingDocument } from '../../pipeline/document.js';
import type { Contradiction } from '../../types.js';
import { isClaimWord } from '../lexicon.js';

const MAX_VERDICT_WORDS = 8;
const BE = new Set(['is', 'was', 'are', 'were']);

/** Find a short verdict sentence ("That claim is false.") and pair it with the quotation just before it. */
export function findVerdictSentence(doc: WorkingDocument, views: readonly SentenceView[], view: SentenceView): Contradiction[] {
  const words = view.words;
  if (words.length > MAX_VERDICT_WORDS + 1 || !isClaimWord(words[0] ?? '', 'verdict-subject')) return [];
  const be = words.findIndex((word) => BE.has(word));
  if (be < 1 || !words.slice(1, be).some((word) => isClaimWord(word, 'claim-noun'))) return [];
  const verdict = words.slice(be + 1).find((word) => isClaimWord(word, 'verdict'));
  if (!verdict || words.slice(be + 1).some((word) => word === 'not' || word === "n't")) return [];
  const previous = views[view.index - 1];
  if (!previous) return [];
  // The quotation the verdict is about: the last one ending in the previous sentence.
  const quote = [...doc.quotes].reverse().find((q) => q.content.end <= view.start && q.content.end > previous.start);
  const speaker = quote ? speakerRef(quote) : null;
  if (!quote || !speaker) return [];
  const start = Math.min(quote.content.start, previous.start);
  return [{
    person: speaker,
    statement: { start, end: previous.end, text: doc.text.slice(start, previous.end) },
    conflictsWith: { start: view.start, end: view.end, text: doc.text.slice(view.start, view.end) },
    confidence: 0.85,
    explanation: `The article calls ${speaker.name ?? 'the speaker'}'s statement ${verdict === 'lie' ? 'a lie' : verdict} in its own voice.`,
    source: 'rule:contradiction/verdict-sentence',
  }];
}
