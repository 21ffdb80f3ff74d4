/**
 * Who says what a sentence says: the speaker of an enclosing quotation, the subject of a speech
 * verb ("X said (that) …", "…, X said"), or the sentence's first named subject as a last resort.
 */
import type { WorkingDocument } from '../pipeline/document.js';
import type { EntityRef, Quote, Span } from '../types.js';
import { NOT_A_NAME } from './entity-ref.js';
import { speechVerbs } from './lexicon.js';
import { isSubjectPronoun, subjectBefore, type TokenRange } from './noun-phrase.js';
import { isCapitalizedToken, isQuoteMark, isWord, tokenSpan, type SentenceView } from './sentence-view.js';
import { lowerBound } from '../text/spans.js';

/** How far (in tokens) a speech verb may stand from the words it attributes. */
const SPEECH_REACH = 40;

/** Quotation fragments sorted by start, with the running maximum of their ends, for containment lookups. */
interface FragmentIndex {
  /** The number of quotes indexed: a quotes array grown in place is indexed afresh. */
  size: number;
  fragments: Array<{ start: number; end: number; quote: Quote }>;
  maxEnd: number[];
}

// A memo keyed by the quotes array itself: it adds no behaviour, only keeps lookups logarithmic on long input.
const fragmentIndexes = new WeakMap<readonly Quote[], FragmentIndex>();

function fragmentIndex(quotes: readonly Quote[]): FragmentIndex {
  let index = fragmentIndexes.get(quotes);
  if (index && index.size === quotes.length) return index;
  const fragments = quotes.flatMap((quote) => quote.fragments.map((fragment) => ({ start: fragment.start, end: fragment.end, quote })));
  fragments.sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let running = -1;
  for (const fragment of fragments) maxEnd.push((running = Math.max(running, fragment.end)));
  index = { size: quotes.length, fragments, maxEnd };
  fragmentIndexes.set(quotes, index);
  return index;
}

/** The quotation whose content fragments contain a span (the innermost-starting one), if any. */
export function quoteContaining(doc: WorkingDocument, span: Span, kind?: Quote['kind']): Quote | undefined {
  const { fragments, maxEnd } = fragmentIndex(doc.quotes);
  // The first fragment starting after span.start (offsets are whole numbers).
  const low = lowerBound(fragments, span.start + 1);
  for (let k = low - 1; k >= 0 && maxEnd[k]! >= span.end; k--) {
    const fragment = fragments[k]!;
    if (fragment.end >= span.end && (kind === undefined || fragment.quote.kind === kind)) return fragment.quote;
  }
  return undefined;
}

/** The speaker of a quotation as an entity reference, or null when the quote has no known speaker. */
export function speakerRef(quote: Quote): EntityRef | null {
  const name = quote.speaker.name ?? quote.speaker.mention?.text ?? quote.speaker.description ?? null;
  if (quote.speaker.entity === null && name === null) return null;
  return { entity: quote.speaker.entity, name };
}

/** The subject of a speech verb in the sentence, as a token range: nearest before `before`, else right after `after`. */
export function speechSubject(text: string, view: SentenceView, before: number, after: number): TokenRange | null {
  for (let k = before - 1; k >= 0 && k >= before - SPEECH_REACH; k--) {
    if (!speechVerbs().has(view.words[k] ?? '')) continue;
    const subject = subjectBefore(text, view, k);
    if (!subject) continue;
    // "he thinks …" after "The president indicated …": prefer an earlier, named subject.
    if (isSubjectPronoun(view.words[subject.from] ?? '') && subject.to - subject.from === 1) {
      const earlier = speechSubject(text, view, subject.from, view.words.length);
      if (earlier && earlier.from < subject.from) return earlier;
    }
    return subject;
  }
  // "…, Schumer said." / "…," said Schumer.
  for (let k = after; k < view.words.length && k < after + SPEECH_REACH; k++) {
    const word = view.words[k] ?? '';
    if (!speechVerbs().has(word)) continue;
    const previous = view.words[k - 1] ?? '';
    if (previous === ',' || isQuoteMark(previous)) {
      let end = k + 1;
      while (end < view.words.length && isWord(view.words[end] ?? '') && end < k + 6) end++;
      return end > k + 1 ? { from: k + 1, to: end } : null;
    }
    const subject = subjectBefore(text, view, k);
    if (subject && subject.from > after - 1) return subject;
  }
  return null;
}

/** The sentence's first capitalized run of words, used when no pattern names the actor. */
export function firstNamedRun(text: string, view: SentenceView, limit: number): TokenRange | null {
  for (let k = 0; k < limit && k < view.tokens.length; k++) {
    if (!isCapitalizedToken(text, view.tokens[k]!) || !isWord(view.words[k] ?? '')) continue;
    let end = k + 1;
    while (end < limit && end < view.tokens.length && isCapitalizedToken(text, view.tokens[end]!) && isWord(view.words[end] ?? '')) end++;
    if (end - k === 1 && NOT_A_NAME.has(text.slice(view.tokens[k]!.start, view.tokens[k]!.end))) continue;
    return { from: k, to: end };
  }
  return null;
}

/** Resolve a token range to a span, or null. */
export function rangeSpan(view: SentenceView, range: TokenRange | null): Span | null {
  return range ? tokenSpan(view, range.from, range.to) : null;
}


