/**
 * Beliefs and stances stated with an adjective after "be" (data/lexicons/cue-adjectives.tsv): `he was convinced
 * that …`, `Republicans are eager to …`, `She has been critical of the deal`. The subject of "be" holds them;
 * the content is the clause or object after the adjective.
 */
import type { TextView } from '../text/view.js';
import { lazy, readTsv } from '../text/lexicon.js';
import { strictlyInside } from '../text/spans.js';
import type { Span } from '../types.js';
import type { Attribution } from './attribution.js';
import { auxiliariesStart, BE_FORMS, hasClass, subjectBefore } from './phrases.js';
import { charSpan, clauseEnd } from './reported.js';

/** Adjective → the words that may follow it. */
const cueAdjectives = lazy(() => {
  const map = new Map<string, Set<string>>();
  for (const [adjective, followers] of readTsv('lexicons/cue-adjectives.tsv')) if (adjective && followers) map.set(adjective, new Set(followers.split(' ')));
  return map;
});

/** Every word that may follow a cue adjective, as a short list. */
const followerWords = lazy(() => [...new Set([...cueAdjectives().values()].flatMap((followers) => [...followers]))]);

/** Forms of "be", contracted and first person included ("he's convinced", "I'm eager"). */
const BE = new Set([...BE_FORMS, "'s", "'re", 'am', "'m"]);

/** Find `SUBJECT be (adverbs) ADJECTIVE that|to|of|about …` outside quotations. */
export function findAdjectiveCues(view: TextView, usedCues: Set<number>, quoted: readonly Span[]): Attribution[] {
  const found: Attribution[] = [];
  const adjectives = cueAdjectives();
  for (let s = 0; s < view.sentences.length; s++) {
    const first = view.sentenceFirst[s]!;
    const end = view.sentenceEnd[s]!;
    for (let k = first + 1; k + 2 < end; k++) {
      const next = view.lower[k + 1]!;
      // Most tokens are ruled out by the word after them: a handful of words, compared without hashing.
      if (!followerWords().includes(next)) continue;
      const followers = adjectives.get(view.lower[k]!);
      if (!followers || !followers.has(next) || usedCues.has(k)) continue;
      let be = k - 1;
      while (be > first && (hasClass(view.lower[be]!, 'adv') || hasClass(view.lower[be]!, 'neg') || /^[a-z]{3,}ly$/.test(view.lower[be]!))) be--;
      if (!BE.has(view.lower[be]!) || strictlyInside(quoted, view.tokens[k]!.start)) continue;
      // "be" after an auxiliary ("has been", "will be") takes the subject before the auxiliary.
      const subject = subjectBefore(view, auxiliariesStart(view, be, first), first);
      if (!subject || (view.lower[k + 1] === 'to' && !/^[a-z]+$/.test(view.lower[k + 2] ?? ''))) continue;
      const from = next === 'that' || next === 'to' ? k + 1 : k + 2;
      let stop = clauseEnd(view, k + 2, end);
      // "critical of the deal, which …": an object ends at the first comma.
      if (from === k + 2) for (let j = from; j < stop; j++) if (view.tokens[j]!.norm === ',') { stop = j; break; }
      const content = charSpan(view, from, stop);
      if (!content || stop - from < 2) continue;
      usedCues.add(k);
      found.push({
        fragments: [content],
        cue: { from: be, to: k + 1 },
        speaker: subject.phrase,
        appositive: subject.appositive,
        medium: null,
        quotedSpans: [],
        confidence: 0.5,
        source: 'rule:quote/adjective-cue',
        reason: 'an adjective of belief or stance after "be" introduces what the subject holds',
      });
    }
  }
  return found;
}
