/** The SQLite backend of the SQL surface: one better-sqlite3 connection in WAL mode. */
import BetterSqlite3 from 'better-sqlite3';
import { WhosaidError } from '../errors.js';
import type { Database, SqlExecutor, SqlRow, SqlValue } from './database.js';
import { BACKSTOP_BYTES, startCheckpointer, type Checkpointer } from './sqlite-checkpointer.js';

type Statement = BetterSqlite3.Statement<unknown[], SqlRow>;

/**
 * Page size of a new database file, 32 KB instead of SQLite's 4 KB. A stored analysis is about 10 KB of
 * JSON, which on 4 KB pages is a chain of overflow pages, and every table and index of the store grows
 * by appends in article order. On the 2,225 BBC articles the writing thread's CPU for saving them fell
 * from 0.69-0.76 to 0.56-0.59 s (best of 4 to 5 alternating runs), and at 100,000 articles
 * (`npm run bench -- search`) the corpus was built in 74 s instead of 93, with search p95 16.7 ms
 * against 17.5, filtered searches 41 and 45 ms against 51 and 96, dossiers 55 ms against 81, and
 * statistics 1.2 s against 3.0; the file is 5% larger (22.0 against 21.0 KB per article).
 */
export const PAGE_SIZE = 32_768;

/** Options of openSqliteDatabase(). */
export interface SqliteOptions {
  /**
   * Run the write-ahead log's checkpoints on a thread of their own (sqlite-checkpointer.ts), for bulk
   * writers such as ingest; ignored for `:memory:`. Other writers checkpoint on their own thread, as SQLite does by default.
   */
  backgroundCheckpoints?: boolean;
}

/** Open (creating when missing) a SQLite database file in WAL mode. */
export function openSqliteDatabase(path: string, options: SqliteOptions = {}): Database {
  let db: BetterSqlite3.Database;
  let checkpointer: Checkpointer | null = null;
  try {
    db = new BetterSqlite3(path, { timeout: 15_000 });
    // Only a new, empty file takes the page size (an existing one keeps its own): see PAGE_SIZE.
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives a killed process (not necessarily a power cut) and costs no fsync per article.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536');
    if (options.backgroundCheckpoints && !db.memory) {
      const pageSize = Number(db.pragma('page_size', { simple: true })) || PAGE_SIZE;
      db.pragma(`wal_autocheckpoint = ${Math.max(1, Math.round(BACKSTOP_BYTES / pageSize))}`);
      checkpointer = startCheckpointer(db.name);
    }
  } catch (error) {
    throw new WhosaidError('STORE_UNAVAILABLE', `cannot open the SQLite database '${path}': ${(error as Error).message}`);
  }
  const statements = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], SqlRow>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const executor: SqlExecutor = {
    dialect: 'sqlite',
    async all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
      return prepare(sql).all(...params);
    },
    async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
      const statement = prepare(sql);
      if (statement.reader) {
        statement.all(...params);
        return 0;
      }
      return statement.run(...params).changes;
    },
    async insert(head: string, rows: ReadonlyArray<readonly SqlValue[]>): Promise<void> {
      const first = rows[0];
      if (first === undefined) return;
      // One single-row statement per head (prepare() caches it), run once per row.
      const statement = prepare(`${head} VALUES (${new Array(first.length).fill('?').join(', ')})`);
      for (const row of rows) statement.run(row);
    },
  };
  // One connection: transactions must not interleave, so they queue behind each other.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    ...executor,
    transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const next = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(executor);
          db.exec('COMMIT');
          checkpointer?.committed();
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    async sizeBytes(): Promise<number | null> {
      db.pragma('wal_checkpoint(TRUNCATE)');
      const pages = db.pragma('page_count', { simple: true });
      const size = db.pragma('page_size', { simple: true });
      return typeof pages === 'number' && typeof size === 'number' ? pages * size : null;
    },
    async close(): Promise<void> {
      await queue;
      // First, so that the writer's connection is the last one and its close checkpoints the whole log and removes it.
      await checkpointer?.close();
      db.close();
    },
  };
}
