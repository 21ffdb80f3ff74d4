/**
 * Ranked full-text search over quotations with filters: FTS5 with bm25 on SQLite, a tsvector
 * with a GIN index and ts_rank on PostgreSQL. Without search words, newest quotations first.
 */
import type { SqlExecutor, SqlRow, SqlValue } from './database.js';
import { toText } from './database.js';
import { decodeCursor, pageSize, toPage } from './cursor.js';
import { QUOTE_COLUMNS, quoteFilters, resolvePeopleFilters, toQuoteRecord } from './query-filters.js';
import type { Page, QuoteQuery, QuoteRecord } from './types.js';

/** The words of a search text (letters and digits); punctuation and operators are ignored. */
export function searchWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Fill in `about` (people mentioned inside each quotation) for selected rows. */
export async function attachAbout(db: SqlExecutor, rows: SqlRow[]): Promise<QuoteRecord[]> {
  const records = rows.map(toQuoteRecord);
  if (rows.length === 0) return records;
  const keys = rows.map((row) => `${String(row.article_id)}\u0000${String(row.quote_id)}`);
  const articles = [...new Set(rows.map((row) => String(row.article_id)))];
  const about = await db.all(
    `SELECT b.article_id, b.quote_id, coalesce(p.name, b.name) AS name FROM quote_about b LEFT JOIN people p ON p.id = b.person_id
     WHERE b.article_id IN (${articles.map(() => '?').join(', ')}) ORDER BY b.article_id, b.quote_id`,
    articles,
  );
  const byQuote = new Map<string, string[]>();
  for (const row of about) {
    const key = `${String(row.article_id)}\u0000${String(row.quote_id)}`;
    const names = byQuote.get(key) ?? [];
    const name = toText(row.name);
    if (name !== null && !names.includes(name)) names.push(name);
    byQuote.set(key, names);
  }
  rows.forEach((_row, index) => {
    const record = records[index];
    if (record) record.about = byQuote.get(keys[index] ?? '') ?? [];
  });
  return records;
}

/** Search quotations; the cursor pages through the same ranking. */
export async function searchQuotes(db: SqlExecutor, query: QuoteQuery): Promise<Page<QuoteRecord>> {
  const offset = decodeCursor(query.cursor);
  const size = pageSize(query.limit);
  const filters = quoteFilters(query, await resolvePeopleFilters(db, query));
  const words = searchWords(query.q ?? '');
  let sql: string;
  let params: SqlValue[];
  if (words.length === 0) {
    const where = filters.where.length > 0 ? `WHERE ${filters.where.join(' AND ')}` : '';
    sql = `SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id ${where} ORDER BY q.date DESC NULLS LAST, q.qid DESC LIMIT ? OFFSET ?`;
    params = [...filters.params, size + 1, offset];
  } else if (db.dialect === 'sqlite') {
    // Each word quoted: FTS5 syntax in the user's text cannot change the query; words are ANDed.
    const match = words.map((word) => `"${word}"`).join(' ');
    if (filters.where.length === 0) {
      // Rank inside the index first and join only the page: joining every match first costs a row read per match.
      sql = `SELECT ${QUOTE_COLUMNS}, -m.rank AS rank FROM (SELECT rowid AS qid, rank FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?) m
        JOIN quotes q ON q.qid = m.qid JOIN articles a ON a.id = q.article_id ORDER BY m.rank, m.qid`;
      params = [match, size + 1, offset];
    } else {
      // The index ranks all its matches on its own (tens of milliseconds for tens of thousands); asked for
      // the rank of each row of a join instead, it takes seconds at 100k articles. So rank first, then filter.
      sql = `WITH m AS MATERIALIZED (SELECT rowid AS qid, rank FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank)
        SELECT ${QUOTE_COLUMNS}, -m.rank AS rank FROM m JOIN quotes q ON q.qid = m.qid JOIN articles a ON a.id = q.article_id
        WHERE ${filters.where.join(' AND ')} ORDER BY m.rank, m.qid LIMIT ? OFFSET ?`;
      params = [match, ...filters.params, size + 1, offset];
    }
  } else {
    const where = ['q.tsv @@ plainto_tsquery(\'english\', ?)', ...filters.where].join(' AND ');
    sql = `SELECT ${QUOTE_COLUMNS}, ts_rank(q.tsv, plainto_tsquery('english', ?)) AS rank FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE ${where} ORDER BY rank DESC, q.qid LIMIT ? OFFSET ?`;
    const text = words.join(' ');
    params = [text, text, ...filters.params, size + 1, offset];
  }
  const page = toPage(await db.all(sql, params), offset, size);
  return { items: await attachAbout(db, page.items), nextCursor: page.nextCursor };
}
