/**
 * Quoted fragments that no attribution covers, inside the clause of a verb whose subject is their
 * source: `Bill Clinton criticized the Affordable Care Act as a “crazy system”`, `he blasted the media
 * for being “unbelievably dishonest.”`, `Trump is promising lower taxes and “jobs, jobs, jobs,”`.
 * The governing verb is a cue verb or a verb of judging (data/lexicons/fragment-predicates.tsv); the
 * content is its complement, which must hold the quotation; the speaker is its subject, and only a
 * name, a personal pronoun or a role noun counts, so a journalist's scare quotes stay unattributed.
 */
import { isCapitalizedToken, type TextView } from '../text/view.js';
import { roleNouns } from '../entities/lexicons.js';
import type { Span } from '../types.js';
import type { Attribution } from './attribution.js';
import { isTitleCase, isTitleOrTerm, spanTokens } from './direct.js';
import { ambiguousCues, cueVerbs, fragmentPredicates } from './lexicons.js';
import { findMedium } from './medium.js';
import { BE_FORMS, hasClass, lastSubjectPronoun, sentenceSubject, skipAdverbsBack, subjectBefore, wordClasses, type Phrase } from './phrases.js';
import type { QuotedSpan } from './quote-marks.js';
import { clauseEnd, trimAfterQuotation } from './reported.js';
import { lowerBound, partitionPoint } from '../text/spans.js';

/** How far back from a quotation its governing verb may stand, in tokens. */
const REACH = 20;
/** Words that open a subordinate clause; capitalized at a sentence start they are no name. */
const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'since', 'although', 'though', 'because', 'if', 'unless', 'as']);
/** Pronouns that stand for a person or a group that speaks. */
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
/** Cue verbs that report only with a that-clause ("found there had been “…”" is a finding, not a statement). */
const THAT_ONLY = new Set(['find', 'learn', 'see', 'know', 'decide', 'admit']);

/** Is the token a verb that may govern a quoted fragment (a predicate form used as a verb here)? */
function isGoverningVerb(view: TextView, index: number): boolean {
  const word = view.lower[index] ?? '';
  const cue = cueVerbs().get(word);
  if (!fragmentPredicates().has(word) && (!cue || cue.cls === 'belief')) return false;
  if (cue && THAT_ONLY.has(cue.lemma) && view.lower[index + 1] !== 'that') return false;
  if (/ed$|en$/.test(word) && BE_FORMS.has(view.lower[index - 1] ?? '')) return false;
  const upos = view.tokens[index]!.upos;
  if (upos && upos !== 'VERB') return false;
  // "the promised “reset”", "her vow": after a determiner or possessive the form is a noun or adjective.
  const previous = view.lower[index - 1] ?? '';
  if (hasClass(previous, 'det') || (hasClass(previous, 'poss') && !hasClass(previous, 'pron'))) return false;
  // "Democratic claims as “entirely true”": a noun-ambiguous form is a verb only after a pronoun or when tagged so.
  return !ambiguousCues().has(word) || upos === 'VERB' || PERSONAL.has(previous);
}

/** A speaker phrase that can be a source: a name, a personal pronoun, or a role ("the senator"). */
function isSourcePhrase(view: TextView, phrase: Phrase): boolean {
  const head = phrase.to - 1;
  const word = view.lower[head]!;
  if (phrase.to - phrase.from === 1 && PERSONAL.has(word)) return true;
  // A closed-class word ("After", "However") opening the sentence is capitalized but names no one.
  if (wordClasses().has(word) || SUBORDINATORS.has(word)) return false;
  return isCapitalizedToken(view, head) || roleNouns().has(word);
}

/** Is the verb at `cue` in a free relative ("to what it called “a clear threat”"), whose clause belongs to a verb before it? */
function isFreeRelative(view: TextView, cue: number, first: number): boolean {
  const subject = subjectBefore(view, cue, first);
  return subject !== null && view.lower[subject.phrase.from - 1] === 'what';
}

/**
 * Attributions made inside a free relative (`… to what it called “…”`): when a verb before them governs
 * the quotation, the quotation is that verb's (see findFragmentPredicates), so the stage sets them aside.
 */
export function isFreeRelativeAttribution(view: TextView, attribution: Attribution): boolean {
  const speaker = attribution.speaker;
  const cue = attribution.cue;
  if (!speaker || !cue || view.lower[speaker.from - 1] !== 'what') return false;
  return cueVerbs().get(view.lower[cue.from] ?? '')?.cls === 'naming';
}

/** Attributions for quoted spans that `covered` leaves out, governed by a verb whose subject is a source. */
export function findFragmentPredicates(view: TextView, spans: readonly QuotedSpan[], covered: readonly Attribution[], usedCues: ReadonlySet<number>): Attribution[] {
  const coveredSpans = new Set(covered.flatMap((a) => a.quotedSpans));
  const taken = new Taken(covered.flatMap((a) => a.fragments));
  const byCue = covered.filter((a) => a.cue !== null).sort((a, b) => a.cue!.from - b.cue!.from);
  // The attribution whose cue comes last before token `before` in `sentence` (found ones come in text order).
  const speakerBefore = (sentence: number, before: number): Attribution | undefined => {
    const lo = partitionPoint(byCue.length, (index) => byCue[index]!.cue!.from < before);
    let best = lo > 0 ? byCue[lo - 1] : undefined;
    const last = found[found.length - 1];
    if (last?.cue && last.cue.from < before && (!best || last.cue.from > best.cue!.from)) best = last;
    return best && view.tokens[best.cue!.from]!.sentence === sentence ? best : undefined;
  };
  const found: Attribution[] = [];
  const isTaken = (span: Span): boolean => taken.overlaps(span);
  spans.forEach((span, index) => {
    if (coveredSpans.has(index) || span.unclosed || isTaken({ start: span.open, end: span.close })) return;
    // A quotation inside another ("I’d rather live in what he calls “hell” …") belongs to the outer speaker.
    // Without nested marks the outer quotation shows as one cut short where the inner one opens.
    const previous = spans[index - 1];
    if (previous && previous.unclosed && previous.close === span.open) return;
    const range = spanTokens(view, span);
    const opening = view.tokens[range.from];
    if (!opening) return;
    const sentence = opening.sentence;
    const first = view.sentenceFirst[sentence]!;
    const end = view.sentenceEnd[sentence]!;
    if (range.from <= first) return;
    // "described as “unhinged”" is a judgement; "known as “…”" names a thing.
    const asJudgement = view.lower[range.from - 1] === 'as' && view.lower[range.from - 2] !== 'known';
    // "what it called “a clear threat”": a naming verb with a subject of its own names a judgement, not a title.
    const namedBy = (view.lower[range.from - 1] === 'called' || view.lower[range.from - 1] === 'dubbed') && (PERSONAL.has(view.lower[range.from - 2] ?? '') || view.lower[range.from - 2] === 'it');
    if ((isTitleOrTerm(view, range.from) && !asJudgement && !namedBy) || isTitleCase(view.text.slice(span.contentStart, span.contentEnd))) return;
    // The nearest governing verb before the quotation, within its clause.
    let verb = -1;
    for (let k = range.from - 1; k >= first && range.from - k <= REACH; k--) {
      const norm = view.tokens[k]!.norm;
      if (isGoverningVerb(view, k) && isFreeRelative(view, k, first)) continue;
      if (norm === ';' || norm === ':' || norm === '"' || usedCues.has(k)) break;
      if (isGoverningVerb(view, k)) {
        verb = k;
        break;
      }
    }
    if (verb < 0) return;
    // "Gingrich cynically dismissed": adverbs in -ly stand between the subject and its verb.
    let head = verb;
    while (head - 1 > first && /^[a-z]+ly$/.test(view.tokens[head - 1]!.norm)) head--;
    let subject = subjectBefore(view, head, first);
    const joiner = view.lower[skipAdverbsBack(view, head - 1, first)];
    if (view.lower[verb]!.endsWith('ing') && joiner === ',') {
      // "Trump is questioning the system, encouraging his supporters to …": the participle takes the clause subject.
      const previous = speakerBefore(sentence, head);
      const phrase = previous?.speaker ?? sentenceSubject(view, sentence, head);
      subject = phrase ? { phrase, appositive: null } : null;
    } else if (joiner === 'to' && !subject) {
      // "Trump took to Twitter overnight to accuse …": an infinitive of purpose takes the clause subject.
      const phrase = sentenceSubject(view, sentence, head);
      subject = phrase ? { phrase, appositive: null } : null;
    } else if (joiner === 'and' || joiner === 'but') {
      // "… and encourage Americans to “check out” …": the verb shares the subject of the statement before it.
      // A subject pronoun after that statement's cue ("… after she attacked … and blamed") is the nearer subject.
      const previous = speakerBefore(sentence, head);
      const pronoun = previous?.cue ? lastSubjectPronoun(view, previous.cue.to, head) : null;
      if (pronoun) subject = { phrase: pronoun, appositive: null };
      else if (previous?.speaker) subject = { phrase: previous.speaker, appositive: previous.appositive };
    }
    if (subject && !isSourcePhrase(view, subject.phrase)) {
      // "Trump took to Twitter …": without tags a sentence subject may run into an irregular verb; keep its name.
      let to = subject.phrase.to;
      while (to > subject.phrase.from + 1 && !isCapitalizedToken(view, to - 1)) to--;
      subject = { phrase: { from: subject.phrase.from, to }, appositive: subject.appositive };
    }
    if (!subject || !isSourcePhrase(view, subject.phrase)) return;
    let start = verb + 1;
    // "called on police to …", "is describing as “unhinged”": the complement starts after a particle or adverb.
    // A possessed time word ("condemned Friday's test") is part of the object.
    while (start < range.from && view.lower[start + 1] !== "'s" && (hasClass(view.lower[start]!, 'adv') || hasClass(view.lower[start]!, 'time') || view.tokens[start]!.upos === 'ADV')) start++;
    const stop = Math.max(clauseEnd(view, start, end), range.to);
    let last = stop;
    while (last > start && /^[.,;:!?]$/.test(view.tokens[last - 1]!.norm) && view.tokens[last - 1]!.end > span.close) last--;
    if (last <= start) return;
    let content: Span = { start: view.tokens[start]!.start, end: Math.max(view.tokens[last - 1]!.end, span.close) };
    // `saying during the debate, “That makes me smart,”`: a full quotation after a comma is quoted directly.
    const firstChar = view.text.charAt(span.contentStart);
    if ((view.tokens[range.from - 1]!.norm === ',' || view.tokens[range.from - 1]!.norm === ':') && firstChar !== firstChar.toLowerCase()) content = { start: span.open, end: span.close };
    // The quotations inside the complement; the complement must not reach into another attribution.
    const inside: number[] = [];
    let lastClose = span.close;
    for (let other = index; other < spans.length && spans[other]!.open < content.end; other++) {
      if (spans[other]!.close <= content.end && !coveredSpans.has(other)) {
        inside.push(other);
        lastClose = Math.max(lastClose, spans[other]!.close);
      }
    }
    content = trimAfterQuotation(view, content, inside.map((other) => spans[other]!.close));
    // "is describing as “unhinged” a Donald Trump tweet": the object moved after the judgement is not part of it.
    if (view.lower[start] === 'as' && start + 1 === range.from && inside.length === 1) content = { start: content.start, end: span.close };
    // A statement found after the quotation ("… a Donald Trump tweet attacking …") ends this complement.
    const next = taken.firstStartingIn(lastClose, content.end);
    if (next !== undefined) content = { start: content.start, end: trimmedEnd(view.text, content.start, next) };
    if (isTaken(content)) return;
    for (const other of inside) coveredSpans.add(other);
    taken.add(content);
    found.push({
      fragments: [content],
      cue: { from: verb, to: verb + 1 },
      speaker: subject.phrase,
      appositive: subject.appositive,
      medium: findMedium(view, verb),
      quotedSpans: inside.filter((other) => spans[other]!.close <= content.end),
      confidence: 0.6,
      source: 'rule:quote/fragment-predicate',
      reason: 'quoted words in the complement of a verb of speaking or judging whose subject is a person or organization',
    });
  });
  return found;
}

/** The end of [start, end) without trailing spaces and commas. */
function trimmedEnd(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && /[\s,;:\u2014-]/.test(text.charAt(k - 1))) k--;
  return k;
}

/** Character spans already attributed, sorted by start, answering overlap questions in logarithmic time. */
class Taken {
  private readonly spans: Span[];
  /** For each index, the largest end among spans[0..index]. */
  private readonly maxEnd: number[] = [];
  constructor(spans: Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.rebuild();
  }
  add(span: Span): void {
    this.spans.splice(this.firstAtOrAfter(span.start), 0, span);
    this.rebuild();
  }
  /** Does any span overlap `span`? */
  overlaps(span: Span): boolean {
    const index = this.firstAtOrAfter(span.end);
    return index > 0 && this.maxEnd[index - 1]! > span.start;
  }
  /** The smallest start in [from, to), if any. */
  firstStartingIn(from: number, to: number): number | undefined {
    const candidate = this.spans[this.firstAtOrAfter(from)];
    return candidate && candidate.start < to ? candidate.start : undefined;
  }
  private firstAtOrAfter(offset: number): number {
    const lo = lowerBound(this.spans, offset);
    return lo;
  }
  private rebuild(): void {
    this.maxEnd.length = 0;
    let max = -1;
    for (const span of this.spans) {
      max = Math.max(max, span.end);
      this.maxEnd.push(max);
    }
  }
}
