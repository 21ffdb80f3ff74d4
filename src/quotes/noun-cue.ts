/**
 * Statements named by a noun with a that-clause (data/lexicons/cue-nouns.tsv): `Trump's claim that …`,
 * `his insistence that …`, `Sanders expressed concern that …`, `complaints that …`. The source is the
 * possessor, else the subject of the verb whose object the noun is, else unstated.
 */
import type { TextView } from '../text/view.js';
import { strictlyInside } from '../text/spans.js';
import type { Span } from '../types.js';
import type { Attribution } from './attribution.js';
import { cueNouns } from './lexicons.js';
import { hasClass, phraseEndingAt, subjectBefore, type Phrase } from './phrases.js';
import { charSpan, clauseEnd } from './reported.js';

/** Find `NOUN that CLAUSE` attributions; cues already used are skipped. */
export function findNounCues(view: TextView, usedCues: Set<number>, quoted: readonly Span[]): Attribution[] {
  const found: Attribution[] = [];
  for (let s = 0; s < view.sentences.length; s++) {
    const first = view.sentenceFirst[s]!;
    const end = view.sentenceEnd[s]!;
    for (let k = first; k + 2 < end; k++) {
      if (view.lower[k + 1] !== 'that' || !cueNouns().has(view.lower[k]!) || usedCues.has(k)) continue;
      // "a charge that might have stung": a relative clause, not what was charged.
      if (hasClass(view.lower[k + 2]!, 'aux') || hasClass(view.lower[k + 2]!, 'neg')) continue;
      // A noun inside a quotation belongs to the quoted speaker's own words.
      if (strictlyInside(quoted, view.tokens[k]!.start)) continue;
      let stop = clauseEnd(view, k + 2, end);
      // "Despite his claim that people would learn nothing, there would be …": a noun in a fronted phrase
      // has its clause end at the comma where the main clause starts.
      if (opensFrontedPhrase(view, k, first)) {
        for (let j = k + 2; j < stop; j++) if (view.tokens[j]!.norm === ',') { stop = j; break; }
      }
      const content = charSpan(view, k + 1, stop);
      if (!content || stop - (k + 2) < 3) continue;
      usedCues.add(k);
      found.push({
        fragments: [content],
        cue: { from: k, to: k + 1 },
        cueSpan: { start: view.tokens[k]!.start, end: view.tokens[k]!.end },
        speaker: sourceOfNoun(view, k, first),
        appositive: null,
        medium: null,
        quotedSpans: [],
        confidence: 0.5,
        source: 'rule:quote/noun-that-clause',
        reason: 'a noun of saying or believing introduces a that-clause',
      });
    }
  }
  return found;
}

/** "Trump's claim", "his insistence", "Sanders voiced concern", "X issued a statement": who holds the statement. */
function sourceOfNoun(view: TextView, noun: number, first: number): Phrase | null {
  // A bare noun right after a verb: "voiced concern that", "made claims that".
  const before = noun - 1;
  if (before >= first && /^[a-z]+ed$/.test(view.lower[before]!)) return subjectBefore(view, before, first)?.phrase ?? null;
  // Adjectives between the determiner and the noun ("his repeated claim").
  let k = before;
  while (k > first && /^[a-z-]+$/.test(view.lower[k]!) && !hasClass(view.lower[k]!, 'det') && !hasClass(view.lower[k]!, 'poss') && !hasClass(view.lower[k]!, 'prep') && noun - k <= 2) k--;
  const word = view.lower[k] ?? '';
  if (hasClass(word, 'poss')) return { from: k, to: k + 1 };
  if ((word === "'s" || word === "'") && k - 1 >= first) return phraseEndingAt(view, k - 1, first);
  // The noun is the object of a verb: "issued a statement that".
  const verb = k - 1;
  if (!hasClass(word, 'det') || verb < first || !/^[a-z]+$/.test(view.lower[verb]!) || hasClass(view.lower[verb]!, 'prep')) return null;
  return subjectBefore(view, verb, first)?.phrase ?? null;
}

/** The noun phrase ending at `noun` opens its sentence or follows a preposition ("Despite his claim", "In the hope"). */
function opensFrontedPhrase(view: TextView, noun: number, first: number): boolean {
  let k = noun - 1;
  while (k >= first && noun - k <= 4 && !hasClass(view.lower[k]!, 'prep') && view.tokens[k]!.norm !== ',') k--;
  return k < first || (hasClass(view.lower[k]!, 'prep') && (k === first || view.tokens[k - 1]!.norm === ','));
}
