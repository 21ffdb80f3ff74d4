/**
 * A question put to someone, opening the sentence: `Asked whether Clinton “has the integrity …,” 75 percent
 * said yes`, `When asked about the plan, Trump said …`. PolNeAR marks the question as an attribution whose
 * asker is unstated; the answer after the comma has its own cue.
 */
import type { TextView } from '../text/view.js';
import type { Attribution } from './attribution.js';
import { hasClass, phraseStartingAt } from './phrases.js';
import { charSpan } from './reported.js';

/** Words that open the question after "asked" ("about" introduces a topic and is left out). */
const QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'how', 'why', 'who', 'whom', 'which', 'when', 'where', 'about']);

/** Find "Asked …," questions opening a sentence and "… said when asked …" after an answer. */
export function findAskedQuestions(view: TextView, usedCues: Set<number>): Attribution[] {
  const found: Attribution[] = [];
  for (let s = 0; s < view.sentences.length; s++) {
    const first = view.sentenceFirst[s]!;
    const end = view.sentenceEnd[s]!;
    for (let cue = first; cue < end; cue++) {
      if (view.lower[cue] !== 'asked' || usedCues.has(cue)) continue;
      // Opening the sentence ("Asked whether …,", "When asked about …,") or after an answer (`…," Christie said
      // when asked whether …`).
      if (!(cue === first || (view.lower[cue - 1] === 'when' && (cue - 1 === first || view.tokens[cue - 2]!.norm === ',' || isCueBefore(view, cue - 2))))) continue;
      const question = askedQuestion(view, cue, end);
      if (!question) continue;
      usedCues.add(cue);
      found.push(question);
    }
  }
  return found;
}

/** A verb of saying just before token k ("Christie said when asked …"), past time words. */
function isCueBefore(view: TextView, k: number): boolean {
  let j = k;
  while (j > 0 && hasClass(view.lower[j]!, 'time')) j--;
  return ANSWER_VERBS.has(view.lower[j] ?? '');
}
/** Verbs an answer is reported with before "when asked". */
const ANSWER_VERBS = new Set(['said', 'says', 'told', 'replied', 'responded', 'answered', 'added', 'wrote']);

/** The question after "asked" at token `cue`, up to the comma before the answer or the sentence end. */
function askedQuestion(view: TextView, cue: number, end: number): Attribution | null {
  let k = cue + 1;
  // "Asked by Stephanopoulos whether …": the asker.
  let asker = null;
  if (view.lower[k] === 'by') {
    asker = phraseStartingAt(view, k + 1, end);
    if (!asker) return null;
    k = asker.to;
  }
  while (k < end && hasClass(view.lower[k]!, 'adv')) k++;
  // "Asked on Monday whether …", "Asked at a briefing Monday in Washington about …": a time or place before the question.
  const adjunct = k;
  if (hasClass(view.lower[k] ?? '', 'prep') || hasClass(view.lower[k] ?? '', 'time')) {
    while (k < end && k - adjunct < 8 && !QUESTION_OPENERS.has(view.lower[k]!) && view.tokens[k]!.norm !== ',' && view.tokens[k]!.norm !== '"') k++;
  }
  if (!QUESTION_OPENERS.has(view.lower[k] ?? '')) return null;
  const from = view.lower[k] === 'about' ? k + 1 : k;
  // The question ends at the comma before the answer, a comma inside a quotation included (`president,”`).
  let stop = from;
  while (stop < end && view.tokens[stop]!.norm !== ',') stop++;
  // A question opening the sentence is followed by its answer; one after the answer may run to the sentence end.
  const sentenceFirst = view.sentenceFirst[view.tokens[cue]!.sentence]!;
  const opening = cue === sentenceFirst || (view.lower[cue - 1] === 'when' && cue - 1 === sentenceFirst);
  if ((opening && stop >= end) || stop - from < 2) return null;
  const content = charSpan(view, from, stop);
  if (!content) return null;
  const closing = view.tokens[stop + 1]?.norm === '"' && !view.tokens[stop]!.spaceAfter ? view.tokens[stop + 1]!.end : content.end;
  return {
    fragments: [{ start: content.start, end: closing }],
    cue: { from: cue, to: cue + 1 },
    speaker: asker,
    appositive: null,
    medium: null,
    quotedSpans: [],
    confidence: 0.6,
    source: 'rule:quote/asked-question',
    reason: 'a question put to someone opens the sentence ("Asked whether …,") or follows the answer ("said when asked …")',
  };
}
