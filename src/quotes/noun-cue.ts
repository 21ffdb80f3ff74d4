/**
 * Statements named by a noun with a that-clause (data/lexicons/cue-nouns.tsv): `Trump's claim that …`,
 * `his insistence that …`, `Sanders expressed concern that …`, `complaints that …`. The source is the
 * possessor, else the subject of the verb whose object the noun is, else unstated.
 */
import type { TextView } from '../text/view.js';
import { strictlyInside } from '../text/spans.js';
import type { Span } from '../types.js';
import type { Attribution } from './attribution.js';
import { lazy, readGrouped } from '../text/lexicon.js';
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

/** Noun → the prepositions after which its object is an attributed content (data/lexicons/cue-noun-objects.tsv). */
const cueNounObjects = lazy(() => readGrouped('lexicons/cue-noun-objects.tsv'));

/** Every preposition in the noun-object lexicon, as a short list. */
const nounPrepositions = lazy(() => [...new Set([...cueNounObjects().values()].flatMap((prepositions) => [...prepositions]))]);

/**
 * `Trump's criticism of the media`, `his calls for a ban`, `questions about her health`, `his promise to
 * build a wall`: a noun of stance and its object (or infinitive), held by the possessor or the subject of the
 * verb whose object the noun is, else unstated.
 */
export function findNounObjects(view: TextView, usedCues: Set<number>, quoted: readonly Span[]): Attribution[] {
  const found: Attribution[] = [];
  const nouns = cueNounObjects();
  for (let s = 0; s < view.sentences.length; s++) {
    const first = view.sentenceFirst[s]!;
    const end = view.sentenceEnd[s]!;
    for (let k = first; k + 2 < end; k++) {
      const next = view.lower[k + 1]!;
      // Most tokens are ruled out by the word after them: a handful of prepositions, compared without hashing.
      if (!nounPrepositions().includes(next)) continue;
      const prepositions = nouns.get(view.lower[k]!);
      if (!prepositions || !prepositions.has(view.lower[k + 1]!) || usedCues.has(k)) continue;
      if (strictlyInside(quoted, view.tokens[k]!.start)) continue;
      const infinitive = view.lower[k + 1] === 'to';
      if (infinitive && !/^[a-z]+$/.test(view.lower[k + 2]!)) continue;
      let stop = clauseEnd(view, k + 2, end);
      // An object noun phrase ends at its first comma; an infinitive is a clause and keeps its own.
      if (!infinitive) stop = nounObjectEnd(view, k + 2, stop);
      const from = infinitive ? k + 1 : k + 2;
      const content = charSpan(view, from, stop);
      // Quoted words after the noun ("a defense of “New York values”") are left to the quotation rules.
      if (!content || /["\u201c\u201d]/.test(view.text.slice(content.start, content.end))) continue;
      usedCues.add(k);
      found.push({
        fragments: [content],
        cue: { from: k, to: k + 2 },
        speaker: sourceOfNoun(view, k, first),
        appositive: null,
        medium: null,
        quotedSpans: [],
        confidence: 0.45,
        source: 'rule:quote/noun-object',
        reason: 'a noun of stance names what the stance is taken on',
      });
    }
  }
  return found;
}

/** The end of the object noun phrase at `start`: its first comma or dash ("questions about whether he is fit" keeps its clause). */
function nounObjectEnd(view: TextView, start: number, stop: number): number {
  for (let j = start + 1; j < stop; j++) {
    if (view.tokens[j]!.norm === ',' || view.tokens[j]!.norm === '--') return j;
  }
  return stop;
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
