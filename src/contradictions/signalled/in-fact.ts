/** 'He's claiming that voting fraud is "a big problem" … Voting fraud is, in fact, very rare.': a fact-check on the same subject. */
import { quoteContaining, speakerRef, speechSubject } from '../../calls/attribution.js';
import { entityRefFor } from '../../calls/entity-ref.js';
import { subjectBefore } from '../../calls/noun-phrase.js';
import { isWord, tokenSpan, type SentenceView } from '../../calls/sentence-view.js';
import { resolvePronoun } from '../people.js';
import type { WorkingDocument } from '../../pipeline/document.js';
import type { Contradiction, EntityRef } from '../../types.js';

const LOOK_BACK = 3;
const MIN_SHARED = 2;
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'is', 'are', 'was', 'were', 'and', 'to', 'that', 'it', 'this', 'for', 'on', 'with', 'has', 'have', 'been', 'be', 'by', 'as', 'at', 'fact']);
const CLAIM_VERBS = new Set(['claiming', 'claimed', 'claims', 'says', 'said', 'saying', 'insists', 'insisted', 'argues', 'argued', 'contends', 'asserted', 'asserts', 'suggests', 'suggested']);

function contentWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((word) => isWord(word) && word.length > 2 && !STOP.has(word)));
}

const BE = new Set(['is', 'are', 'was', 'were', 'has', 'have']);

function sameSentence(doc: WorkingDocument, view: SentenceView, inAt: number): Contradiction[] {
  const claimVerb = view.words.slice(0, inAt).findIndex((word) => CLAIM_VERBS.has(word));
  if (claimVerb < 0) return [];
  const quote = doc.quotes.find((q) => q.content.start >= view.start && q.content.end <= view.tokens[inAt]!.start);
  const subjectRange = speechSubject(doc.text, view, claimVerb + 1, inAt);
  const person: EntityRef | null = quote ? speakerRef(quote) : subjectRange ? entityRefFor(doc, tokenSpan(view, subjectRange.from, subjectRange.to)) : null;
  if (!person || person.name === null) return [];
  const statement = tokenSpan(view, 0, inAt - 1);
  const fact = tokenSpan(view, inAt, view.tokens.length);
  return [{
    person,
    statement: { ...statement, text: doc.text.slice(statement.start, statement.end) },
    conflictsWith: { ...fact, text: doc.text.slice(fact.start, fact.end) },
    confidence: 0.75,
    explanation: `The article follows ${person.name}'s statement with "but in fact", stating otherwise.`,
    source: 'rule:contradiction/in-fact',
  }];
}

/** Find "X is, in fact, Y" and pair it with a recent claim about X by a named speaker. */
export function findInFact(doc: WorkingDocument, views: readonly SentenceView[], view: SentenceView): Contradiction[] {
  const words = view.words;
  const inAt = words.findIndex((word, k) => word === 'in' && words[k + 1] === 'fact');
  if (inAt < 1) return [];
  // "… said: "…," but in fact …": the claim and its correction share the sentence.
  if (words[inAt - 1] === 'but') return sameSentence(doc, view, inAt);
  // "X is, in fact, Y": the verb sits right before "in fact" (a comma may intervene); X is its clause's subject.
  const be = words[inAt - 1] === ',' ? inAt - 2 : inAt - 1;
  if (!BE.has(words[be] ?? '')) return [];
  let clauseStart = be - 1;
  while (clauseStart > 0 && isWord(words[clauseStart - 1] ?? '') && words[clauseStart - 1] !== 'but' && words[clauseStart - 1] !== 'that') clauseStart--;
  const subject = contentWords(words.slice(clauseStart, be));
  if (subject.size < MIN_SHARED) return [];
  for (let back = 1; back <= LOOK_BACK; back++) {
    const earlier = views[view.index - back];
    if (!earlier) break;
    const claimVerb = earlier.words.findIndex((word) => CLAIM_VERBS.has(word));
    if (claimVerb < 0) continue;
    const claimed = contentWords(earlier.words.slice(claimVerb + 1));
    let shared = 0;
    for (const word of subject) if (claimed.has(word)) shared++;
    if (shared < Math.min(MIN_SHARED, subject.size)) continue;
    const quote = quoteContaining(doc, earlier.tokens[claimVerb + 1] ?? earlier.tokens[claimVerb]!);
    const subjectRange = subjectBefore(doc.text, earlier, claimVerb) ?? speechSubject(doc.text, earlier, claimVerb + 1, earlier.words.length);
    let person: EntityRef | null = quote ? speakerRef(quote) : null;
    if (!person && subjectRange) {
      const lone = subjectRange.to - subjectRange.from === 1 ? resolvePronoun(doc, views, earlier, subjectRange.from) : null;
      person = lone ? { entity: lone.entity, name: lone.name } : entityRefFor(doc, tokenSpan(earlier, subjectRange.from, subjectRange.to));
    }
    if (!person || person.name === null) continue;
    return [{
      person,
      statement: { start: earlier.start, end: earlier.end, text: doc.text.slice(earlier.start, earlier.end) },
      conflictsWith: { start: view.start, end: view.end, text: doc.text.slice(view.start, view.end) },
      confidence: 0.7,
      explanation: `${person.name} claims something about ${[...subject].slice(0, 3).join(' ')} that the article, "in fact", says is otherwise.`,
      source: 'rule:contradiction/in-fact',
    }];
  }
  return [];
}
