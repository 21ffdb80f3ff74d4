/**
 * Direct quotations: a quoted span attributed by a cue right after it (`"…," Sessions said`,
 * `"…," said Sen. Schumer`) or right before it (`Trump said: "…"`, `He said, "…"`), and interrupted
 * quotations (`"A," he said, "B."`) joined into one quotation with two fragments.
 */
import { tokenAt, type TextView } from '../text/view.js';
import type { Attribution } from './attribution.js';
import { cueVerbs } from './lexicons.js';
import { findMedium } from './medium.js';
import { hasClass, phraseStartingAt, subjectBefore, type Phrase } from './phrases.js';
import type { QuotedSpan } from './quote-marks.js';

/** Words before a quotation that mark it as a title or a term, not speech ("the book “…”"). */
const TITLE_WORDS = new Set(['book', 'film', 'movie', 'song', 'album', 'titled', 'entitled', 'called', 'dubbed', 'named', 'nicknamed', 'show', 'series', 'headline', 'headlined', 'column', 'article', 'essay', 'play', 'poem', 'slogan', 'hashtag', 'term', 'word', 'phrase', 'label', 'so-called', 'known', 'as']);

/** True when the token is a speech or report cue verb usable for direct quotations. */
export function isSpeechCue(view: TextView, index: number): boolean {
  const cue = cueVerbs().get(view.lower[index] ?? '');
  if (!cue || cue.cls === 'belief') return false;
  const upos = view.tokens[index]!.upos;
  return !upos || upos === 'VERB' || upos === 'AUX';
}

/** Token range of a quoted span: first token is the opening mark, last the closing mark (when closed). */
export function spanTokens(view: TextView, span: QuotedSpan): Phrase {
  const from = tokenAt(view, span.open);
  let to = tokenAt(view, span.close - 1) + 1;
  if (to > view.tokens.length) to = view.tokens.length;
  return { from, to };
}

/** The content of a quoted span as a character span, marks included (as news attribution corpora annotate it). */
function contentSpan(span: QuotedSpan): { start: number; end: number } {
  return { start: span.open, end: span.unclosed ? span.contentEnd : span.close };
}

/** Look for a cue after the quotation: `," NP cue`, `," cue NP`. Returns the attribution or null. */
function cueAfter(view: TextView, after: number): { cue: number; speaker: Phrase; appositive: Phrase | null } | null {
  let k = after;
  if (view.tokens[k]?.norm === ',') k++;
  const sentenceEnd = view.tokens[k] ? view.sentenceEnd[view.tokens[k]!.sentence]! : view.tokens.length;
  // `," said NP` (inverted).
  if (k < sentenceEnd && isSpeechCue(view, k)) {
    const speaker = phraseStartingAt(view, k + 1, sentenceEnd);
    if (speaker) return { cue: k, speaker, appositive: null };
  }
  // `," NP [adverbs] cue`.
  const limit = Math.min(sentenceEnd, k + 16);
  for (let c = k + 1; c < limit; c++) {
    const norm = view.tokens[c]!.norm;
    if (norm === '"' || norm === '.' || norm === ';' || norm === '?' || norm === '!') break;
    if (!isSpeechCue(view, c)) continue;
    const subject = subjectBefore(view, c, k);
    if (subject && subject.phrase.from === k) return { cue: c, speaker: subject.phrase, appositive: subject.appositive };
    break;
  }
  return null;
}

/** Look for a cue before the quotation: `NP cue: "…"`, `NP cue, "…"`. */
function cueBefore(view: TextView, open: number): { cue: number; speaker: Phrase; appositive: Phrase | null } | null {
  let k = open - 1;
  if (k < 0) return null;
  const sentence = view.tokens[open]!.sentence;
  const first = view.sentenceFirst[sentence]!;
  const punct = view.tokens[k]!.norm;
  if (punct !== ':' && punct !== ',') return null;
  k--;
  k = skipTrailingModifiers(view, k, first);
  if (k < first || !isSpeechCue(view, k)) return null;
  const subject = subjectBefore(view, k, first);
  if (!subject) return null;
  return { cue: k, speaker: subject.phrase, appositive: subject.appositive };
}

/** Skip time words and a short medium phrase between a cue and its colon ("said Thursday:", "told CNN:"). */
function skipTrailingModifiers(view: TextView, k: number, limit: number): number {
  let j = k;
  for (let steps = 0; steps < 6 && j >= limit; steps++) {
    if (isSpeechCue(view, j)) return j;
    const word = view.lower[j]!;
    if (hasClass(word, 'time') || /^[A-Z]/.test(view.tokens[j]!.norm) || hasClass(word, 'det') || hasClass(word, 'prep')) j--;
    else break;
  }
  return isSpeechCue(view, j) ? j : k;
}

/** True when the words before a quotation mark it as a title or term ("the book “…”"). */
function isTitleOrTerm(view: TextView, open: number): boolean {
  const previous = view.lower[open - 1];
  return previous !== undefined && TITLE_WORDS.has(previous);
}

/** Attribute quoted spans with a cue right after or right before them; consumed cues are recorded. */
export function findDirectQuotes(view: TextView, spans: readonly QuotedSpan[], usedCues: Set<number>): Attribution[] {
  const found: Attribution[] = [];
  const attributedSpan = new Map<number, Attribution>();
  spans.forEach((span, index) => {
    if (attributedSpan.has(index)) return;
    const range = spanTokens(view, span);
    if (range.from >= view.tokens.length) return;
    if (isTitleOrTerm(view, range.from)) return;
    const after = span.unclosed ? null : cueAfter(view, range.to);
    const before = after ? null : cueBefore(view, range.from);
    const hit = after ?? before;
    if (!hit) return;
    // `"A," he said, "B."` — a quotation right after the cue clause continues the same statement.
    const previous = index > 0 ? attributedSpan.get(index - 1) : undefined;
    if (before && previous && previous.cue && previous.cue.from === hit.cue) {
      previous.fragments.push(contentSpan(span));
      previous.quotedSpans.push(index);
      attributedSpan.set(index, previous);
      return;
    }
    usedCues.add(hit.cue);
    const cueEnd = hit.cue + 1;
    const attribution: Attribution = {
      fragments: [contentSpan(span)],
      cue: { from: hit.cue, to: cueEnd },
      speaker: hit.speaker,
      appositive: hit.appositive,
      medium: findMedium(view, hit.cue),
      quotedSpans: [index],
      confidence: after ? 0.95 : 0.9,
      source: after ? 'rule:quote/cue-after-quotation' : 'rule:quote/cue-before-quotation',
      reason: after ? 'the quotation is followed by its speaker and a speech verb' : 'the speaker and a speech verb introduce the quotation',
    };
    found.push(attribution);
    attributedSpan.set(index, attribution);
    // `"A," he said, "B."`: the next quotation opens right after this cue clause.
    const next = spans[index + 1];
    if (after && next && next.paragraph === span.paragraph) {
      const nextRange = spanTokens(view, next);
      const clauseEnd = Math.max(hit.cue + 1, hit.speaker.to);
      let k = clauseEnd;
      const medium = attribution.medium;
      if (medium && medium.from >= clauseEnd) k = medium.to;
      if (view.tokens[k]?.norm === ',' && nextRange.from === k + 1) {
        attribution.fragments.push(contentSpan(next));
        attribution.quotedSpans.push(index + 1);
        attributedSpan.set(index + 1, attribution);
      }
    }
  });
  return found;
}
