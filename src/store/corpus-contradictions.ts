/**
 * Contradictions across the corpus, found when an article is saved: its denials are set against
 * the stored affirmed acts of other articles, and its affirmed acts against their stored denials
 * (the rules of contradictions/across.ts). Claims meet on the holder's surname through an index,
 * and each claim looks at a bounded number of stored claims, so saving stays cheap; most articles
 * have no claim at all and cost no query.
 */
import type { Claim } from '../contradictions/claims.js';
import { crossContradiction, pairAcross } from '../contradictions/across.js';
import type { ClaimRow } from './article-rows.js';
import type { SqlExecutor, SqlRow, SqlValue } from './database.js';
import { toNumber, toText } from './database.js';

/** How many stored claims of the other side one new claim is compared with (the newest articles' first). */
const STORED_CLAIMS_PER_CLAIM = 50;

/** A claim with its article and corpus person, as pairing needs it. */
interface StoredClaim {
  articleId: string;
  personId: string | null;
  claim: Claim;
  text: string;
}

/** The claim rows of an article as saved, with their corpus people. */
export interface SavedClaim extends ClaimRow {
  personId: string | null;
}

function claimOf(row: { role: string; name: string; nameKey: string; family: string; groups: string[]; quoted: boolean; confirmed: boolean; hedged: boolean; speakerName: string | null; speakerKey: string | null; start: number; end: number }): Claim {
  const holder = { entity: null, name: row.name, key: row.nameKey };
  return {
    sentence: 0, family: row.family, negated: row.role === 'statement', holder,
    speaker: row.speakerKey !== null ? { entity: null, name: row.speakerName ?? row.speakerKey, key: row.speakerKey } : null,
    quoted: row.quoted, span: { start: row.start, end: row.end }, objectText: '', groups: row.groups, hedged: row.hedged, confirmed: row.confirmed, qualified: false,
  };
}

function storedClaim(row: SqlRow): StoredClaim {
  const speakerKey = toText(row.speaker_key);
  return {
    articleId: String(row.article_id), personId: toText(row.person_id), text: String(row.text),
    claim: claimOf({
      role: String(row.role), name: String(row.name), nameKey: String(row.name_key), family: String(row.family),
      groups: String(row.groups_text).split(' ').filter(Boolean), quoted: toNumber(row.quoted) === 1, confirmed: toNumber(row.confirmed) === 1,
      hedged: toNumber(row.hedged) === 1, speakerName: toText(row.speaker_name), speakerKey, start: toNumber(row.start_offset), end: toNumber(row.end_offset),
    }),
  };
}

/** Two claims are about different corpus people when both are linked and the links differ (a shared surname is not enough then). */
function differentPeople(a: StoredClaim, b: StoredClaim): boolean {
  return a.personId !== null && b.personId !== null && a.personId !== b.personId;
}

async function storedOpposites(tx: SqlExecutor, claim: SavedClaim, articleId: string): Promise<StoredClaim[]> {
  const role = claim.role === 'statement' ? 'fact' : 'statement';
  const rows = await tx.all(
    `SELECT c.article_id, c.role, c.person_id, c.name, c.name_key, c.family, c.groups_text, c.quoted, c.confirmed, c.hedged, c.speaker_name, c.speaker_key,
       c.start_offset, c.end_offset, c.text
     FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.name_key = ? AND c.role = ? AND c.article_id <> ?
     ORDER BY a.date DESC NULLS LAST, c.article_id, c.start_offset LIMIT ?`,
    [claim.nameKey, role, articleId, STORED_CLAIMS_PER_CLAIM]);
  return rows.map(storedClaim);
}

/** One contradiction row (scope corpus) for a statement of one article and a fact of another. */
function contradictionValues(statement: StoredClaim, fact: StoredClaim, confidence: number): SqlValue[] {
  const found = crossContradiction(
    { claim: statement.claim, text: statement.text, article: statement.articleId },
    { claim: fact.claim, text: fact.text, article: fact.articleId }, confidence);
  const id = `${statement.articleId}#${statement.claim.span.start}~${fact.articleId}#${fact.claim.span.start}`;
  return [id, 'corpus', statement.articleId, statement.personId, found.person.name ?? statement.claim.holder.name,
    found.statement.start, found.statement.end, found.statement.text, fact.articleId, found.conflictsWith.start, found.conflictsWith.end, found.conflictsWith.text,
    null, null, confidence, found.explanation, found.source];
}

/** The insert of contradiction rows; `values` from contradictionValues or the article's own contradictions. */
export const CONTRADICTION_INSERT = `INSERT INTO contradictions (contradiction_id, scope, article_id, person_id, person_name, statement_start, statement_end, statement_text,
  conflict_article_id, conflict_start, conflict_end, conflict_text, statement_date, fact_date, confidence, explanation, source)`;

/**
 * Pair a newly saved article's claims with the stored claims of other articles: each of its denials
 * with the first matching fact of each other article, each stored denial with its first matching
 * fact. Returns the contradiction rows to insert.
 */
export async function corpusContradictions(tx: SqlExecutor, articleId: string, claims: readonly SavedClaim[]): Promise<SqlValue[][]> {
  const rows: SqlValue[][] = [];
  const own: StoredClaim[] = claims.map((row) => ({ articleId, personId: row.personId, claim: claimOf(row), text: row.text }));
  const ownFacts = own.filter((_claim, index) => claims[index]?.role === 'fact');
  const askedStatements = new Set<string>();
  for (const [index, claim] of claims.entries()) {
    const mine = own[index];
    if (!mine) continue;
    if (claim.role === 'statement') {
      const paired = new Set<string>();
      for (const fact of await storedOpposites(tx, claim, articleId)) {
        if (paired.has(fact.articleId) || differentPeople(mine, fact)) continue;
        const confidence = pairAcross(mine.claim, fact.claim);
        if (confidence === null) continue;
        paired.add(fact.articleId);
        rows.push(contradictionValues(mine, fact, confidence));
      }
      continue;
    }
    // Stored denials of this surname are read once, however many facts the article has about the person.
    if (askedStatements.has(claim.nameKey)) continue;
    askedStatements.add(claim.nameKey);
    for (const statement of await storedOpposites(tx, claim, articleId)) {
      for (const fact of ownFacts) {
        if (differentPeople(statement, fact)) continue;
        const confidence = pairAcross(statement.claim, fact.claim);
        if (confidence === null) continue;
        rows.push(contradictionValues(statement, fact, confidence));
        break;
      }
    }
  }
  return rows;
}
