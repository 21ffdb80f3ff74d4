/**
 * Passive statements with their agent: `The nominee has been endorsed by dozens of papers`, `His views were
 * echoed by a number of tax experts`, `Trump is supported by far fewer publications`. PolNeAR marks the
 * subject as the content and the agent after "by" as the source. Only participles of cue verbs count
 * ("was killed by" states nothing).
 */
import type { TextView } from '../text/view.js';
import { strictlyInside } from '../text/spans.js';
import type { Span } from '../types.js';
import type { Attribution } from './attribution.js';
import { cueVerbs } from './lexicons.js';
import { auxiliariesStart, BE_FORMS, hasClass, phraseStartingAt, subjectBefore } from './phrases.js';
import { charSpan } from './reported.js';

/** Find `SUBJECT be (adverbs) PARTICIPLE by AGENT` with a participle of a cue verb. */
export function findPassiveAgents(view: TextView, usedCues: Set<number>, quoted: readonly Span[]): Attribution[] {
  const found: Attribution[] = [];
  const verbs = cueVerbs();
  for (let s = 0; s < view.sentences.length; s++) {
    const first = view.sentenceFirst[s]!;
    const end = view.sentenceEnd[s]!;
    for (let k = first + 2; k + 2 < end; k++) {
      if (view.lower[k + 1] !== 'by' || usedCues.has(k)) continue;
      const word = view.lower[k]!;
      const verb = verbs.get(word);
      if (!verb || !/(ed|en|wn)$/.test(word) || verb.cls === 'belief') continue;
      let be = k - 1;
      while (be > first && (hasClass(view.lower[be]!, 'adv') || /^[a-z]{3,}ly$/.test(view.lower[be]!))) be--;
      if (!BE_FORMS.has(view.lower[be]!) || strictlyInside(quoted, view.tokens[k]!.start)) continue;
      const subject = subjectBefore(view, auxiliariesStart(view, be, first), first);
      const agent = phraseStartingAt(view, k + 2, end);
      // A pronoun subject ("It was first declared by Nixon") stands for words elsewhere; PolNeAR marks those.
      const pronoun = subject !== null && subject.phrase.to - subject.phrase.from === 1 && hasClass(view.lower[subject.phrase.from]!, 'pron');
      if (!subject || !agent || pronoun || hasClass(view.lower[subject.phrase.from]!, 'wh')) continue;
      const content = charSpan(view, subject.phrase.from, subject.phrase.to);
      if (!content) continue;
      usedCues.add(k);
      found.push({
        fragments: [content],
        cue: { from: be, to: k + 2 },
        speaker: agent,
        appositive: null,
        medium: null,
        quotedSpans: [],
        confidence: 0.5,
        source: 'rule:quote/passive-agent',
        reason: 'a passive verb of saying or stance names its source after "by"',
      });
    }
  }
  return found;
}
