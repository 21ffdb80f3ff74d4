/**
 * Gender of a person as the text states it: an honorific before a mention ("Ms. Tanden"), a role
 * noun naming them ("spokeswoman Jessica Ditto", "X, a congresswoman"), or a pronoun resolved to
 * them; failing those, a guess from a listed first name, marked basis 'guess'.
 */
import { isWord, spanTokens, type SentenceView } from '../calls/sentence-view.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { Entity, GenderEvidence, Span } from '../types.js';
import { genderWords, givenNames } from './lexicon.js';

const APPOSITIVE_REACH = 4;


/** Stated gender from the words around one mention: honorific or role noun before it, role noun in an appositive after it. */
export function genderAroundMention(views: readonly SentenceView[], mention: Span): GenderEvidence | undefined {
  const located = spanTokens(views, mention);
  if (!located) return undefined;
  const { view, first, last } = located;
  // Inside the mention and right before it: "Ms. Tanden", "spokeswoman Jessica Ditto" — but not after a
  // possessive ("Sessions' spokeswoman" names someone else).
  for (let k = Math.max(0, first - 1); k < last; k++) {
    const word = genderWords().get(view.words[k] ?? '');
    if (!word || word.kind === 'pronoun') continue;
    const previous = view.words[k - 1] ?? '';
    if (previous === "'s" || previous === "'") continue;
    const token = view.tokens[k]!;
    return { value: word.gender, basis: 'stated', evidence: { start: token.start, end: token.end } };
  }
  // "Jennifer Palmieri, a spokeswoman for …"
  if (view.words[last] === ',') {
    for (let k = last + 1; k < view.words.length && k <= last + APPOSITIVE_REACH; k++) {
      const text = view.words[k] ?? '';
      if (!isWord(text)) break;
      const word = genderWords().get(text);
      if (word && word.kind === 'role') {
        const token = view.tokens[k]!;
        return { value: word.gender, basis: 'stated', evidence: { start: token.start, end: token.end } };
      }
    }
  }
  return undefined;
}

/** Stated gender from a pronoun mention ("she said"). */
export function genderOfPronoun(text: string, mention: Span): GenderEvidence | undefined {
  const word = genderWords().get(text.slice(mention.start, mention.end).toLowerCase());
  return word && word.kind === 'pronoun' ? { value: word.gender, basis: 'stated', evidence: { start: mention.start, end: mention.end } } : undefined;
}

/** A guess from the first word of a name mention, when the given-name list knows it for one gender only. */
export function genderGuessFromName(text: string, mention: Span): GenderEvidence | undefined {
  // The first listed given name before the surname ("President Donald Trump" → Donald).
  const words = text.slice(mention.start, mention.end).split(/\s+/).slice(0, -1).filter((word) => /^[A-Z][a-z]+$/.test(word));
  const first = words.find((word) => givenNames().has(word));
  if (!first) return undefined;
  const gender = givenNames().get(first);
  if (gender !== 'female' && gender !== 'male') return undefined;
  const start = mention.start + text.slice(mention.start, mention.end).indexOf(first);
  return { value: gender, basis: 'guess', evidence: { start, end: start + first.length } };
}

/** Gender evidence over a set of mentions: stated evidence first (honorific, role, pronoun), else a first-name guess. */
export function genderFromMentions(text: string, views: readonly SentenceView[], mentions: ReadonlyArray<Span & { kind?: string }>): GenderEvidence | undefined {
  for (const mention of mentions) {
    const stated = mention.kind === 'pronoun' ? genderOfPronoun(text, mention) : genderAroundMention(views, mention);
    if (stated) return stated;
  }
  for (const mention of mentions) {
    if (mention.kind === 'pronoun') continue;
    const guess = genderGuessFromName(text, mention);
    if (guess) return guess;
  }
  return undefined;
}

/** Gender evidence for an entity, for the entity stage to set `Entity.gender`; entity.gender itself is returned when already set. */
export function genderEvidence(doc: WorkingDocument, views: readonly SentenceView[], entity: Entity): GenderEvidence | undefined {
  if (entity.gender) return entity.gender;
  if (entity.type !== 'person') return undefined;
  return genderFromMentions(doc.text, views, entity.mentions);
}
