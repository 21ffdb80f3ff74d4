/**
 * Who a claim is about: a name run or a pronoun, resolved to an entity through mention offsets
 * when the entity stage ran, else to a surname key by a small same-or-previous-sentence rule.
 */
import { genderFromMentions } from '../sourcing/gender.js';
import { genderWords, outlets } from '../sourcing/lexicon.js';
import type { Entity } from '../types.js';
import { quoteContaining } from '../calls/attribution.js';
import { entityAt, entityWithin } from '../calls/entity-ref.js';
import { isPartyTag } from '../calls/noun-phrase.js';
import { groupWords, isClaimWord } from './lexicon.js';
import { isCapitalizedToken, isWord, tokenSpan, type SentenceView } from '../calls/sentence-view.js';
import type { WorkingDocument } from '../pipeline/document.js';

/** A person as claims refer to them: entity id when known, a display name, and a comparison key. */
export interface PersonKey {
  entity: string | null;
  name: string;
  /** The entity id, or the lower-case surname when there is no entity. */
  key: string;
}

const NAME_GLUE = new Set(['.', '-', "'"]);
const PREPOSITIONS = new Set(['about', 'with', 'of', 'from', 'for', 'by', 'on', 'in', 'at', 'between', 'and', 'or', 'against', 'into']);
/** Capitalized words that do not name a person: sentence openers, days and months. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'when', 'while', 'some', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'i', 'we', 'you',
  'there', 'here', 'what', 'why', 'how', 'who', 'if', 'as', 'for', 'so', 'then', 'now', 'his', 'her', 'our', 'their', 'my', 'your', 'its', 'no', 'yes', 'many',
  'senator', 'mr.', 'mrs.', 'ms.', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.',
  'democratic', 'republican', 'democrats', 'republicans', 'american', 'americans',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'with', 'of', 'from', 'to', 'about', 'between', 'against', 'and', 'or', '-']);
const PREVIOUS_SENTENCES = 3;

/** Whether a token lies inside the content of a direct quotation (names there are not the narrative's subjects). */
function insideDirectQuote(doc: WorkingDocument, span: { start: number; end: number }): boolean {
  return quoteContaining(doc, span, 'direct') !== undefined;
}

/** Whether a name run is a news outlet ("CNN reported"): pronouns for people never refer to it. */
function isOutletRun(view: SentenceView, run: { from: number; to: number }): boolean {
  return outlets().some((outlet) => outlet.words.length === run.to - run.from && outlet.words.every((word, k) => view.tokens[run.from + k]?.norm === word));
}

/** The capitalized name run ending at token `end` (inclusive), as [from, end+1), or null. */
export function nameRunEndingAt(text: string, view: SentenceView, end: number): { from: number; to: number } | null {
  const token = view.tokens[end];
  if (!token || !isCapitalizedToken(text, token) || !isWord(view.words[end] ?? '')) return null;
  let from = end;
  while (from > 0) {
    const previous = view.tokens[from - 1]!;
    const word = view.words[from - 1] ?? '';
    if ((isCapitalizedToken(text, previous) && isWord(word)) || (NAME_GLUE.has(word) && from - 2 >= 0 && isCapitalizedToken(text, view.tokens[from - 2]!))) from--;
    else break;
  }
  return { from, to: end + 1 };
}

/** A person key for a name run: the entity whose mention overlaps it, else its last word as surname. */
export function personFromRun(doc: WorkingDocument, view: SentenceView, run: { from: number; to: number }): PersonKey | null {
  const span = tokenSpan(view, run.from, run.to);
  const entity = entityWithin(doc, span);
  if (entity) return { entity: entity.id, name: entity.name, key: entity.id };
  const last = view.words[run.to - 1] ?? '';
  if (NOT_NAMES.has(last) || run.to - run.from === 0) return null;
  let from = run.from;
  while (from < run.to - 1 && NOT_NAMES.has(view.words[from] ?? '')) from++;
  return { entity: null, name: doc.text.slice(view.tokens[from]!.start, span.end), key: last.replace(/'s?$/, '') };
}

/**
 * Subject-like name runs in a sentence before token `limit`, outside quotations: runs followed by a
 * verb-ish word, a comma or a possessive, and not introduced by an article or preposition.
 */
function subjectRuns(doc: WorkingDocument, view: SentenceView, limit: number): Array<{ from: number; to: number }> {
  const runs: Array<{ from: number; to: number }> = [];
  for (let k = 0; k < limit; k++) {
    const run = nameRunEndingAt(doc.text, view, k);
    const next = view.tokens[k + 1];
    if (!run || (next && isCapitalizedToken(doc.text, next) && isWord(view.words[k + 1] ?? ''))) continue;
    const last = view.words[k] ?? '';
    if (NOT_NAMES.has(last) || groupWords().has(last) || insideDirectQuote(doc, view.tokens[k]!) || isPartyTag(view, run.from, run.to) || isOutletRun(view, run)) continue;
    // Skip role words back to what introduces the run: "with ambassador Sergey Kislyak" is an object.
    let before = run.from - 1;
    while (before >= 0 && isClaimWord(view.words[before] ?? '', 'role')) before--;
    if (before >= 0 && DETERMINERS.has(view.words[before] ?? '')) continue;
    const nextWord = view.words[k + 1] ?? '';
    if (nextWord === "'" || nextWord === "'s" || (isWord(nextWord) && !PREPOSITIONS.has(nextWord)) || nextWord === ',') runs.push(run);
  }
  return runs;
}

/** The last subject-like person named before token `limit` of a sentence (of the given gender when known), or null. */
export function lastSubjectBefore(doc: WorkingDocument, view: SentenceView, limit: number, gender?: 'female' | 'male', views?: readonly SentenceView[]): PersonKey | null {
  const runs = subjectRuns(doc, view, limit);
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r]!;
    if (gender && views) {
      const stated = genderFromMentions(doc.text, views, [tokenSpan(view, run.from, run.to)]);
      if (stated && stated.value !== gender) continue;
    }
    const person = personFromRun(doc, view, run);
    if (person) return person;
  }
  return null;
}

/** Resolve a third-person pronoun at token `at`: entity mention, else the last subject-like name in this or the previous sentences. */
export function resolvePronoun(doc: WorkingDocument, views: readonly SentenceView[], view: SentenceView, at: number): PersonKey | null {
  const token = view.tokens[at];
  if (!token) return null;
  const word = view.words[at] ?? '';
  const gender = word === 'she' || word === 'her' ? 'female' : word === 'he' || word === 'him' || word === 'his' ? 'male' : undefined;
  const entity = entityAt(doc, token);
  // An entity of the other stated gender ("he" resolved to "Sessions' spokeswoman") is not trusted.
  if (entity && !(gender && statedGender(entity) !== undefined && statedGender(entity) !== gender)) return { entity: entity.id, name: entity.name, key: entity.id };
  // An object pronoun never refers to its own clause's subject ("X implored her"): start one sentence back.
  const firstBack = word === 'him' || word === 'her' ? 1 : 0;
  for (let back = firstBack; back <= PREVIOUS_SENTENCES; back++) {
    const candidate = views[view.index - back];
    if (!candidate) break;
    const person = lastSubjectBefore(doc, candidate, back === 0 ? at : candidate.tokens.length, gender, views);
    if (person) return person;
  }
  return null;
}

/** The gender an entity's own record or name states ("spokeswoman", "Mr."), if any. */
function statedGender(entity: Entity): 'female' | 'male' | undefined {
  // The name's own role or honorific first: a gender inferred from (possibly misresolved) pronouns comes second.
  for (const word of `${entity.name} ${entity.description ?? ''}`.toLowerCase().split(/\s+/)) {
    const stated = genderWords().get(word);
    if (stated && stated.kind !== 'pronoun') return stated.gender;
  }
  return entity.gender?.basis === 'stated' ? entity.gender.value : undefined;
}

/** Whether two person keys name the same person (same entity, or same surname when either lacks one). */
export function samePerson(a: PersonKey, b: PersonKey): boolean {
  if (a.entity !== null && b.entity !== null) return a.entity === b.entity;
  const surname = (person: PersonKey): string => (person.entity === null ? person.key : (person.name.split(/\s+/).pop() ?? '').toLowerCase());
  return surname(a) !== '' && surname(a) === surname(b);
}
