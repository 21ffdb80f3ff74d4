/** The SQLite backend of the SQL surface: one better-sqlite3 connection in WAL mode. */
import BetterSqlite3 from 'better-sqlite3';
import { WhosaidError } from '../errors.js';
import type { Database, SqlExecutor, SqlRow, SqlValue } from './database.js';
import { BACKSTOP_PAGES, startCheckpointer, type Checkpointer } from './sqlite-checkpointer.js';

type Statement = BetterSqlite3.Statement<unknown[], SqlRow>;

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
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives a killed process (not necessarily a power cut) and costs no fsync per article.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536');
    if (options.backgroundCheckpoints && !db.memory) {
      db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
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
