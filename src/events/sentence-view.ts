/** A sentence's tokens with the lookups event extraction needs: clause limits, verbs, names. */
import { isCapitalized } from '../text/chars.js';
import { tenseCues } from '../dates/lexicon.js';
import type { Token } from '../types.js';
import { excludedVerbs } from './lexicon.js';

/** Token range of one sentence (document token indices, `to` exclusive). */
export interface SentenceTokens {
  text: string;
  tokens: readonly Token[];
  from: number;
  to: number;
}

const CLAUSE_BREAKS = new Set([';', ':', '\u2014', '\u2013', '--', '"', '\u201c', '\u201d', '(', ')']);
/** Words that open a new clause; an event's subject and object do not cross them. */
const CLAUSE_OPENERS = new Set(['despite', 'although', 'though', 'while', 'whereas', 'because', 'but', 'after', 'before', 'since', 'until', 'when', 'if', 'unless', 'that', 'which', 'who']);
const MODALS = new Set(['will', "'ll", 'shall', 'would', 'could', 'may', 'might', 'must', 'should', 'to']);
const PARTICLES = new Set(['up', 'out', 'back', 'down', 'off', 'away']);

/** The lower-case lookup form of token i. */
export function lowerAt(view: SentenceTokens, i: number): string {
  return i >= view.from && i < view.to ? view.tokens[i]!.norm.toLowerCase() : '';
}

/** True when token i ends or opens a clause. */
export function isClauseBreak(view: SentenceTokens, i: number): boolean {
  const word = lowerAt(view, i);
  return CLAUSE_BREAKS.has(word) || CLAUSE_OPENERS.has(word);
}

/** True when token i is a verb: tagged VERB when tags exist, else a past form, or a bare form after a modal ("will meet"). */
export function isVerbAt(view: SentenceTokens, i: number): boolean {
  const token = view.tokens[i];
  if (token === undefined || i < view.from || i >= view.to) return false;
  const word = token.norm.toLowerCase();
  if (excludedVerbs().has(word)) return false;
  if (token.upos !== undefined) return token.upos === 'VERB';
  if (!/^[a-z]+$/.test(token.norm)) return false;
  if (isAdverb(word)) return false;
  if (word.length > 3 && word.endsWith('ed')) return true;
  if (tenseCues().get(word) === 'past' && word !== 'last' && word !== 'ago') return true;
  // A bare form after a modal, possibly across adverbs: "will meet", "would probably host".
  let k = i - 1;
  while (k >= view.from && k >= i - 3 && isAdverb(lowerAt(view, k))) k--;
  return MODALS.has(lowerAt(view, k)) && lowerAt(view, k) !== 'to' && word.length > 2;
}

/** Adverbs that sit between a modal and its verb or after a verb ("would probably", "met twice"). */
const ADVERBS = new Set(['again', 'also', 'not', 'never', 'still', 'only', 'just', 'ever', 'already', 'then', 'soon', 'now', 'twice', 'once', 'even', 'all', 'both', 'likely', 'reportedly', 'n\'t', 'be', 'have', 'not']);

/** True for an adverb-like word that is never an event's verb. */
export function isAdverb(word: string): boolean {
  return ADVERBS.has(word) || (word.length > 3 && word.endsWith('ly'));
}

/** The end (exclusive) of a verb's action span: the verb plus a particle ("pushed back", "found out"). */
export function actionEnd(view: SentenceTokens, verb: number): number {
  return PARTICLES.has(lowerAt(view, verb + 1)) ? verb + 2 : verb + 1;
}

/** True when token i starts with a capital letter and is a word. */
export function isNameWordAt(view: SentenceTokens, i: number): boolean {
  const token = view.tokens[i];
  if (token === undefined || i < view.from || i >= view.to) return false;
  const surface = view.text.slice(token.start, token.end);
  return /^[A-Za-z]/.test(surface) && isCapitalized(surface);
}
