/**
 * The small SQL surface the store needs, implemented once for SQLite and once for PostgreSQL so
 * the store's queries are written once. Statements use `?` placeholders on both backends.
 */

/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | null;

/** A row as returned by a query (column name → value). */
export type SqlRow = Record<string, unknown>;

/** Which SQL dialect a connection speaks. */
export type Dialect = 'sqlite' | 'postgres';

/** Statements that run on one connection (inside or outside a transaction). */
export interface SqlExecutor {
  readonly dialect: Dialect;
  /** Run a query and return all rows. */
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  /** Run a statement and return how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Insert rows: `head` is `INSERT INTO table (columns)`, each row holds one value per column. SQLite
   * runs one prepared single-row statement per row (cheaper in-process than multi-row statements);
   * PostgreSQL sends multi-row statements (fewer round trips).
   */
  insert(head: string, rows: ReadonlyArray<readonly SqlValue[]>): Promise<void>;
}

/** A database connection (or pool) that can also run transactions. */
export interface Database extends SqlExecutor {
  /** Run `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Size of the database in bytes, when the backend can tell. */
  sizeBytes(): Promise<number | null>;
  close(): Promise<void>;
}

/** Read a numeric column that a driver may return as a string (PostgreSQL bigint) or null. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value !== '') return Number(value);
  if (typeof value === 'bigint') return Number(value);
  return 0;
}

/** Read a nullable text column. */
export function toText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
