/** Contradictions inside one article: claims found, then denials paired with facts. */
import { sentenceViews } from '../calls/sentence-view.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { Contradiction } from '../types.js';
import { findClaims } from './claims.js';
import { collectNameGroups } from './name-groups.js';
import { pairClaims } from './pair.js';

/** Find statements that clash with reported facts in a segmented document. */
export function extractContradictions(doc: WorkingDocument): Contradiction[] {
  const views = sentenceViews(doc);
  const claims = findClaims(doc, views, collectNameGroups(doc.text, views));
  return pairClaims(doc.text, claims, doc.dates, (index) => doc.sentences[index] ?? { start: 0, end: 0 });
}
