/**
 * Checkpoints of a SQLite write-ahead log on a thread of their own, for bulk writers (ingest).
 *
 * A commit in WAL mode only appends pages to the log; every 1,000 pages the committing connection
 * also copies the log back into the database file and syncs both files to disk. On the ingest's
 * writing thread that checkpoint took a third of the commit time, most of it waiting for the disk,
 * and while it waits the thread can neither take results from the analysis workers nor send them
 * new articles. SQLite's documentation suggests running checkpoints from another thread instead
 * (https://www.sqlite.org/wal.html#application_initiated_checkpoints): here a second connection on a
 * worker thread runs a PASSIVE checkpoint, which never blocks the writer, after commits, at most
 * every MIN_INTERVAL_MS. Durability is unchanged: the checkpointing connection syncs as the writer's
 * own checkpoint did (synchronous = NORMAL).
 *
 * The writer keeps an automatic checkpoint as a backstop (BACKSTOP_BYTES): if this thread cannot
 * start or falls behind, the log is still bounded, as before. A PASSIVE checkpoint that overlaps a
 * commit cannot let the log restart from the beginning, so the backstop also restarts it now and then.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Least time between the starts of two checkpoints: each syncs two files, so they are not run after every commit. */
const MIN_INTERVAL_MS = 200;

/** The writer's own automatic checkpoint, in bytes of log (turned into pages of the file's size): only reached when this thread falls behind. */
export const BACKSTOP_BYTES = 40 * 1024 * 1024;

// Plain CommonJS evaluated in the worker, so it runs the same from TypeScript sources and from the
// built package. Each 'checkpoint' message is answered when the checkpoint is done. A checkpoint that
// fails (the file busy or gone) is not retried here: the writer's backstop keeps the log bounded.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Left to the writer's backstop.
  }
  parentPort.postMessage('done');
});
`;

/** A running checkpoint thread. */
export interface Checkpointer {
  /** Tell the thread that a transaction committed; it checkpoints soon (several notices share one checkpoint). */
  committed(): void;
  /** Stop the thread (after the checkpoint it runs, if any). */
  close(): Promise<void>;
}

/** Start checkpointing the database file at `path` (already open in WAL mode by the writer) on a worker thread. */
export function startCheckpointer(path: string): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { path, driver } });
  // Neither the thread nor its timer keeps the process alive; the store closes them.
  worker.unref();
  let alive = true;
  let running = false;
  let wanted = false;
  let lastStart = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => {
    alive = false;
    resolve();
  }));
  // A thread that cannot start (or dies) stops checkpointing; the writer's backstop takes over.
  worker.on('error', () => {
    alive = false;
  });

  const start = (): void => {
    if (!alive || running || timer || !wanted) return;
    const wait = lastStart + MIN_INTERVAL_MS - performance.now();
    if (wait > 0) {
      timer = setTimeout(() => {
        timer = null;
        start();
      }, wait);
      timer.unref();
      return;
    }
    running = true;
    wanted = false;
    lastStart = performance.now();
    worker.postMessage('checkpoint');
  };
  worker.on('message', () => {
    running = false;
    start();
  });

  return {
    committed(): void {
      wanted = true;
      start();
    },
    async close(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = null;
      wanted = false;
      if (alive) {
        // Held by the close from now on, or the process could end before the thread does.
        worker.ref();
        worker.postMessage('close');
      }
      await exited;
    },
  };
}
