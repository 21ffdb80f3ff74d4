/**
 * A quotation introduced by a noun of saying and a colon: `President Obama is rolling out a new campaign
 * message: "It's about me."`, `Sanders made the following comment: “…”`, `I had to change my answer: "…"`.
 * The speaker is the subject of the clause the noun belongs to. Speech nouns are listed in
 * data/lexicons/speech-nouns.tsv.
 */
import { lazy, readList } from '../text/lexicon.js';
import { isCapitalizedToken, type TextView } from '../text/view.js';
import { roleNouns } from '../entities/lexicons.js';
import type { Attribution } from './attribution.js';
import { spanTokens } from './direct.js';
import { hasClass, subjectBefore, wordClasses, type Phrase } from './phrases.js';
import type { QuotedSpan } from './quote-marks.js';

const speechNouns = lazy(() => new Set(readList('lexicons/speech-nouns.tsv')));
/** How far before the colon the speech noun may stand ("a new and more personal campaign message:"). */
const NOUN_REACH = 3;
/** How long the noun phrase before the noun may be. */
const PHRASE_REACH = 10;
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i']);

function isSource(view: TextView, phrase: Phrase): boolean {
  const head = view.lower[phrase.to - 1]!;
  if (phrase.to - phrase.from === 1 && PERSONAL.has(head)) return true;
  if (wordClasses().has(head)) return false;
  return isCapitalizedToken(view, phrase.to - 1) || roleNouns().has(head);
}

/** Quotations after `<subject> <verb> … <speech noun>:` that no attribution covers. */
export function findSpeechNounColons(view: TextView, spans: readonly QuotedSpan[], covered: readonly Attribution[]): Attribution[] {
  const coveredSpans = new Set(covered.flatMap((a) => a.quotedSpans));
  const found: Attribution[] = [];
  spans.forEach((span, index) => {
    if (coveredSpans.has(index)) return;
    const range = spanTokens(view, span);
    const colon = range.from - 1;
    if (colon < 1 || view.tokens[colon]!.norm !== ':') return;
    const sentence = view.tokens[colon]!.sentence;
    const first = view.sentenceFirst[sentence]!;
    let noun = -1;
    for (let k = colon - 1; k >= first && colon - k <= NOUN_REACH; k--) if (speechNouns().has(view.lower[k]!)) { noun = k; break; }
    if (noun < 0) return;
    // The clause the noun phrase belongs to: the nearest word before it that follows a source phrase
    // (skipping auxiliaries and adverbs) is its verb, that phrase its subject.
    let subject: ReturnType<typeof subjectBefore> = null;
    for (let verb = noun - 1; verb > first && noun - verb <= PHRASE_REACH && !subject; verb--) {
      const word = view.lower[verb]!;
      if (hasClass(word, 'det') || hasClass(word, 'poss') || word === 'of' || word === 'and' || isCapitalizedToken(view, verb)) continue;
      let candidate = subjectBefore(view, verb, first);
      // "I had to change my answer": the subject of the verb that takes the infinitive.
      if (!candidate && view.lower[verb - 1] === 'to' && verb - 2 > first) candidate = subjectBefore(view, verb - 2, first);
      if (candidate && isSource(view, candidate.phrase)) subject = candidate;
    }
    if (!subject || !isSource(view, subject.phrase)) return;
    coveredSpans.add(index);
    found.push({
      fragments: [{ start: span.open, end: span.unclosed ? span.contentEnd : span.close }],
      cue: { from: noun, to: noun + 1 },
      speaker: subject.phrase,
      appositive: subject.appositive,
      medium: null,
      quotedSpans: [index],
      confidence: 0.7,
      source: 'rule:quote/speech-noun-colon',
      reason: 'a noun of saying and a colon introduce the quotation; its clause\'s subject said it',
    });
  });
  return found;
}
