/** The pieces of SQL shared by quotation queries: filters, date bounds, LIKE patterns and row mapping. */
import { WhosaidError } from '../errors.js';
import type { SqlExecutor, SqlRow, SqlValue } from './database.js';
import { toNumber, toText } from './database.js';
import type { QuoteRecord } from './types.js';

/** A `LIKE` pattern matching the text anywhere, case-insensitively (to be compared with lower(column)). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Check a --from/--to bound (YYYY, YYYY-MM or YYYY-MM-DD) and widen an upper bound to the end of its period. */
export function dateBound(value: string, side: 'from' | 'to'): string {
  const trimmed = value.trim();
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(trimmed)) {
    throw new WhosaidError('INVALID_OPTION', `the date '${value}' must be YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if (side === 'from') return trimmed;
  return trimmed.length === 4 ? `${trimmed}-12-31` : trimmed.length === 7 ? `${trimmed}-31` : trimmed;
}

/** SQL conditions (over quotes `q`) and their parameters. */
export interface Conditions {
  where: string[];
  params: SqlValue[];
}

/** Add `column >= from` and `column <= to` for the bounds a query gives (YYYY, YYYY-MM or YYYY-MM-DD; see dateBound). */
export function addDateRange(conditions: Conditions, column: string, query: { from?: string; to?: string }): void {
  if (query.from) {
    conditions.where.push(`${column} >= ?`);
    conditions.params.push(dateBound(query.from, 'from'));
  }
  if (query.to) {
    conditions.where.push(`${column} <= ?`);
    conditions.params.push(dateBound(query.to, 'to'));
  }
}

/** Most corpus people one speaker or about filter expands to (a one-letter filter would otherwise list everyone). */
const MAX_MATCHED_PEOPLE = 500;

/** The corpus people a filter names: the person with that id, or everyone whose name contains the text. */
export async function matchingPeople(db: SqlExecutor, text: string): Promise<string[]> {
  const exact = await db.all('SELECT id FROM people WHERE id = ?', [text]);
  if (exact.length > 0) return [String(exact[0]!.id)];
  const rows = await db.all(`SELECT id FROM people WHERE lower(name) LIKE ? ESCAPE '\\' ORDER BY id LIMIT ${MAX_MATCHED_PEOPLE}`, [containsPattern(text)]);
  return rows.map((row) => String(row.id));
}

/** The speaker and about filters resolved to corpus people (empty: the text names no corpus person). */
export interface ResolvedPeople {
  speaker?: string[];
  about?: string[];
}

/** Resolve the speaker and about filters of a query to corpus people, once, before building the SQL. */
export async function resolvePeopleFilters(db: SqlExecutor, query: { speaker?: string; about?: string }): Promise<ResolvedPeople> {
  const resolved: ResolvedPeople = {};
  if (query.speaker) resolved.speaker = await matchingPeople(db, query.speaker);
  if (query.about) resolved.about = await matchingPeople(db, query.about);
  return resolved;
}

const placeholders = (count: number): string => new Array(count).fill('?').join(', ');

/**
 * Conditions for the speaker/about/date/outlet filters of a quotation query. A speaker or about text
 * that names corpus people (by id, or as part of their names) selects their quotations through the
 * person indexes; only a text that names nobody is matched against the unlinked speaker descriptions
 * and names ("a senior official"), which reads every quotation row.
 */
export function quoteFilters(query: { speaker?: string; about?: string; from?: string; to?: string; outlet?: string }, people: ResolvedPeople = {}): Conditions {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (query.speaker) {
    const ids = people.speaker ?? [];
    if (ids.length > 0) {
      where.push(`q.person_id IN (${placeholders(ids.length)})`);
      params.push(...ids);
    } else {
      where.push(`lower(q.speaker_name) LIKE ? ESCAPE '\\'`);
      params.push(containsPattern(query.speaker));
    }
  }
  if (query.about) {
    const ids = people.about ?? [];
    if (ids.length > 0) {
      where.push(`(q.article_id, q.quote_id) IN (SELECT b.article_id, b.quote_id FROM quote_about b WHERE b.person_id IN (${placeholders(ids.length)}))`);
      params.push(...ids);
    } else {
      where.push(`EXISTS (SELECT 1 FROM quote_about b WHERE b.article_id = q.article_id AND b.quote_id = q.quote_id AND lower(b.name) LIKE ? ESCAPE '\\')`);
      params.push(containsPattern(query.about));
    }
  }
  addDateRange({ where, params }, 'q.date', query);
  if (query.outlet) {
    where.push('lower(q.outlet) = ?');
    params.push(query.outlet.toLowerCase());
  }
  return { where, params };
}

/** The columns quotation queries select (quotes `q` joined with articles `a`). */
export const QUOTE_COLUMNS = 'q.qid, q.quote_id, q.article_id, a.title AS article_title, q.outlet, q.date, q.kind, q.text, q.start_offset, q.end_offset, q.speaker_name, q.person_id, q.anonymous';

/** The article's title, outlet and date of a row that selected them (`a.title AS article_title`, `outlet`, `date`), the absent ones left out. */
export function articleFieldsOf(row: SqlRow): { articleTitle?: string; outlet?: string; date?: string } {
  const fields: { articleTitle?: string; outlet?: string; date?: string } = {};
  const title = toText(row.article_title);
  const outlet = toText(row.outlet);
  const date = toText(row.date);
  if (title !== null) fields.articleTitle = title;
  if (outlet !== null) fields.outlet = outlet;
  if (date !== null) fields.date = date;
  return fields;
}

/** Map a selected row to a QuoteRecord (its `about` filled in separately). */
export function toQuoteRecord(row: SqlRow): QuoteRecord {
  const record: QuoteRecord = {
    id: `${String(row.article_id)}#${String(row.quote_id)}`,
    articleId: String(row.article_id),
    kind: String(row.kind),
    text: String(row.text),
    start: toNumber(row.start_offset),
    end: toNumber(row.end_offset),
    speakerName: toText(row.speaker_name),
    personId: toText(row.person_id),
    anonymous: toNumber(row.anonymous) === 1,
    about: [],
  };
  Object.assign(record, articleFieldsOf(row));
  if (row.rank !== undefined && row.rank !== null) record.rank = toNumber(row.rank);
  return record;
}
