/** "Video shows X, contradicting Tulsa police's earlier claim that Y": the article itself sets a fact against a claim. */
import { isCapitalizedToken, isWord, tokenSpan, type SentenceView } from '../../calls/sentence-view.js';
import type { WorkingDocument } from '../../pipeline/document.js';
import type { Contradiction } from '../../types.js';
import { isClaimWord } from '../lexicon.js';
import { nameRunEndingAt, personFromRun } from '../people.js';

const POSSESSOR_REACH = 4;

/** Find "…, contradicting X's claim that …" in one sentence. */
export function findContradictingClause(doc: WorkingDocument, view: SentenceView): Contradiction[] {
  const found: Contradiction[] = [];
  for (let i = 2; i < view.words.length; i++) {
    // The comma test first: it is cheaper and rarely passes.
    if (view.words[i - 1] !== ',' || !isClaimWord(view.words[i] ?? '', 'contradict-cue')) continue;
    // The owner of the claim: "Tulsa police's earlier claim" — a name run before 's within a few words.
    let possessive = -1;
    let noun = -1;
    for (let k = i + 1; k < view.words.length && k <= i + POSSESSOR_REACH + 2; k++) {
      const word = view.words[k] ?? '';
      if ((word === "'s" || word === "'") && possessive < 0) possessive = k;
      if (isClaimWord(word, 'claim-noun')) {
        noun = k;
        break;
      }
    }
    if (possessive < 0 || noun < 0 || view.words[noun + 1] !== 'that') continue;
    let nameEnd = possessive - 1;
    while (nameEnd > i && !isCapitalizedToken(doc.text, view.tokens[nameEnd]!) && isWord(view.words[nameEnd] ?? '')) nameEnd--;
    const run = nameRunEndingAt(doc.text, view, nameEnd);
    if (!run || run.from <= i) continue;
    const person = personFromRun(doc, view, { from: run.from, to: possessive });
    if (!person) continue;
    let end = noun + 2;
    while (end < view.words.length && view.words[end] !== '.' && view.words[end] !== ';') end++;
    const statement = tokenSpan(view, run.from, end);
    const fact = tokenSpan(view, 0, i - 1);
    found.push({
      person: { entity: person.entity, name: person.name },
      statement: { ...statement, text: doc.text.slice(statement.start, statement.end) },
      conflictsWith: { ...fact, text: doc.text.slice(fact.start, fact.end) },
      confidence: 0.8,
      explanation: `The article states that ${doc.text.slice(fact.start, fact.end).replace(/\s+/g, ' ')}, contradicting ${person.name}'s claim.`,
      source: 'rule:contradiction/contradicting-clause',
    });
  }
  return found;
}
