/**
 * The stores the store tests run against: SQLite in memory always, and PostgreSQL when
 * WHOSAID_TEST_PG is set (each store in a schema of its own, dropped after the tests).
 */
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';

/** A backend a test suite runs on. */
export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  open(): Promise<Store>;
}

/** The PostgreSQL URL of the test server, or undefined when the PostgreSQL tests are off. */
export const TEST_PG_URL = process.env.WHOSAID_TEST_PG;

/** The backends to test; PostgreSQL schemas are named `<prefix>_<random>`. */
export function storeBackends(prefix: string): StoreBackend[] {
  const backends: StoreBackend[] = [{ name: 'sqlite', open: () => openStore(':memory:') }];
  const pgUrl = TEST_PG_URL;
  if (!pgUrl) return backends;
  const schemas: string[] = [];
  backends.push({
    name: 'postgres',
    open: () => {
      const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      const url = new URL(pgUrl);
      url.searchParams.set('schema', schema);
      return openStore(url.toString());
    },
  });
  after(async () => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });
  return backends;
}

/** Open a store on a backend, run `work`, and close it whatever happens. */
export async function withTestStore(backend: StoreBackend, work: (store: Store) => Promise<void>): Promise<void> {
  const store = await backend.open();
  try {
    await work(store);
  } finally {
    await store.close();
  }
}
