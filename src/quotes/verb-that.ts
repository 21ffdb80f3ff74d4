/**
 * A that-clause after a verb outside the cue lexicon: `analysts anticipated that rates would rise`, `the court
 * ruled that the law stands`, `…, determining that the plan was legal`. Only past forms and participles count
 * ("the plans that" is a relative clause), and the clause after "that" must have a subject of its own. The
 * speaker is the subject of the verb, or for a participle after a comma the subject of the sentence.
 */
import type { TextView } from '../text/view.js';
import { strictlyInside } from '../text/spans.js';
import type { Span } from '../types.js';
import type { Attribution } from './attribution.js';
import { cueForms } from './lexicons.js';
import { BE_FORMS, hasClass, sentenceSubject, subjectBefore } from './phrases.js';
import { charSpan, clauseEnd, startsClauseWithSubject } from './reported.js';

/** Find `VERB-ed that CLAUSE` and `…, VERB-ing that CLAUSE` attributions whose verb no other rule took. */
export function findVerbThatClauses(view: TextView, usedCues: Set<number>, quoted: readonly Span[]): Attribution[] {
  const found: Attribution[] = [];
  const forms = cueForms();
  for (let s = 0; s < view.sentences.length; s++) {
    const first = view.sentenceFirst[s]!;
    const end = view.sentenceEnd[s]!;
    for (let k = first + 1; k + 3 < end; k++) {
      if (view.lower[k] !== 'that') continue;
      const verb = k - 1;
      const word = view.lower[verb]!;
      if (!/^[a-z]{4,}(ed|ing)$/.test(word) || forms.has(word) || usedCues.has(verb)) continue;
      if (BE_FORMS.has(view.lower[verb - 1] ?? '') || hasClass(view.lower[verb - 1] ?? '', 'det')) continue;
      if (!startsClauseWithSubject(view, k + 1, end) || strictlyInside(quoted, view.tokens[verb]!.start)) continue;
      const participle = word.endsWith('ing');
      if (participle && view.tokens[verb - 1]?.norm !== ',') continue;
      const speaker = participle ? sentenceSubject(view, s, verb) : subjectBefore(view, verb, first)?.phrase ?? null;
      if (!speaker) continue;
      const content = charSpan(view, k, clauseEnd(view, k + 1, end));
      if (!content) continue;
      usedCues.add(verb);
      found.push({
        fragments: [content],
        cue: { from: verb, to: verb + 1 },
        speaker,
        appositive: null,
        medium: null,
        quotedSpans: [],
        confidence: 0.45,
        source: 'rule:quote/verb-that-clause',
        reason: 'a verb outside the cue lexicon takes a that-clause with its own subject',
      });
    }
  }
  return found;
}
