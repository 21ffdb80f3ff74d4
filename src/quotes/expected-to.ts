/**
 * Expectations stated without their holder: `Trump is expected to deliver a victory speech`, `All three
 * candidates are widely expected to speak`. PolNeAR marks the subject and the infinitive as the content
 * and the unstated "expecters" as the source (train: 85% of "is/are expected").
 */
import type { TextView } from '../text/view.js';
import { strictlyInside } from '../text/spans.js';
import type { Span } from '../types.js';
import type { Attribution } from './attribution.js';
import { hasClass, subjectBefore } from './phrases.js';
import { charSpan, clauseEnd } from './reported.js';

const BE = new Set(['is', 'are', 'was', 'were']);

/** Find `SUBJECT is (widely|not) expected to …` outside quotations. */
export function findExpectedTo(view: TextView, usedCues: Set<number>, quoted: readonly Span[]): Attribution[] {
  const found: Attribution[] = [];
  for (let s = 0; s < view.sentences.length; s++) {
    const first = view.sentenceFirst[s]!;
    const end = view.sentenceEnd[s]!;
    for (let k = first + 1; k + 2 < end; k++) {
      if (view.lower[k] !== 'expected' || usedCues.has(k)) continue;
      // "is expected", "is widely expected", "is not expected".
      let be = k - 1;
      while (be > first && (hasClass(view.lower[be]!, 'adv') || hasClass(view.lower[be]!, 'neg') || /^[a-z]{3,}ly$/.test(view.lower[be]!))) be--;
      if (!BE.has(view.lower[be]!) || view.lower[k + 1] !== 'to' || !/^[a-z]+$/.test(view.lower[k + 2] ?? '')) continue;
      if (strictlyInside(quoted, view.tokens[k]!.start)) continue;
      const subject = subjectBefore(view, be, first);
      if (!subject) continue;
      const expectation = charSpan(view, k + 1, clauseEnd(view, k + 1, end));
      const holder = charSpan(view, subject.phrase.from, subject.phrase.to);
      if (!expectation || !holder) continue;
      usedCues.add(k);
      found.push({
        fragments: [holder, expectation],
        cue: { from: be, to: k + 1 },
        speaker: null,
        appositive: null,
        medium: null,
        quotedSpans: [],
        confidence: 0.6,
        source: 'rule:quote/expected-to',
        reason: 'an expectation is stated without saying whose it is ("is expected to")',
      });
    }
  }
  return found;
}
