/** Contradictions inside one article: denials paired with conflicting facts, then contradictions the article itself signals. */
import { sentenceViews } from '../calls/sentence-view.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { Contradiction } from '../types.js';
import { findClaims } from './claims.js';
import { lazy } from '../text/lexicon.js';
import { collectNameGroups } from './name-groups.js';
import { pairClaims } from './pair.js';
import { findContradictingClause } from './signalled/contradicting-clause.js';
import { findInFact } from './signalled/in-fact.js';
import { findVerdictSentence } from './signalled/verdict-sentence.js';
import { overlaps } from '../calls/candidate.js';

/** Find statements that clash with reported facts in a segmented document. */
export function extractContradictions(doc: WorkingDocument): Contradiction[] {
  const views = sentenceViews(doc);
  const claims = findClaims(doc, views, lazy(() => collectNameGroups(doc.text, views)));
  const found = pairClaims(doc.text, claims, doc.dates, (index) => doc.sentences[index] ?? { start: 0, end: 0 });
  // Contradictions the article signals itself; a pair already found from claims is not repeated.
  for (const view of views) {
    for (const signalled of [...findContradictingClause(doc, view), ...findVerdictSentence(doc, views, view), ...findInFact(doc, views, view)]) {
      if (!found.some((c) => overlaps(c.statement, signalled.statement) && overlaps(c.conflictsWith, signalled.conflictsWith))) found.push(signalled);
    }
  }
  return found;
}
