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
import { lowerBound } from '../text/spans.js';

const MIN_CLAIM_WORDS = 6;
const MAX_HEADLINE_WORDS = 25;

/** Spans sorted by start with the running maximum of their ends, so overlap checks are logarithmic. */
interface SortedSpans {
  spans: Span[];
  maxEnd: number[];
}

function sortSpans(spans: readonly Span[]): SortedSpans {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let running = -1;
  for (const span of sorted) maxEnd.push((running = Math.max(running, span.end)));
  return { spans: sorted, maxEnd };
}

function overlapsAny(span: Span, sorted: SortedSpans): boolean {
  const low = lowerBound(sorted.spans, span.end);
  for (let k = low - 1; k >= 0 && sorted.maxEnd[k]! > span.start; k--) if (sorted.spans[k]!.end > span.start) return true;
  return false;
}

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
