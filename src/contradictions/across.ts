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
import { familyClashes, groupWords, predicateWords } from './lexicon.js';
import { lazy } from '../text/lexicon.js';
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

/**
 * A test for whether any run of letters in a text, in lower case, is a key of `words` (a cheap test
 * before segmenting): one case-insensitive pattern of the words between non-letters, which scans a
 * BBC article four times faster than looking every letter run up (same answer on all 2,225).
 */
function wordTest(words: ReadonlyMap<string, unknown>): RegExp {
  const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})(?!\\p{L})`, 'iu');
}
const groupWordTest = lazy(() => wordTest(groupWords()));
const predicateWordTest = lazy(() => wordTest(predicateWords()));

/** A person key comparable across articles: the lower-case last word of the name. */
function byName(person: PersonKey): PersonKey {
  const surname = (person.name.split(/\s+/).pop() ?? '').toLowerCase();
  return { entity: null, name: person.name, key: surname };
}

/**
 * A claim that can meet claims of other articles: a person's own denial (`statement`) or an affirmed
 * act (`fact`), its people keyed by surname, with the holder's entity id in its own article and the
 * claim's words. Plain data: the store keeps one row per corpus claim.
 */
export interface CorpusClaim {
  role: 'statement' | 'fact';
  claim: Claim;
  /** The holder's entity in the claim's own article (null when resolved by name only). */
  entity: string | null;
  text: string;
}

/**
 * The denials and affirmed acts of an analysis, ready to be paired with those of other articles.
 * `document` is the working document analyze() built for this analysis (analyzeDocument), if the
 * caller has it: its segmentation is reused instead of segmenting the text again.
 */
export function corpusClaims(analysis: Analysis, document?: WorkingDocument): CorpusClaim[] {
  // Most articles name no nationality or affiliation: no claim of theirs can pair, and segmenting them again would be wasted.
  if (!groupWordTest().test(analysis.text) || !predicateWordTest().test(analysis.text)) return [];
  const doc = document ?? documentOf(analysis);
  const views = sentenceViews(doc);
  const found: CorpusClaim[] = [];
  for (const claim of findClaims(doc, views, lazy(() => collectNameGroups(doc.text, views)))) {
    const keyed: Claim = { ...claim, holder: byName(claim.holder), speaker: claim.speaker ? byName(claim.speaker) : null };
    const role = isDenial(keyed) ? 'statement' : isAffirmedAct(keyed) ? 'fact' : null;
    if (role === null || keyed.holder.key === '') continue;
    found.push({ role, claim: keyed, entity: claim.holder.entity, text: analysis.text.slice(claim.span.start, claim.span.end) });
  }
  return found;
}

/** The confidence of a denial in one article against a fact in another, or null when they do not clash (other person, family or objects). */
export function pairAcross(statement: Claim, fact: Claim): number | null {
  if (statement.holder.key === '' || statement.holder.key !== fact.holder.key) return null;
  if (!familyClashes(fact.family, statement.family) || !fact.groups.some((group) => statement.groups.includes(group))) return null;
  const confidence = pairConfidence(statement, fact, false);
  return confidence < MIN_CONFIDENCE ? null : confidence;
}

/** The contradiction of a paired statement and fact from two articles. */
export function crossContradiction(
  statement: { claim: Claim; text: string; article: string | null },
  fact: { claim: Claim; text: string; article: string | null },
  confidence: number,
): CrossContradiction {
  const name = statement.claim.holder.name;
  return {
    person: { entity: null, name },
    statement: { ...statement.claim.span, text: statement.text },
    conflictsWith: { ...fact.claim.span, text: fact.text },
    confidence,
    explanation: `${name} denied this in one article ("${statement.text}"), while another reports "${fact.text}".`,
    source: 'rule:contradiction/across-articles',
    statementArticle: statement.article,
    conflictArticle: fact.article,
  };
}

/** Pair denials in `a` with facts in `b` and denials in `b` with facts in `a`, for people named alike. */
export function contradictionsAcross(a: Analysis, b: Analysis): CrossContradiction[] {
  const results: CrossContradiction[] = [];
  const claimsA = corpusClaims(a);
  const claimsB = corpusClaims(b);
  const sides: Array<[Analysis, CorpusClaim[], Analysis, CorpusClaim[]]> = [[a, claimsA, b, claimsB], [b, claimsB, a, claimsA]];
  for (const [statementSide, statements, factSide, facts] of sides) {
    for (const statement of statements.filter((claim) => claim.role === 'statement')) {
      for (const fact of facts.filter((claim) => claim.role === 'fact')) {
        const confidence = pairAcross(statement.claim, fact.claim);
        if (confidence === null) continue;
        results.push(crossContradiction(
          { claim: statement.claim, text: statement.text, article: statementSide.id ?? null },
          { claim: fact.claim, text: fact.text, article: factSide.id ?? null }, confidence));
        break;
      }
    }
  }
  return results;
}
