/**
 * Find an event's participants around its verb: the subject to the left (an entity mention, a
 * capitalized name, or a pronoun resolved to the nearest person mentioned before it) and the first
 * named object to the right, both within the verb's clause.
 */
import type { EntityRef, Span } from '../types.js';
import { mentionsIn, refOf, type MentionEntry } from './mentions.js';
import { isAdverb, isClauseBreak, isNameWordAt, lowerAt, type SentenceTokens } from './sentence-view.js';
import { numberWords } from '../dates/lexicon.js';
import { firstEndingAfter } from '../text/spans.js';

/** A participant: who it is and where the text names them. */
export interface Participant {
  ref: EntityRef;
  span: Span;
}

/** Everything participant search needs about the document. */
export interface ParticipantContext {
  view: SentenceTokens;
  mentions: readonly MentionEntry[];
  /** Spans of temporal expressions, sorted and disjoint, never taken as names ("Thursday", "March"). */
  dateSpans: readonly Span[];
}

const REACH = 15;
const PRONOUNS = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them']);
/** Capitalized words that start sentences or name no one. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'on', 'in', 'at', 'by', 'for', 'but', 'and', 'or', 'as', 'after', 'before', 'while', 'when', 'earlier', 'later', 'also', 'this', 'that', 'it', 'i', 'we', 'you', 'democrats', 'republicans', 'democratic', 'republican']);

/** Capitalized words that are not names: sentence openers, pronouns, party words, numbers ("Twenty-nine people"). */
function isNotName(word: string): boolean {
  return NOT_NAMES.has(word) || numberWords().has(word);
}

/** True when token i lies inside a date; dateSpans are sorted and disjoint, so a binary search finds the one candidate. */
function inDate(context: ParticipantContext, i: number): boolean {
  const token = context.view.tokens[i]!;
  const spans = context.dateSpans;
  const low = firstEndingAfter(spans, token.start);
  const span = spans[low];
  return span !== undefined && span.start < token.end;
}

/** A party-state label such as "R-CA" or "D-NY": part of a name's apposition, not a name. */
function isPartyLabel(view: SentenceTokens, i: number): boolean {
  const word = view.text.slice(view.tokens[i]!.start, view.tokens[i]!.end);
  if (/^[A-Z]{1,2}$/.test(word) && (lowerAt(view, i - 1) === '-' || lowerAt(view, i + 1) === '-')) return true;
  return false;
}

function mentionAt(context: ParticipantContext, i: number): MentionEntry | undefined {
  const token = context.view.tokens[i]!;
  return mentionsIn(context.mentions, token).find((entry) => entry.kind !== 'pronoun' || PRONOUNS.has(lowerAt(context.view, i)));
}

/** The capitalized run of name words ending (or starting) at token i, as a span of token indices. */
function nameRun(context: ParticipantContext, i: number, direction: -1 | 1): [number, number] {
  const view = context.view;
  let first = i;
  let last = i;
  const ok = (k: number): boolean => isNameWordAt(view, k) && !inDate(context, k) && !isPartyLabel(view, k) && !isNotName(lowerAt(view, k));
  if (direction < 0) while (first - 1 >= view.from && ok(first - 1)) first--;
  else while (last + 1 < view.to && ok(last + 1)) last++;
  return [first, last];
}

function participantOfRun(context: ParticipantContext, first: number, last: number): Participant {
  const view = context.view;
  const span = { start: view.tokens[first]!.start, end: view.tokens[last]!.end };
  return { ref: { entity: null, name: view.text.slice(span.start, span.end) }, span };
}

/**
 * Resolve a pronoun at token i: its own entity mention when the entity stage resolved it, else the
 * first person named earlier in the same sentence (usually the main clause's subject: "Sessions met
 * Kislyak despite saying he ..."), else the nearest person mentioned before it.
 */
function pronounParticipant(context: ParticipantContext, i: number): Participant {
  const view = context.view;
  const token = view.tokens[i]!;
  const span = { start: token.start, end: token.end };
  const own = mentionsIn(context.mentions, span)[0];
  if (own) return { ref: refOf(own), span };
  const sentenceStart = view.tokens[view.from]!.start;
  const inSentence = mentionsIn(context.mentions, { start: sentenceStart, end: token.start });
  const subject = inSentence.find((entry) => entry.start >= sentenceStart && entry.entity.type === 'person' && !entry.entity.anonymous);
  if (subject) return { ref: refOf(subject), span };
  const before = mentionsIn(context.mentions, { start: Math.max(0, token.start - 600), end: token.start });
  for (let k = before.length - 1; k >= 0; k--) {
    const entry = before[k]!;
    if (entry.entity.type === 'person' && !entry.entity.anonymous) return { ref: refOf(entry), span };
  }
  return { ref: { entity: null, name: context.view.text.slice(token.start, token.end) }, span };
}

/** The subject of the verb at token `verb`: the nearest participant to its left within the clause. */
export function findSubject(context: ParticipantContext, verb: number): Participant | null {
  const view = context.view;
  let start = verb - 1;
  while (start >= view.from && /ly$/.test(lowerAt(view, start))) start--;
  // "Michael Flynn, Trump's adviser, resigned": skip an apposition set off by commas to reach its head.
  if (lowerAt(view, start) === ',') {
    for (let k = start - 1; k >= Math.max(view.from, start - REACH); k--) {
      if (isClauseBreak(view, k)) break;
      if (lowerAt(view, k) === ',') {
        start = k - 1;
        break;
      }
    }
  }
  const phrase = commonNounPhrase(context, start);
  if (phrase !== null) return phrase;
  for (let i = start; i >= Math.max(view.from, verb - REACH - 10); i--) {
    if (isClauseBreak(view, i)) break;
    if (inDate(context, i)) continue;
    const mention = mentionAt(context, i);
    if (mention && mention.kind !== 'pronoun') return { ref: refOf(mention), span: { start: mention.start, end: mention.end } };
    const word = lowerAt(view, i);
    if (PRONOUNS.has(word)) return pronounParticipant(context, i);
    if (isNameWordAt(view, i) && !isPartyLabel(view, i) && !isNotName(word)) {
      const [first, last] = nameRun(context, i, -1);
      return participantOfRun(context, first, last);
    }
  }
  return null;
}

/** Determiners that open a subject noun phrase ("that" is left out: it is more often a conjunction). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its']);

/** A determiner-led noun phrase ending at token `last` ("the committee", "his lawyers"), as an unnamed participant. */
function commonNounPhrase(context: ParticipantContext, last: number): Participant | null {
  const view = context.view;
  const surface = last >= view.from ? view.text.slice(view.tokens[last]!.start, view.tokens[last]!.end) : '';
  if (!/^[a-z]+$/.test(surface) || DETERMINERS.has(surface) || PRONOUNS.has(surface)) return null;
  for (let k = last - 1; k >= Math.max(view.from, last - 3); k--) {
    const word = lowerAt(view, k);
    if (DETERMINERS.has(word)) {
      const span = { start: view.tokens[k]!.start, end: view.tokens[last]!.end };
      return { ref: { entity: null, name: view.text.slice(span.start, span.end) }, span };
    }
    if (!/^[a-z-]+$/.test(view.text.slice(view.tokens[k]!.start, view.tokens[k]!.end)) || inDate(context, k)) return null;
  }
  return null;
}

/** Words the object search passes over on its way to a name: prepositions, articles, adverbs. */
const OBJECT_SKIPS = new Set(['with', 'to', 'on', 'at', 'for', 'from', 'by', 'in', 'into', 'against', 'about', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'of']);

/**
 * The object of the verb: a named participant right after it within the clause ("met with
 * ambassador Sergey Kislyak"); a common noun phrase in between ends the search, because the name
 * after it belongs to that phrase ("sponsored the reauthorization of the Death in Custody Act").
 */
export function findObject(context: ParticipantContext, after: number): Participant | null {
  const view = context.view;
  for (let i = after; i < Math.min(view.to, after + REACH); i++) {
    if (isClauseBreak(view, i) || lowerAt(view, i) === ',' || lowerAt(view, i) === '.') break;
    if (inDate(context, i)) continue;
    const word = lowerAt(view, i);
    const surface = view.text.slice(view.tokens[i]!.start, view.tokens[i]!.end);
    // A lower-case content word is the object's head unless a name follows it directly (a title: "ambassador Sergey Kislyak").
    if (/^[a-z]/.test(surface) && !OBJECT_SKIPS.has(word) && !isAdverb(word) && !isNameWordAt(view, i + 1)) break;
    const mention = mentionAt(context, i);
    if (mention && mention.kind !== 'pronoun') {
      let last = i;
      while (last + 1 < view.to && view.tokens[last + 1]!.start < mention.end) last++;
      return modifiesNoun(view, last) ? null : { ref: refOf(mention), span: { start: mention.start, end: mention.end } };
    }
    if (isNameWordAt(view, i) && !isPartyLabel(view, i) && !isNotName(lowerAt(view, i))) {
      const [first, last] = nameRun(context, i, 1);
      return modifiesNoun(view, last) ? null : participantOfRun(context, first, last);
    }
  }
  return null;
}

/** Words that may follow an object name without making it a modifier ("met Kislyak during the campaign"). */
const FOLLOWERS = new Set(['and', 'or', 'during', 'over', 'under', 'amid', 'among', 'between', 'through', 'without', 'within', 'as', 'than', 'last', 'this', 'next', 'twice', 'who', 'which']);

/** True when the token after a name is a lower-case noun the name modifies ("the only Senate race"). */
function modifiesNoun(view: SentenceTokens, last: number): boolean {
  const next = last + 1 < view.to ? view.text.slice(view.tokens[last + 1]!.start, view.tokens[last + 1]!.end) : '';
  if (last + 1 >= view.to || isClauseBreak(view, last + 1)) return false;
  return /^[a-z]/.test(next) && !OBJECT_SKIPS.has(next) && !FOLLOWERS.has(next) && !isAdverb(next) && !/(ed|ing)$/.test(next);
}
