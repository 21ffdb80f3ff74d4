/** Reading contradictions, inside articles and across them: search by person, statement article and scope, and a person's contradictions for the dossier. */
import type { SqlExecutor, SqlRow, SqlValue } from './database.js';
import { toNumber, toText } from './database.js';
import { decodeCursor, pageSize, toPage } from './cursor.js';
import { containsPattern } from './query-filters.js';
import type { ContradictionQuery, ContradictionRecord, Page } from './types.js';

const CONTRADICTION_COLUMNS = `c.contradiction_id, c.scope, c.article_id, c.person_id, c.person_name, c.statement_start, c.statement_end, c.statement_text,
  c.conflict_article_id, c.conflict_start, c.conflict_end, c.conflict_text, c.statement_date, c.fact_date, c.confidence, c.explanation`;

function toContradictionRecord(row: SqlRow): ContradictionRecord {
  const record: ContradictionRecord = {
    id: String(row.contradiction_id), scope: row.scope === 'corpus' ? 'corpus' : 'article',
    person: { personId: toText(row.person_id), name: String(row.person_name) },
    statement: { articleId: String(row.article_id), start: toNumber(row.statement_start), end: toNumber(row.statement_end), text: String(row.statement_text) },
    conflictsWith: { articleId: String(row.conflict_article_id), start: toNumber(row.conflict_start), end: toNumber(row.conflict_end), text: String(row.conflict_text) },
    confidence: toNumber(row.confidence), explanation: String(row.explanation),
  };
  const statementDate = toText(row.statement_date);
  const factDate = toText(row.fact_date);
  if (statementDate !== null) record.statementDate = statementDate;
  if (factDate !== null) record.factDate = factDate;
  return record;
}

async function selectContradictions(db: SqlExecutor, where: string[], params: SqlValue[], size: number, offset: number): Promise<SqlRow[]> {
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  return db.all(`SELECT ${CONTRADICTION_COLUMNS} FROM contradictions c JOIN articles a ON a.id = c.article_id ${clause}
    ORDER BY a.date DESC NULLS LAST, c.cid LIMIT ? OFFSET ?`, [...params, size, offset]);
}

/** Search contradictions; those of the newest statement articles first. */
export async function searchContradictions(db: SqlExecutor, query: ContradictionQuery): Promise<Page<ContradictionRecord>> {
  const offset = decodeCursor(query.cursor);
  const size = pageSize(query.limit);
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (query.person) {
    const pattern = containsPattern(query.person);
    where.push(`(c.person_id = ? OR lower(c.person_name) LIKE ? ESCAPE '\\' OR c.person_id IN (SELECT id FROM people WHERE lower(name) LIKE ? ESCAPE '\\'))`);
    params.push(query.person.trim(), pattern, pattern);
  }
  if (query.article) {
    where.push('c.article_id = ?');
    params.push(query.article);
  }
  if (query.scope) {
    where.push('c.scope = ?');
    params.push(query.scope);
  }
  const page = toPage(await selectContradictions(db, where, params, size + 1, offset), offset, size);
  return { items: page.items.map(toContradictionRecord), nextCursor: page.nextCursor };
}

/** The latest contradictions of one person. */
export async function personContradictions(db: SqlExecutor, personId: string, limit: number): Promise<ContradictionRecord[]> {
  return (await selectContradictions(db, ['c.person_id = ?'], [personId], limit, 0)).map(toContradictionRecord);
}
