/**
 * Findings stated "in" a source, sentence by sentence (data/lexicons/cue-in-sources.tsv):
 * - opening: `In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.`;
 * - closing: `Mr. Trump is ahead in public opinion polls in Florida.` (polls and surveys only).
 * The phrase after "in" is the source; a clause that holds its own attribution (`In a statement, X said …`)
 * is left to that attribution.
 */
import { isCapitalizedToken, type TextView } from '../text/view.js';
import type { Attribution } from './attribution.js';
import { inSources } from './lexicons.js';
import { hasClass } from './phrases.js';
import { charSpan, clauseEnd, holdsAttribution } from './reported.js';

/** Most tokens between "In" and the comma that closes the source phrase. */
const MAX_SOURCE = 16;

/** Find attributions to a poll, study, report or other document named after "in". */
export function findInSources(view: TextView, usedCues: Set<number>): Attribution[] {
  const found: Attribution[] = [];
  for (let s = 0; s < view.sentences.length; s++) {
    const first = view.sentenceFirst[s]!;
    const end = view.sentenceEnd[s]!;
    const opening = openingSource(view, first, end, usedCues);
    if (opening) found.push(opening);
    else {
      const closing = closingSource(view, first, end, usedCues);
      if (closing) found.push(closing);
    }
  }
  return found;
}

/** `In <source>, CONTENT.` */
function openingSource(view: TextView, first: number, end: number, usedCues: Set<number>): Attribution | null {
  if (view.lower[first] !== 'in' || usedCues.has(first)) return null;
  let comma = first + 1;
  let noun = -1;
  while (comma < end && comma - first <= MAX_SOURCE && view.tokens[comma]!.norm !== ',') {
    if (noun < 0 && inSources().has(view.lower[comma]!)) noun = comma;
    comma++;
  }
  // "In his book, …": the noun ends the source phrase or is followed by its modifiers ("released Monday").
  if (noun < 0 || view.tokens[comma]?.norm !== ',' || comma + 1 >= end) return null;
  // A second comma closes a participle phrase on the source ("In a poll, conducted in early September, …").
  let contentFrom = comma + 1;
  if (/^[a-z]+ed$/.test(view.lower[contentFrom] ?? '')) {
    let k = contentFrom;
    while (k < end && k - contentFrom < 10 && view.tokens[k]!.norm !== ',') k++;
    if (view.tokens[k]?.norm === ',') contentFrom = k + 1;
  }
  // "In their book, Cohen and DeLong, of the University of California, argue …": the writers are the source.
  if (holdsAttribution(view, contentFrom, end)) return null;
  const stop = clauseEnd(view, contentFrom, end);
  const content = charSpan(view, contentFrom, stop);
  if (!content || stop - contentFrom < 3) return null;
  usedCues.add(first);
  return attribution(view, content, first, { from: first + 1, to: comma }, 0.65);
}

/** `CONTENT in the polls.` — a poll or survey closing the sentence. */
function closingSource(view: TextView, first: number, end: number, usedCues: Set<number>): Attribution | null {
  let last = end;
  while (last > first && /^[.!?"]$/.test(view.tokens[last - 1]!.norm)) last--;
  // The source phrase: "in" + up to eight words ending in a poll noun, optionally followed by a place or time.
  for (let k = last - 1; k > first + 3 && last - k <= 12; k--) {
    if (view.lower[k] !== 'in' || usedCues.has(k)) continue;
    // Only a noun phrase stands between "in" and the noun ("in the RealClearPolitics average of New Hampshire
    // polls"; "in the District of Columbia head to the polls" is no source).
    let noun = -1;
    for (let j = k + 1; j < last && j - k <= 8; j++) {
      const entry = inSources().get(view.lower[j]!);
      if (entry?.closing) {
        noun = j;
        break;
      }
      const word = view.lower[j]!;
      if (view.tokens[j]!.norm === ',' || (hasClass(word, 'prep') && word !== 'of') || hasClass(word, 'aux') || hasClass(word, 'conj')) break;
    }
    if (noun < 0) continue;
    // "… in the polls, although …" goes on with another clause; only a sentence-final source counts.
    let sourceEnd = noun + 1;
    while (sourceEnd < last && view.tokens[sourceEnd]!.norm !== ',' && (hasClass(view.lower[sourceEnd]!, 'prep') || isCapitalizedToken(view, sourceEnd) || hasClass(view.lower[sourceEnd]!, 'time') || /^[a-z]+ed$/.test(view.lower[sourceEnd]!))) sourceEnd++;
    if (sourceEnd !== last) return null;
    if (holdsAttribution(view, first, k)) return null;
    // A sentence of several clauses ("Still, as Mr. Clinton starts …, he remains …") has no clear finding.
    for (let j = first; j < k; j++) if (view.tokens[j]!.norm === ',' || view.tokens[j]!.norm === ';') return null;
    const content = charSpan(view, first, k);
    if (!content || k - first < 3) return null;
    usedCues.add(k);
    return attribution(view, content, k, { from: k + 1, to: sourceEnd }, 0.55);
  }
  return null;
}

function attribution(view: TextView, content: { start: number; end: number }, cue: number, source: { from: number; to: number }, confidence: number): Attribution {
  return {
    fragments: [content],
    cue: { from: cue, to: cue + 1 },
    speaker: source,
    appositive: null,
    medium: null,
    quotedSpans: [],
    confidence,
    source: 'rule:quote/in-source',
    reason: 'a poll, study or document named after "in" is the source of the finding',
  };
}
