/**
 * Claims: an act from a predicate family ("meet", "contact") with who did it, whether it is
 * affirmed or denied, who asserts it, and which groups its object belongs to. Statements (a
 * person's own denial) and facts (an affirmed act) are both claims; `pair.ts` sets them against
 * each other.
 */
import { quoteContaining, speechSubject } from '../calls/attribution.js';
import { entityAt } from '../calls/entity-ref.js';
import { isCapitalizedToken, isQuoteMark, isWord, tokenSpan, viewAt, type SentenceView, tokenIndexFrom } from '../calls/sentence-view.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { Span } from '../types.js';
import { groupWords, isClaimWord, predicateWords } from './lexicon.js';
import type { NameGroups } from './name-groups.js';
import { lastSubjectBefore, nameRunEndingAt, personFromRun, resolvePronoun, type PersonKey } from './people.js';

/** One act as the text asserts or denies it. */
export interface Claim {
  sentence: number;
  family: string;
  negated: boolean;
  /** Who did (or did not do) the act. */
  holder: PersonKey;
  /** Who asserts the claim; null when the article states it in its own voice. */
  speaker: PersonKey | null;
  /** True inside a direct quotation's content. */
  quoted: boolean;
  /** From the holder to the end of the object. */
  span: Span;
  /** The act's object as written (may be empty). */
  objectText: string;
  groups: string[];
  hedged: boolean;
  confirmed: boolean;
  /** A denial narrowed to a purpose or topic ("to discuss any political campaign"). */
  qualified: boolean;
}

const CLAUSE_BREAK = new Set([',', ';', ':', '.', '(', ')', '--', '?', '!']);
const HEDGES = new Set(['reportedly', 'allegedly', 'purportedly', 'apparently']);
const OBJECT_REACH = 10;
const NEGATION_REACH = 6;
const DENIAL_REACH = 10;
const FIRST_PERSON = new Set(['i']);
const THIRD_PERSON = new Set(['he', 'she', 'him', 'her']);
const SPEECH_OR_DENIAL = new Set(['saying', 'said', 'says', 'denying', 'denied', 'denies', 'told', 'testified', 'insisted']);

/** A person key for an entity id, named as the entity stage names it. */
function entityPerson(doc: WorkingDocument, id: string, fallbackName: string | null): PersonKey {
  return { entity: id, name: doc.entities.find((entity) => entity.id === id)?.name ?? fallbackName ?? id, key: id };
}

/** Index of the last token of a view that ends at or before `end`. */
function lastTokenBefore(view: SentenceView, end: number): number {
  const after = tokenIndexFrom(view, end);
  return (after < 0 ? view.tokens.length : after) - 1;
}

function holderIndex(view: SentenceView, predicate: number): number {
  let k = predicate - 1;
  while (k >= 0 && isClaimWord(view.words[k] ?? '', 'holder-skip')) k--;
  return k;
}

function isNegated(view: SentenceView, predicate: number): boolean {
  let negated = false;
  for (let k = predicate - 1; k >= 0 && k >= predicate - DENIAL_REACH; k--) {
    const word = view.words[k] ?? '';
    if (word === '.' || word === ';' || isQuoteMark(word)) break;
    if (k >= predicate - NEGATION_REACH && isClaimWord(word, 'negation') && !CLAUSE_BREAK.has(view.words[k + 1] ?? '')) negated = !negated;
    if (isClaimWord(word, 'denial')) {
      negated = !negated;
      break;
    }
    if (word === ',') break;
  }
  return negated;
}

function isHypothetical(view: SentenceView, predicate: number): boolean {
  let k = predicate - 1;
  while (k >= 0 && ['not', "n't", 'never', 'ever', 'have', 'also'].includes(view.words[k] ?? '')) k--;
  return isClaimWord(view.words[k] ?? '', 'hedge-modal');
}

/** The person a holder token names: a name run, "I" (the quotation's speaker), or a resolved pronoun. */
function resolveHolder(doc: WorkingDocument, views: readonly SentenceView[], view: SentenceView, at: number): PersonKey | null {
  const word = view.words[at] ?? '';
  if (FIRST_PERSON.has(word)) {
    const token = view.tokens[at]!;
    const quote = quoteContaining(doc, token);
    if (quote) {
      if (quote.speaker.entity !== null) return entityPerson(doc, quote.speaker.entity, quote.speaker.name);
      const mention = quote.speaker.mention;
      if (mention) {
        const entity = entityAt(doc, mention);
        if (entity) return { entity: entity.id, name: entity.name, key: entity.id };
        const speakerView = viewAt(views, mention.start);
        if (speakerView) return resolveAt(doc, views, speakerView, lastTokenBefore(speakerView, mention.end));
      }
    }
    // No quotation data: '"I did not …," he said' — the subject of the sentence's speech verb.
    const subject = speechSubject(doc.text, view, 0, at + 1);
    return subject ? resolveAt(doc, views, view, subject.to - 1) : null;
  }
  return resolveAt(doc, views, view, at);
}

function resolveAt(doc: WorkingDocument, views: readonly SentenceView[], view: SentenceView, at: number): PersonKey | null {
  const word = view.words[at] ?? '';
  if (THIRD_PERSON.has(word)) return resolvePronoun(doc, views, view, at);
  const run = nameRunEndingAt(doc.text, view, at);
  return run ? personFromRun(doc, view, run) : null;
}

function objectOf(doc: WorkingDocument, view: SentenceView, predicate: number, nameGroups: () => NameGroups): { to: number; groups: string[]; qualified: boolean } {
  const groups = new Set<string>();
  let qualified = false;
  let k = predicate + 1;
  for (; k < view.words.length && k <= predicate + OBJECT_REACH; k++) {
    const word = view.words[k] ?? '';
    if (CLAUSE_BREAK.has(word) || isQuoteMark(word) || word === 'but' || word === 'despite' || word === 'while') break;
    if (isClaimWord(word, 'qualifier')) qualified = true;
    const group = groupWords().get(word);
    if (group) groups.add(group);
    if (isCapitalizedToken(doc.text, view.tokens[k]!)) for (const tied of nameGroups().get(word) ?? []) groups.add(tied);
  }
  return { to: k, groups: [...groups], qualified };
}

function speakerOf(doc: WorkingDocument, views: readonly SentenceView[], view: SentenceView, holderAt: number): PersonKey | null {
  const token = view.tokens[holderAt]!;
  const quote = quoteContaining(doc, token);
  const firstPerson = FIRST_PERSON.has(view.words[holderAt] ?? '');
  const quoted = quote ? quoteSpeaker(doc, views, quote.speaker.entity, quote.speaker.name, quote.speaker.mention) : null;
  if (quoted) return quoted;
  // "I …" outside any known quotation: the person speaks of themself.
  if (firstPerson) return resolveHolder(doc, views, view, holderAt);
  const subject = speechSubject(doc.text, view, holderAt, view.words.length);
  if (subject && subject.to <= holderAt) return resolveAt(doc, views, view, subject.to - 1);
  // "… despite saying he had not met …": the speech verb has no subject of its own; the sentence's does.
  for (let k = holderAt - 1; k >= 0; k--) {
    if (SPEECH_OR_DENIAL.has(view.words[k] ?? '')) return lastSubjectBefore(doc, view, k);
  }
  return null;
}

function quoteSpeaker(doc: WorkingDocument, views: readonly SentenceView[], entity: string | null, name: string | null, mention: Span | null): PersonKey | null {
  if (entity !== null) return entityPerson(doc, entity, name);
  if (!mention) return null;
  const speakerView = viewAt(views, mention.start);
  if (!speakerView) return null;
  return resolveAt(doc, views, speakerView, lastTokenBefore(speakerView, mention.end));
}

/**
 * Find every claim in a document. `nameGroups` is called only when a claim's object is read, so an
 * article without claims (most of them) never scans its names for groups.
 */
export function findClaims(doc: WorkingDocument, views: readonly SentenceView[], nameGroups: () => NameGroups): Claim[] {
  const claims: Claim[] = [];
  for (const view of views) {
    for (let i = 0; i < view.words.length; i++) {
      const predicate = predicateWords().get(view.words[i] ?? '');
      if (!predicate) continue;
      if (isHypothetical(view, i)) continue;
      const at = holderIndex(view, i);
      if (at < 0) continue;
      // A noun act needs a possessive "have": "had any contact", "have communications".
      if (predicate.part === 'noun' && !view.words.slice(Math.max(0, i - 4), i).some((w) => w === 'had' || w === 'have' || w === 'has')) continue;
      const holderWord = view.words[at] ?? '';
      if (!isWord(holderWord) || (!FIRST_PERSON.has(holderWord) && !THIRD_PERSON.has(holderWord) && !isCapitalizedToken(doc.text, view.tokens[at]!))) continue;
      const holder = resolveHolder(doc, views, view, at);
      if (!holder) continue;
      const object = objectOf(doc, view, i, nameGroups);
      const span = tokenSpan(view, at, Math.max(object.to, i + 1));
      const clause = view.words.slice(Math.max(0, at - 3), i);
      claims.push({
        sentence: view.index,
        family: predicate.family,
        negated: isNegated(view, i),
        holder,
        speaker: speakerOf(doc, views, view, at),
        quoted: quoteContaining(doc, view.tokens[i]!) !== undefined || FIRST_PERSON.has(holderWord),
        span,
        objectText: doc.text.slice(view.tokens[i]!.end, span.end).trim(),
        groups: object.groups,
        hedged: clause.some((w) => HEDGES.has(w)),
        confirmed: view.words.slice(0, at).some((w) => isClaimWord(w, 'confirm')),
        qualified: object.qualified,
      });
    }
  }
  return claims;
}
