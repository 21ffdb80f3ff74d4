/** Reading articles back: one with its analysis, a filtered page of them, and what is stored for an id. */
import type { Analysis } from '../types.js';
import type { SqlExecutor, SqlRow, SqlValue } from './database.js';
import { toText } from './database.js';
import { decodeCursor, pageSize, toPage } from './cursor.js';
import { addDateRange, containsPattern } from './query-filters.js';
import type { ArticleQuery, ArticleRecord, Page } from './types.js';

const ARTICLE_COLUMNS = 'id, url, title, byline, outlet, date, text, content_hash';

function toArticleRecord(row: SqlRow): ArticleRecord {
  const record: ArticleRecord = { id: String(row.id), text: String(row.text), contentHash: String(row.content_hash) };
  for (const field of ['url', 'title', 'byline', 'outlet', 'date'] as const) {
    const value = toText(row[field]);
    if (value !== null) record[field] = value;
  }
  return record;
}

/** One article with its stored analysis (text restored from the article), or null. */
export async function getArticle(db: SqlExecutor, id: string): Promise<{ article: ArticleRecord; analysis: Analysis } | null> {
  const rows = await db.all(`SELECT ${ARTICLE_COLUMNS}, n.json FROM articles a JOIN analyses n ON n.article_id = a.id WHERE a.id = ?`, [id]);
  const row = rows[0];
  if (!row) return null;
  const article = toArticleRecord(row);
  const stored = JSON.parse(String(row.json)) as Omit<Analysis, 'text'>;
  return { article, analysis: { ...stored, text: article.text } };
}

/** A page of articles, newest first, filtered by title words, outlet and dates. */
export async function listArticles(db: SqlExecutor, query: ArticleQuery): Promise<Page<ArticleRecord>> {
  const offset = decodeCursor(query.cursor);
  const size = pageSize(query.limit);
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (query.q) {
    where.push(`lower(title) LIKE ? ESCAPE '\\'`);
    params.push(containsPattern(query.q));
  }
  if (query.outlet) {
    where.push('lower(outlet) = ?');
    params.push(query.outlet.toLowerCase());
  }
  addDateRange({ where, params }, 'date', query);
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = await db.all(`SELECT ${ARTICLE_COLUMNS} FROM articles ${clause} ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?`, [...params, size + 1, offset]);
  const page = toPage(rows, offset, size);
  return { items: page.items.map(toArticleRecord), nextCursor: page.nextCursor };
}

/** The content hash and analyzer version stored for an article id, or null when it is not stored. */
export async function articleState(db: SqlExecutor, id: string): Promise<{ contentHash: string; analyzer: string } | null> {
  const rows = await db.all('SELECT content_hash, analyzer FROM articles WHERE id = ?', [id]);
  const row = rows[0];
  return row ? { contentHash: String(row.content_hash), analyzer: String(row.analyzer) } : null;
}
