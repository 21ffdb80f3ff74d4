/** The PostgreSQL backend of the SQL surface: a pg connection pool, optionally in its own schema. */
import pg from 'pg';
import { WhosaidError } from '../errors.js';
import type { Database, SqlExecutor, SqlRow, SqlValue } from './database.js';

/** Rewrite `?` placeholders as `$1, $2, ...` (store SQL never has a literal `?`). */
export function numberPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

const RETRYABLE = new Set(['40001', '40P01']);

/** Rows sent in one multi-row INSERT. */
const ROWS_PER_INSERT = 100;

/** Multi-row INSERT statements by head, column count and row count, built once. */
const insertStatements = new Map<string, string>();

function insertStatement(head: string, columns: number, count: number): string {
  const key = `${columns}:${count}:${head}`;
  let sql = insertStatements.get(key);
  if (sql === undefined) {
    let index = 0;
    const row = (): string => `(${Array.from({ length: columns }, () => `$${++index}`).join(', ')})`;
    sql = `${head} VALUES ${Array.from({ length: count }, row).join(', ')}`;
    insertStatements.set(key, sql);
  }
  return sql;
}

/** Split a `postgres://` URL into the connection string and the optional `schema` parameter. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string | null } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new WhosaidError('INVALID_OPTION', `the schema '${schema}' must be lower-case letters, digits and underscores`);
  }
  return { connectionString: parsed.toString(), schema };
}

/** Connect to PostgreSQL; with `?schema=NAME` in the URL everything lives in that schema (created when missing). */
export async function openPostgresDatabase(url: string): Promise<Database> {
  const { connectionString, schema } = parsePostgresUrl(url);
  const pool = new pg.Pool({ connectionString, max: 4, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', () => undefined);
  try {
    if (schema) {
      // Two processes opening a new store at once race in CREATE SCHEMA IF NOT EXISTS; serialize them.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(7346000)');
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    } else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new WhosaidError('STORE_UNAVAILABLE', `cannot connect to PostgreSQL: ${(error as Error).message}`);
  }
  const on = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
    dialect: 'postgres',
    async all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
      return (await client.query<SqlRow>(numberPlaceholders(sql), [...params])).rows;
    },
    async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
      return (await client.query(numberPlaceholders(sql), [...params])).rowCount ?? 0;
    },
    async insert(head: string, rows: ReadonlyArray<readonly SqlValue[]>): Promise<void> {
      for (let index = 0; index < rows.length; index += ROWS_PER_INSERT) {
        const chunk = rows.slice(index, index + ROWS_PER_INSERT);
        await client.query(insertStatement(head, chunk[0]?.length ?? 0, chunk.length), chunk.flat());
      }
    },
  });
  return {
    ...on(pool),
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      // Concurrent writers (several workers) can deadlock on shared rows such as people; retry those.
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work(on(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          const code = (error as { code?: string }).code;
          if (attempt >= 5 || code === undefined || !RETRYABLE.has(code)) throw error;
        } finally {
          client.release();
        }
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
      }
    },
    async sizeBytes(): Promise<number | null> {
      const rows = await pool.query<{ size: string }>(
        `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS size FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'm') AND n.nspname = current_schema()`,
      );
      return Number(rows.rows[0]?.size ?? 0);
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}
