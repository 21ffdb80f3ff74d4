/** What the commands that page through corpus queries share: the --limit option, the store's lifetime, and printing a page. */
import { WhosaidError } from '../errors.js';
import type { Page, Store } from '../store/types.js';
import { openStoreOption } from './ingest.js';
import { CliError, EXIT, type CliIo } from './io.js';

/** The --limit option: a positive whole number, or undefined when it is not given. */
export function limitOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new CliError('--limit must be a positive whole number', EXIT.usage);
  return limit;
}

/** Open the store named by --db, run `work` on it and close it; a query option the store refuses is a usage error. */
export async function withStore<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStoreOption(db);
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof WhosaidError && error.code === 'INVALID_OPTION') throw new CliError(error.message, EXIT.usage);
    throw error;
  } finally {
    await store.close();
  }
}

/** Print a page: as JSON with --json, else the items as `list` writes them (or `none`) and the cursor of the next page. */
export function writePage<T>(io: CliIo, page: Page<T>, json: boolean | undefined, list: (items: T[]) => string, none: string): void {
  if (json) {
    io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
    return;
  }
  io.stdout.write(page.items.length === 0 ? none : list(page.items));
  if (page.nextCursor) io.stdout.write(`\nmore: --cursor ${page.nextCursor}\n`);
}
