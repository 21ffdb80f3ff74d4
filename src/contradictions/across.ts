/**
 * Contradictions across two articles: a person's denial in one set against an affirmed act by the
 * same person (matched by name, since entity ids are per article) in the other. For the corpus
 * store; the rules are the in-article ones (`pair.ts`), without the same-text date check.
 */
import { sentenceViews } from '../calls/sentence-view.js';
import { createDocument, type WorkingDocument } from '../pipeline/document.js';
import { segment } from '../text/segment.js';
import type { Analysis, Contradiction } from '../types.js';
import { findClaims, type Claim } from './claims.js';
import { familyClashes } from './lexicon.js';
import { collectNameGroups } from './name-groups.js';
import { isAffirmedAct, isDenial, pairConfidence, MIN_CONFIDENCE } from './pair.js';
import type { PersonKey } from './people.js';

/** A contradiction whose statement and conflicting fact come from two different articles. */
export interface CrossContradiction extends Contradiction {
  /** Id of the article holding `statement` (null when the analysis has none). */
  statementArticle: string | null;
  /** Id of the article holding `conflictsWith`. */
  conflictArticle: string | null;
}

/** Rebuild a working document from a stored analysis (tokens re-derived when the analysis omits them). */
function documentOf(analysis: Analysis): WorkingDocument {
  const doc = createDocument(analysis.text, { ...(analysis.id !== undefined ? { id: analysis.id } : {}), ...(analysis.date !== undefined ? { date: analysis.date } : {}) });
  const segmentation = segment(analysis.text);
  doc.paragraphs = segmentation.paragraphs;
  doc.sentences = segmentation.sentences;
  doc.tokens = segmentation.tokens;
  doc.quotes = analysis.quotes;
  doc.entities = analysis.entities;
  doc.dates = analysis.dates;
  return doc;
}

/** A person key comparable across articles: the lower-case last word of the name. */
function byName(person: PersonKey): PersonKey {
  const surname = (person.name.split(/\s+/).pop() ?? '').toLowerCase();
  return { entity: null, name: person.name, key: surname };
}

function claimsOf(analysis: Analysis): Claim[] {
  const doc = documentOf(analysis);
  const views = sentenceViews(doc);
  return findClaims(doc, views, collectNameGroups(doc.text, views)).map((claim) => ({
    ...claim,
    holder: byName(claim.holder),
    speaker: claim.speaker ? byName(claim.speaker) : null,
  }));
}

/** Pair denials in `a` with facts in `b` and denials in `b` with facts in `a`, for people named alike. */
export function contradictionsAcross(a: Analysis, b: Analysis): CrossContradiction[] {
  const results: CrossContradiction[] = [];
  const sides: Array<[Analysis, Claim[], Analysis, Claim[]]> = [];
  const claimsA = claimsOf(a);
  const claimsB = claimsOf(b);
  sides.push([a, claimsA, b, claimsB], [b, claimsB, a, claimsA]);
  for (const [statementSide, statements, factSide, facts] of sides) {
    for (const statement of statements.filter(isDenial)) {
      for (const fact of facts.filter(isAffirmedAct)) {
        if (statement.holder.key === '' || statement.holder.key !== fact.holder.key) continue;
        if (!familyClashes(fact.family, statement.family) || !fact.groups.some((group) => statement.groups.includes(group))) continue;
        const confidence = pairConfidence(statement, fact, false);
        if (confidence < MIN_CONFIDENCE) continue;
        results.push({
          person: { entity: null, name: statement.holder.name },
          statement: { ...statement.span, text: statementSide.text.slice(statement.span.start, statement.span.end) },
          conflictsWith: { ...fact.span, text: factSide.text.slice(fact.span.start, fact.span.end) },
          confidence,
          explanation: `${statement.holder.name} denied this in one article ("${statementSide.text.slice(statement.span.start, statement.span.end)}"), while another reports "${factSide.text.slice(fact.span.start, fact.span.end)}".`,
          source: 'rule:contradiction/across-articles',
          statementArticle: statementSide.id ?? null,
          conflictArticle: factSide.id ?? null,
        });
        break;
      }
    }
  }
  return results;
}
