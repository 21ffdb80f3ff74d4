/** The pieces of SQL shared by quotation queries: filters, date bounds, LIKE patterns and row mapping. */
import { WhosaidError } from '../errors.js';
import type { SqlRow, SqlValue } from './database.js';
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

/** Conditions for the speaker/about/date/outlet filters of a quotation query. */
export function quoteFilters(query: { speaker?: string; about?: string; from?: string; to?: string; outlet?: string }): Conditions {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (query.speaker) {
    const pattern = containsPattern(query.speaker);
    where.push(`(lower(q.speaker_name) LIKE ? ESCAPE '\\' OR q.person_id IN (SELECT id FROM people WHERE lower(name) LIKE ? ESCAPE '\\'))`);
    params.push(pattern, pattern);
  }
  if (query.about) {
    const pattern = containsPattern(query.about);
    where.push(`EXISTS (SELECT 1 FROM quote_about b LEFT JOIN people bp ON bp.id = b.person_id WHERE b.article_id = q.article_id AND b.quote_id = q.quote_id AND (lower(b.name) LIKE ? ESCAPE '\\' OR lower(bp.name) LIKE ? ESCAPE '\\'))`);
    params.push(pattern, pattern);
  }
  if (query.from) {
    where.push('q.date >= ?');
    params.push(dateBound(query.from, 'from'));
  }
  if (query.to) {
    where.push('q.date <= ?');
    params.push(dateBound(query.to, 'to'));
  }
  if (query.outlet) {
    where.push('lower(q.outlet) = ?');
    params.push(query.outlet.toLowerCase());
  }
  return { where, params };
}

/** The columns quotation queries select (quotes `q` joined with articles `a`). */
export const QUOTE_COLUMNS = 'q.qid, q.quote_id, q.article_id, a.title AS article_title, q.outlet, q.date, q.kind, q.text, q.start_offset, q.end_offset, q.speaker_name, q.person_id, q.anonymous';

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
  const title = toText(row.article_title);
  const outlet = toText(row.outlet);
  const date = toText(row.date);
  if (title !== null) record.articleTitle = title;
  if (outlet !== null) record.outlet = outlet;
  if (date !== null) record.date = date;
  if (row.rank !== undefined && row.rank !== null) record.rank = toNumber(row.rank);
  return record;
}
