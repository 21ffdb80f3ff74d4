/**
 * Feeding the SQLite full-text index of quotations (quotes_fts, external content). FTS5 writes its
 * pending terms out as a new segment whenever a statement that feeds it ends inside a savepoint, so
 * the quotations of every article saved in a transaction are indexed together by one statement
 * just before the commit (migration 9 dropped the per-row trigger). PostgreSQL keeps a generated
 * tsvector column and needs nothing here.
 */
import type { SqlExecutor } from './database.js';

/** Articles whose quotations were inserted in the running transaction and are not yet in the full-text index. */
export interface PendingQuoteIndex {
  articleIds: Set<string>;
}

/** Most article ids bound in one indexing statement (SQLite allows 32766 parameters). */
const IDS_PER_STATEMENT = 500;

/** A pending set for a transaction on this connection, or null when the backend indexes by itself. */
export function pendingQuoteIndex(tx: SqlExecutor): PendingQuoteIndex | null {
  return tx.dialect === 'sqlite' ? { articleIds: new Set() } : null;
}

/** Index the quotations of the pending articles and empty the set. */
export async function indexPendingQuotes(tx: SqlExecutor, pending: PendingQuoteIndex | null): Promise<void> {
  if (pending === null || pending.articleIds.size === 0) return;
  const ids = [...pending.articleIds];
  pending.articleIds.clear();
  for (let index = 0; index < ids.length; index += IDS_PER_STATEMENT) {
    const chunk = ids.slice(index, index + IDS_PER_STATEMENT);
    await tx.run(`INSERT INTO quotes_fts (rowid, text) SELECT qid, text FROM quotes WHERE article_id IN (${chunk.map(() => '?').join(', ')})`, chunk);
  }
}
