/** Open the corpus store: embedded SQLite by default (./whosaid.db), PostgreSQL for postgres:// URLs. */
import { WhosaidError } from '../errors.js';
import type { Database } from './database.js';
import { openPostgresDatabase } from './postgres-database.js';
import { openSqliteDatabase, type SqliteOptions } from './sqlite-database.js';
import { createSqlStore } from './sql-store.js';
import type { Store } from './types.js';

/** Where the store lives when no --db is given. */
export const DEFAULT_STORE_PATH = './whosaid.db';

/** True when the location names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/** Open (creating and migrating when needed) the store at a SQLite path, `:memory:`, or a `postgres://` URL (optionally `?schema=NAME`); the options apply to SQLite. */
export async function openStore(url: string = process.env.WHOSAID_DB ?? DEFAULT_STORE_PATH, options: SqliteOptions = {}): Promise<Store> {
  if (typeof url !== 'string' || url.trim() === '') throw new WhosaidError('INVALID_OPTION', 'the store location is empty; pass a file path or a postgres:// URL');
  const location = url.trim();
  const db: Database = isPostgresUrl(location) ? await openPostgresDatabase(location) : openSqliteDatabase(location.replace(/^sqlite:(?:\/\/)?/i, ''), options);
  try {
    return await createSqlStore(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    if (error instanceof WhosaidError) throw error;
    throw new WhosaidError('STORE_UNAVAILABLE', `cannot prepare the store at '${location}': ${(error as Error).message}`);
  }
}
