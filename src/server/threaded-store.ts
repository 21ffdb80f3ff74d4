/**
 * A Store whose SQLite connections live in worker threads. better-sqlite3 is synchronous, so a
 * corpus query on the server's event loop (corpus statistics take seconds at 100k articles) would
 * stall every other request; here the event loop only posts messages. One worker owns the writes;
 * for a database file, reader workers with their own connections (WAL allows concurrent readers)
 * answer queries, the least busy first, so a slow aggregate does not hold up searches.
 */
import { WhosaidError } from '../errors.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import type { StoreCall, StoreCallResult } from './store-worker.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';

/** Store methods that change the corpus; they always go to the writer. */
const WRITES = new Set(['saveArticle', 'saveArticles', 'mergePeople', 'splitPerson', 'optimize']);

/** Options of the threaded store. */
export interface ThreadedStoreOptions {
  /** Reader threads besides the writer, for database files (default 2). */
  readers?: number;
  /** A call running longer than this fails (default 120 s). */
  callTimeoutMs?: number;
  /** Where unexpected store failures are reported. */
  log?: (message: string) => void;
}

function workerUrl(): URL {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./store-worker.${extension}`, import.meta.url);
}

/** The catalog hint WhosaidError appends, removed so re-creating the error does not repeat it. */
function withoutHint(message: string): string {
  return message.replace(/ \([^()]*\)$/, '');
}

/** Open a store at `location` with its connections in worker threads. The store is opened (and migrated) once on this thread first, so a bad location fails here with a clear error. */
export async function openThreadedStore(location: string, options: ThreadedStoreOptions = {}): Promise<Store> {
  const probe = await openStore(location);
  const backend = probe.backend;
  await probe.close();
  const inMemory = location.trim() === ':memory:' || /^file::memory:/i.test(location.trim());
  if (inMemory) throw new WhosaidError('INVALID_OPTION', 'an in-memory store cannot be shared between threads; use a file or openStore()');
  const log = options.log ?? ((message: string) => process.stderr.write(`whosaid store: ${message}\n`));
  const timeout = options.callTimeoutMs ?? 120_000;
  const common = { workerUrl: workerUrl(), maxQueue: 10_000, jobTimeoutMs: timeout, workerData: { location } };
  const writer: WorkerPool<StoreCall, StoreCallResult> = createWorkerPool({ ...common, size: 1 });
  const readerCount = isPostgresUrl(location) ? 0 : (options.readers ?? 2);
  const readers: WorkerPool<StoreCall, StoreCallResult> | null = readerCount > 0 ? createWorkerPool({ ...common, size: readerCount }) : null;

  async function invoke(method: string, args: unknown[]): Promise<unknown> {
    const pool = WRITES.has(method) || !readers ? writer : readers;
    const result = await pool.run({ method, args });
    if (result.ok) return result.value;
    if (result.detail) log(`${method} failed: ${result.detail}`);
    throw new WhosaidError(result.code, withoutHint(result.message));
  }

  async function close(): Promise<void> {
    // The writer closes its connection itself (checkpointing the WAL); readers hold nothing to flush.
    await writer.run({ method: 'close', args: [] }).catch(() => undefined);
    await Promise.all([writer.close(), readers?.close()]);
  }

  // Every Store method is forwarded by name, so the proxy follows the contract as it grows;
  // only `backend` (a property) and `close` (which also stops the threads) are answered here.
  return new Proxy({} as Store, {
    get(_target, name) {
      if (name === 'backend') return backend;
      if (name === 'close') return close;
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) => invoke(name, args);
    },
  });
}
