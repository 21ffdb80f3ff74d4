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

/** Find sentence-opening "Asked …," questions. */
export function findAskedQuestions(view: TextView, usedCues: Set<number>): Attribution[] {
  const found: Attribution[] = [];
  for (let s = 0; s < view.sentences.length; s++) {
    const first = view.sentenceFirst[s]!;
    const end = view.sentenceEnd[s]!;
    const cue = view.lower[first] === 'asked' ? first : view.lower[first] === 'when' && view.lower[first + 1] === 'asked' ? first + 1 : -1;
    if (cue < 0 || usedCues.has(cue)) continue;
    let k = cue + 1;
    // "Asked by Stephanopoulos whether …": the asker.
    let asker = null;
    if (view.lower[k] === 'by') {
      asker = phraseStartingAt(view, k + 1, end);
      if (!asker) continue;
      k = asker.to;
    }
    while (k < end && hasClass(view.lower[k]!, 'adv')) k++;
    if (!QUESTION_OPENERS.has(view.lower[k] ?? '')) continue;
    const from = view.lower[k] === 'about' ? k + 1 : k;
    // The question ends at the comma before the answer, a comma inside a quotation included (`president,”`).
    let stop = from;
    while (stop < end && view.tokens[stop]!.norm !== ',') stop++;
    if (stop >= end || stop - from < 2) continue;
    const content = charSpan(view, from, stop);
    if (!content) continue;
    const closing = view.tokens[stop + 1]?.norm === '"' && !view.tokens[stop]!.spaceAfter ? view.tokens[stop + 1]!.end : content.end;
    usedCues.add(cue);
    found.push({
      fragments: [{ start: content.start, end: closing }],
      cue: { from: cue, to: cue + 1 },
      cueSpan: { start: view.tokens[cue]!.start, end: view.tokens[cue]!.end },
      speaker: asker,
      appositive: null,
      medium: null,
      quotedSpans: [],
      confidence: 0.6,
      source: 'rule:quote/asked-question',
      reason: 'a question put to someone opens the sentence ("Asked whether …,")',
    });
  }
  return found;
}
