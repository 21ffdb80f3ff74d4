/**
 * Folds the extractors' attributions into Quotes, in this order (the order matters):
 * 1. direct quotations win over reported speech that covers the same quoted span;
 * 2. reported speech containing quoted words becomes 'mixed' ('direct' when the quotation is all of it);
 * 3. floating quotations — full-sentence quotations with no cue of their own — take the speaker of the
 *    attribution just before them, only when no other speaker or cue intervenes;
 * 4. quoted spans left unattributed (scare quotes, titles, quotations with no speaker in reach) are dropped.
 */
import { tokenAt, tokenSpan, tokenText, type TextView } from '../text/view.js';
import type { Quote, QuoteKind, Span, TextSpan } from '../types.js';
import type { Attribution } from './attribution.js';
import { spanTokens } from './direct.js';
import { sameMarkStyle, type QuotedSpan } from './quote-marks.js';
import { partitionPoint } from '../text/spans.js';
import { cueVerbs } from './lexicons.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

function size(fragments: readonly Span[]): number {
  return fragments.reduce((sum, f) => sum + (f.end - f.start), 0);
}

function overlapSize(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

function envelope(fragments: readonly Span[]): Span {
  return { start: fragments[0]!.start, end: fragments[fragments.length - 1]!.end };
}

/** Buckets of attributions by the 4 KB regions their envelopes cover, so overlap checks stay local. */
class RegionIndex {
  private readonly buckets = new Map<number, Attribution[]>();
  add(attribution: Attribution): void {
    const env = envelope(attribution.fragments);
    for (let b = env.start >> 12; b <= (env.end - 1) >> 12; b++) {
      const list = this.buckets.get(b);
      if (list) list.push(attribution);
      else this.buckets.set(b, [attribution]);
    }
  }
  remove(attribution: Attribution): void {
    const env = envelope(attribution.fragments);
    for (let b = env.start >> 12; b <= (env.end - 1) >> 12; b++) {
      const list = this.buckets.get(b);
      if (list) list.splice(list.indexOf(attribution), 1);
    }
  }
  near(span: Span): Attribution[] {
    const result = new Set<Attribution>();
    for (let b = span.start >> 12; b <= (span.end - 1) >> 12; b++) for (const a of this.buckets.get(b) ?? []) result.add(a);
    return [...result];
  }
}

/** Attach quoted spans to reported attributions that contain them and drop reported ones that duplicate a direct quotation. */
export function mergeAttributions(view: TextView, direct: Attribution[], reported: Attribution[], spans: readonly QuotedSpan[]): Attribution[] {
  const directSpans = new Set(direct.flatMap((a) => a.quotedSpans));
  const directIndex = new RegionIndex();
  for (const d of direct) directIndex.add(d);
  const keptIndex = new RegionIndex();
  const reportedKept = new Set<Attribution>();
  // Outer statements first, so a cue nested inside another statement's content is recognised and dropped.
  const byLength = [...reported].sort((a, b) => size(b.fragments) - size(a.fragments));
  for (const attribution of byLength) {
    const env = envelope(attribution.fragments);
    const clash = directIndex.near(env).some((d) => d.fragments.some((f) => attribution.fragments.some((g) => overlaps(f, g))));
    if (clash) continue;
    const neighbours = keptIndex.near(env);
    // Two attributions of largely the same words (`X said A, he said`): keep the surer one.
    const duplicate = neighbours.find((r) => overlapSize(r.fragments, attribution.fragments) > 0.6 * Math.max(size(r.fragments), size(attribution.fragments)));
    if (duplicate) {
      if (attribution.confidence > duplicate.confidence) {
        reportedKept.delete(duplicate);
        keptIndex.remove(duplicate);
        reportedKept.add(attribution);
        keptIndex.add(attribution);
      }
      continue;
    }
    const cue = attribution.cue && tokenSpan(view, attribution.cue.from, attribution.cue.to);
    const nested = cue !== null && neighbours.some((r) => r.fragments.some((f) => inside(cue, f)));
    if (nested) continue;
    if (neighbours.some((r) => overlapSize(r.fragments, attribution.fragments) > 0.5 * Math.min(size(r.fragments), size(attribution.fragments)))) continue;
    reportedKept.add(attribution);
    keptIndex.add(attribution);
  }
  const kept: Attribution[] = [...direct];
  for (const attribution of reportedKept) {
    const env = envelope(attribution.fragments);
    // Quoted spans are in text order: attach every one that overlaps the envelope (a transcript turn's
    // opening mark stands before its label, so overlap rather than containment).
    const lo = partitionPoint(spans.length, (index) => spans[index]!.close <= env.start);
    for (let index = lo; index < spans.length && spans[index]!.open < env.end; index++) {
      if (!directSpans.has(index) && spans[index]!.close > env.start) attribution.quotedSpans.push(index);
    }
    kept.push(attribution);
  }
  return kept.sort((a, b) => a.fragments[0]!.start - b.fragments[0]!.start);
}

/**
 * Reported speech whose content ends inside a quotation that goes on into the next sentence
 * (`Trump told Fox that "they hit Matt. … like gaming the ref."`) takes the rest of that quotation.
 */
export function extendOverOpenQuotations(reported: Attribution[], spans: readonly QuotedSpan[]): void {
  for (const attribution of reported) {
    const last = attribution.fragments[attribution.fragments.length - 1]!;
    // The quoted span open at the content's end, if any (spans are in text order).
    const lo = partitionPoint(spans.length, (index) => spans[index]!.open < last.end);
    const span = spans[lo - 1];
    if (span && span.open >= last.start && span.open < last.end && span.close > last.end && !span.unclosed) last.end = span.close;
  }
}

/** Conjunctions that may open a sentence before a continuing quotation (`But "…"`). */
const SENTENCE_JOINERS = new Set(['but', 'and']);

/** Floating quotations: full-sentence quoted spans with no cue, right after an attribution of the same paragraph or the one before. */
export function attributeFloating(view: TextView, attributions: Attribution[], spans: readonly QuotedSpan[]): Attribution[] {
  const used = new Set(attributions.flatMap((a) => a.quotedSpans));
  const added: Attribution[] = [];
  const ordered = [...attributions].sort((a, b) => a.fragments[0]!.start - b.fragments[0]!.start);
  let pointer = 0;
  let latest: Attribution | undefined;
  spans.forEach((span, index) => {
    // The attribution that starts last before this span (the lists are walked once, in text order).
    while (pointer < ordered.length && ordered[pointer]!.fragments[0]!.start < span.open) {
      const candidate = ordered[pointer]!;
      // `"…," he said when asked about X. "…"`: the question put to the speaker does not stand between his words.
      const question = candidate.source === 'rule:quote/asked-question' && candidate.speaker === null;
      // `"…," Trump said, referring to Obama. "…"`, `…, mocking concerns about …. "…"`: a gloss on the quotation does not interrupt it either.
      const gloss = candidate.cue !== null && view.lower[candidate.cue.from]!.endsWith('ing') && view.tokens[candidate.cue.from - 1]?.norm === ',';
      if (!question && !gloss && (!latest || candidate.fragments[0]!.start >= latest.fragments[0]!.start)) latest = candidate;
      pointer++;
    }
    if (used.has(index) || span.contentEnd - span.contentStart < 3) return;
    const range = spanTokens(view, span);
    const opening = view.tokens[range.from];
    if (!opening) return;
    // It must open its sentence (`But "…"` too) and read as full sentences (capitalized start).
    const sentenceStart = view.sentenceFirst[opening.sentence];
    if (sentenceStart !== range.from && !(sentenceStart === range.from - 1 && SENTENCE_JOINERS.has(view.lower[sentenceStart]!))) return;
    const firstWord = view.text.charAt(span.contentStart);
    if (firstWord !== firstWord.toUpperCase() || firstWord === firstWord.toLowerCase()) return;
    const previous = latest;
    if (!previous || !previous.speaker) return;
    // "…, Trump backed the plan." states a stance, not words: a quotation after it is not more of them.
    if (previous.cue && cueVerbs().get(view.lower[previous.cue.from]!)?.cls === 'stance') return;
    // A quotation in another style of mark than the speaker's own (a straight-quoted excerpt after curly
    // quotations) is quoted from elsewhere, not more of what the speaker said.
    const own = previous.quotedSpans[0];
    if (own !== undefined && !sameMarkStyle(view.text, spans[own]!, span)) return;
    const previousEnd = envelope(previous.fragments).end;
    const previousParagraph = view.tokens[tokenAt(view, previousEnd - 1)]?.sentence;
    if (previousParagraph === undefined) return;
    const paragraphOfPrevious = view.sentences[previousParagraph]!.paragraph;
    if (span.paragraph - paragraphOfPrevious > 1) return;
    // Nothing but quotations between the two: the quotation opens the sentence right after the one
    // where the attribution ends (its content, speaker or cue), or the next paragraph.
    const speakerEnd = previous.speaker ? view.tokens[previous.speaker.to - 1]!.end : previousEnd;
    const cueEnd = previous.cue ? view.tokens[previous.cue.to - 1]!.end : previousEnd;
    const attributionEnd = Math.max(previousEnd, speakerEnd, cueEnd);
    const endSentence = view.tokens[tokenAt(view, attributionEnd - 1)]!.sentence;
    const adjacent = opening.sentence === endSentence + 1;
    if (!adjacent) return;
    const sameParagraph = span.paragraph === paragraphOfPrevious && previous.quotedSpans.length > 0 && !previous.inheritsFrom;
    // A new floating quotation in the next paragraph must be substantial; a continuation may be short.
    if (!sameParagraph && span.contentEnd - span.contentStart < 20) return;
    used.add(index);
    if (sameParagraph) {
      // `"A," he said. "B."` is one statement with two fragments.
      previous.fragments.push({ start: span.open, end: span.unclosed ? span.contentEnd : span.close });
      previous.quotedSpans.push(index);
      return;
    }
    const attribution: Attribution = {
      fragments: [{ start: span.open, end: span.unclosed ? span.contentEnd : span.close }],
      cue: null, speaker: null, appositive: null, medium: null, quotedSpans: [index],
      confidence: 0.6, source: 'rule:quote/floating-continuation',
      reason: 'a quotation with no cue of its own that directly continues the previous speaker\'s quotation', inheritsFrom: previous,
    };
    added.push(attribution);
    latest = attribution;
  });
  return added;
}

function textSpan(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

function kindOf(attribution: Attribution, spans: readonly QuotedSpan[]): QuoteKind {
  if (attribution.quotedSpans.length === 0) return 'indirect';
  const quoted = attribution.quotedSpans.reduce((sum, i) => sum + (spans[i]!.close - spans[i]!.open), 0);
  const content = attribution.fragments.reduce((sum, f) => sum + (f.end - f.start), 0);
  return quoted >= 0.9 * content ? 'direct' : 'mixed';
}

/** Turn attributions into Quotes (speaker entities are resolved later by the entity stage). */
export function toQuotes(view: TextView, attributions: readonly Attribution[], spans: readonly QuotedSpan[]): Quote[] {
  const text = view.text;
  return attributions.map((a, i) => {
    const env = envelope(a.fragments);
    const speakerSource = a.inheritsFrom ?? a;
    const speakerPhrase = speakerSource.speaker;
    const mention = speakerPhrase ? textSpan(text, { start: view.tokens[speakerPhrase.from]!.start, end: view.tokens[speakerPhrase.to - 1]!.end }) : null;
    const quote: Quote = {
      id: `q${i + 1}`,
      kind: kindOf(a, spans),
      content: textSpan(text, env),
      fragments: a.fragments.map((f) => ({ start: f.start, end: f.end })),
      cue: a.cue ? textSpan(text, { start: view.tokens[a.cue.from]!.start, end: view.tokens[a.cue.to - 1]!.end }) : null,
      speaker: { mention: a.inheritsFrom ? null : mention, entity: null, name: mention ? tokenText(view, speakerPhrase!.from, speakerPhrase!.to) : null, anonymous: false },
      confidence: a.confidence,
      source: a.source,
      reason: a.reason,
    };
    if (a.inheritsFrom && mention) quote.speaker.name = mention.text;
    if (a.medium) quote.medium = textSpan(text, { start: view.tokens[a.medium.from]!.start, end: view.tokens[a.medium.to - 1]!.end });
    return quote;
  });
}
