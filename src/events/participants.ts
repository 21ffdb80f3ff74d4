/**
 * Find an event's participants around its verb: the subject to the left (an entity mention, a
 * capitalized name, or a pronoun resolved to the nearest person mentioned before it) and the first
 * named object to the right, both within the verb's clause.
 */
import type { EntityRef, Span } from '../types.js';
import { mentionsIn, refOf, type MentionEntry } from './mentions.js';
import { isClauseBreak, isNameWordAt, lowerAt, type SentenceTokens } from './sentence-view.js';

/** A participant: who it is and where the text names them. */
export interface Participant {
  ref: EntityRef;
  span: Span;
}

/** Everything participant search needs about the document. */
export interface ParticipantContext {
  view: SentenceTokens;
  mentions: readonly MentionEntry[];
  /** Spans of temporal expressions, never taken as names ("Thursday", "March"). */
  dateSpans: readonly Span[];
}

const REACH = 15;
const PRONOUNS = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them']);
/** Capitalized words that start sentences or name no one. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'on', 'in', 'at', 'by', 'for', 'but', 'and', 'or', 'as', 'after', 'before', 'while', 'when', 'earlier', 'later', 'also', 'this', 'that', 'it', 'i', 'we', 'you', 'democrats', 'republicans', 'democratic', 'republican']);

function inDate(context: ParticipantContext, i: number): boolean {
  const token = context.view.tokens[i]!;
  return context.dateSpans.some((span) => token.start < span.end && token.end > span.start);
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
  const ok = (k: number): boolean => isNameWordAt(view, k) && !inDate(context, k) && !isPartyLabel(view, k) && !NOT_NAMES.has(lowerAt(view, k));
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
    if (isNameWordAt(view, i) && !isPartyLabel(view, i) && !NOT_NAMES.has(word)) {
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

/** The object of the verb: the first named participant after it within the clause. */
export function findObject(context: ParticipantContext, after: number): Participant | null {
  const view = context.view;
  for (let i = after; i < Math.min(view.to, after + REACH); i++) {
    if (isClauseBreak(view, i) || lowerAt(view, i) === ',' || lowerAt(view, i) === '.') break;
    if (inDate(context, i)) continue;
    const mention = mentionAt(context, i);
    if (mention && mention.kind !== 'pronoun') return { ref: refOf(mention), span: { start: mention.start, end: mention.end } };
    if (isNameWordAt(view, i) && !isPartyLabel(view, i) && !NOT_NAMES.has(lowerAt(view, i))) {
      const [first, last] = nameRun(context, i, 1);
      return participantOfRun(context, first, last);
    }
  }
  return null;
}
