/**
 * A pool of analysis worker threads. Each worker holds several jobs: the one it runs and the next
 * ones, waiting in its message queue, so it goes on while the thread that feeds it is busy (the
 * ingest writes a group of articles to SQLite synchronously on that thread, for tens of
 * milliseconds). A job that outlives its time limit or kills its worker fails alone: the worker is
 * replaced, the jobs still waiting in it go back to the queue, and the other jobs go on.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisJob, AnalysisOutcome } from './analysis-job.js';
import { ANALYSIS_THREAD_LIMITS } from '../pipeline/analysis-thread.js';

/** Options of the pool. */
export interface PoolOptions {
  /** Number of worker threads (default: one per core). */
  size?: number;
  /** Longest one job may run before its worker is stopped, in milliseconds (default 120 s). */
  timeoutMs?: number;
}

/** A running pool. */
export interface AnalysisPool {
  readonly size: number;
  /** Jobs the workers hold at once (running or waiting in them): keep this many submitted to keep every worker busy. */
  readonly capacity: number;
  run(job: AnalysisJob): Promise<AnalysisOutcome>;
  close(): Promise<void>;
}

interface Pending {
  seq: number;
  job: AnalysisJob;
  resolve: (outcome: AnalysisOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to the worker, oldest (running) first; at most JOBS_PER_WORKER. */
  jobs: Pending[];
  /** Time limit of the running job (the first of `jobs`). */
  timer: NodeJS.Timeout | null;
}

/**
 * Jobs a worker holds at once: the one it runs and those waiting behind it. While the ingest writes
 * a group of 128 articles (about 0.3 ms of CPU each, sharing two cores with both workers), each worker
 * gets through about eighteen jobs of 2-3 ms, and it cannot be sent more until the write ends;
 * twenty-four cover that. The cost is at most that many jobs of imbalance between workers at the end of a run.
 */
const JOBS_PER_WORKER = 24;

// The worker runs from the same tree as this module: .js once built; .ts in development, where
// the worker registers tsx itself (loader flags such as `--import tsx` do not reach worker entry points on Node 20).
const RUNNING_TYPESCRIPT = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./analysis-worker${RUNNING_TYPESCRIPT ? '.ts' : '.js'}`, import.meta.url);

function startWorker(): Worker {
  if (!RUNNING_TYPESCRIPT) return new Worker(WORKER_URL, { execArgv: [], resourceLimits: ANALYSIS_THREAD_LIMITS });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const code = `const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(WORKER_URL.href)});`;
  return new Worker(code, { eval: true, execArgv: [], resourceLimits: ANALYSIS_THREAD_LIMITS });
}

/** Start a pool of analysis workers. */
export function createAnalysisPool(options: PoolOptions = {}): AnalysisPool {
  const size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
  const timeoutMs = options.timeoutMs ?? 120_000;
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let seq = 0;
  let closed = false;

  /** Start the time limit of the job the worker runs now (the oldest it holds). */
  const arm = (slot: Slot): void => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.jobs.length === 0) return;
    slot.timer = setTimeout(() => {
      finishRunning(slot, { ok: false, code: 'timeout', message: `analysis took longer than ${timeoutMs} ms; the item was skipped` });
      replace(slot);
    }, timeoutMs);
  };

  /** Settle the job the worker runs; the next one it holds starts running. */
  const finishRunning = (slot: Slot, outcome: AnalysisOutcome): void => {
    const running = slot.jobs.shift();
    arm(slot);
    running?.resolve(outcome);
  };

  const dispatch = (slot: Slot): void => {
    while (!closed && slot.jobs.length < JOBS_PER_WORKER) {
      const next = queue.shift();
      if (!next) return;
      slot.jobs.push(next);
      if (slot.jobs.length === 1) arm(slot);
      slot.worker.postMessage({ seq: next.seq, job: next.job });
    }
  };

  const attach = (slot: Slot): void => {
    const worker = slot.worker;
    worker.on('message', (message: { seq: number; outcome: AnalysisOutcome }) => {
      if (slot.worker !== worker || slot.jobs[0]?.seq !== message.seq) return;
      finishRunning(slot, message.outcome);
      dispatch(slot);
    });
    worker.on('error', (error) => {
      if (slot.worker !== worker) return;
      // Only the running job failed; the worker is replaced now (its exit is then ignored) and a waiting job runs on the new one.
      finishRunning(slot, { ok: false, code: 'worker-crashed', message: `the analysis worker failed: ${error.message}` });
      replace(slot);
    });
    worker.on('exit', () => {
      if (closed || slot.worker !== worker) return;
      finishRunning(slot, { ok: false, code: 'worker-crashed', message: 'the analysis worker stopped unexpectedly' });
      replace(slot);
    });
  };

  // A stuck or dead worker is thrown away and a fresh one takes its place and the queue; the jobs still
  // waiting in it never ran, so they go back to the front of the queue.
  const replace = (slot: Slot): void => {
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => undefined);
    void old.terminate();
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    queue.unshift(...slot.jobs.splice(0));
    if (closed) return;
    slot.worker = startWorker();
    attach(slot);
    dispatch(slot);
  };

  for (let index = 0; index < size; index++) {
    const slot: Slot = { worker: startWorker(), jobs: [], timer: null };
    attach(slot);
    slots.push(slot);
  }

  return {
    size,
    capacity: size * JOBS_PER_WORKER,
    run(job: AnalysisJob): Promise<AnalysisOutcome> {
      if (closed) return Promise.resolve({ ok: false, code: 'pool-closed', message: 'the analysis pool is closed' });
      return new Promise((resolve) => {
        queue.push({ seq: ++seq, job, resolve });
        // The least busy worker takes it (an idle one before one that is running a job).
        const free = slots.filter((slot) => slot.jobs.length < JOBS_PER_WORKER).sort((a, b) => a.jobs.length - b.jobs.length)[0];
        if (free) dispatch(free);
      });
    },
    async close(): Promise<void> {
      closed = true;
      for (const pending of queue.splice(0)) pending.resolve({ ok: false, code: 'pool-closed', message: 'the analysis pool was closed' });
      await Promise.all(slots.map(async (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        for (const pending of slot.jobs.splice(0)) pending.resolve({ ok: false, code: 'pool-closed', message: 'the analysis pool was closed' });
        await slot.worker.terminate();
      }));
    },
  };
}
