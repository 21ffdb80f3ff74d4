/**
 * The share of factual claims the article makes in its own voice: body sentences (not the headline,
 * a dateline-only line or a section label) that state something, are not questions, and are covered
 * by no quotation, attribution cue or source phrase.
 */
import type { SentenceView } from '../calls/sentence-view.js';
import { isWord } from '../calls/sentence-view.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { Span } from '../types.js';
import { attributionCues } from './lexicon.js';
import { overlapsAny, sortSpans } from '../text/spans.js';

const MIN_CLAIM_WORDS = 6;
const MAX_HEADLINE_WORDS = 25;

/** Index of the headline sentence (the first paragraph when it is one short sentence and more follow), or -1. */
export function headlineSentence(doc: WorkingDocument, views: readonly SentenceView[]): number {
  const first = doc.paragraphs[0];
  const view = views[0];
  if (!first || !view || doc.paragraphs.length < 2) return -1;
  const inFirst = views.filter((v) => v.start >= first.start && v.end <= first.end);
  const words = view.words.filter(isWord).length;
  return inFirst.length === 1 && words <= MAX_HEADLINE_WORDS && !view.words[0]?.startsWith('"') ? 0 : -1;
}

/** Unattributed claims over all claims (0 when the article makes no claims), and the claim counts. */
export function unattributedShare(doc: WorkingDocument, views: readonly SentenceView[], sourceSpans: readonly Span[]): { share: number; claims: number; unattributed: number } {
  const headline = headlineSentence(doc, views);
  const quoteSpans: Span[] = [];
  for (const quote of doc.quotes) {
    quoteSpans.push(...quote.fragments);
    if (quote.cue) quoteSpans.push(quote.cue);
    if (quote.speaker.mention) quoteSpans.push(quote.speaker.mention);
  }
  const quoted = sortSpans(quoteSpans);
  const sources = sortSpans(sourceSpans);
  let claims = 0;
  let unattributed = 0;
  for (const view of views) {
    if (view.index === headline) continue;
    const words = view.words.filter(isWord);
    if (words.length < MIN_CLAIM_WORDS || view.words.includes('?')) continue;
    claims++;
    const attributed = overlapsAny(view, quoted) || overlapsAny(view, sources) || view.words.some((word) => attributionCues().has(word) || word === '"');
    if (!attributed) unattributed++;
  }
  return { share: claims === 0 ? 0 : Math.round((unattributed / claims) * 1000) / 1000, claims, unattributed };
}
