/**
 * A pool of analysis worker threads, one job per worker at a time. A job that outlives its time
 * limit or kills its worker fails alone: the worker is replaced and the other jobs go on.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisJob, AnalysisOutcome } from './analysis-job.js';

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
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

// The worker runs from the same tree as this module: .js once built; .ts in development, where
// the worker registers tsx itself (loader flags such as `--import tsx` do not reach worker entry points on Node 20).
const RUNNING_TYPESCRIPT = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./analysis-worker${RUNNING_TYPESCRIPT ? '.ts' : '.js'}`, import.meta.url);

function startWorker(): Worker {
  if (!RUNNING_TYPESCRIPT) return new Worker(WORKER_URL, { execArgv: [] });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const code = `const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(WORKER_URL.href)});`;
  return new Worker(code, { eval: true, execArgv: [] });
}

/** Start a pool of analysis workers. */
export function createAnalysisPool(options: PoolOptions = {}): AnalysisPool {
  const size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
  const timeoutMs = options.timeoutMs ?? 120_000;
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let seq = 0;
  let closed = false;

  const finish = (slot: Slot, outcome: AnalysisOutcome): void => {
    const current = slot.current;
    if (slot.timer) clearTimeout(slot.timer);
    slot.current = null;
    slot.timer = null;
    current?.resolve(outcome);
  };

  const dispatch = (slot: Slot): void => {
    if (closed || slot.current) return;
    const next = queue.shift();
    if (!next) return;
    slot.current = next;
    slot.timer = setTimeout(() => {
      finish(slot, { ok: false, code: 'timeout', message: `analysis took longer than ${timeoutMs} ms; the item was skipped` });
      replace(slot);
    }, timeoutMs);
    slot.worker.postMessage({ seq: next.seq, job: next.job });
  };

  const attach = (slot: Slot): void => {
    const worker = slot.worker;
    worker.on('message', (message: { seq: number; outcome: AnalysisOutcome }) => {
      if (slot.worker !== worker || slot.current?.seq !== message.seq) return;
      finish(slot, message.outcome);
      dispatch(slot);
    });
    worker.on('error', (error) => {
      if (slot.worker === worker) finish(slot, { ok: false, code: 'worker-crashed', message: `the analysis worker failed: ${error.message}` });
    });
    worker.on('exit', () => {
      if (closed || slot.worker !== worker) return;
      finish(slot, { ok: false, code: 'worker-crashed', message: 'the analysis worker stopped unexpectedly' });
      replace(slot);
    });
  };

  // A stuck or dead worker is thrown away and a fresh one takes its place and the queue.
  const replace = (slot: Slot): void => {
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => undefined);
    void old.terminate();
    if (closed) return;
    slot.worker = startWorker();
    attach(slot);
    dispatch(slot);
  };

  for (let index = 0; index < size; index++) {
    const slot: Slot = { worker: startWorker(), current: null, timer: null };
    attach(slot);
    slots.push(slot);
  }

  return {
    size,
    run(job: AnalysisJob): Promise<AnalysisOutcome> {
      if (closed) return Promise.resolve({ ok: false, code: 'pool-closed', message: 'the analysis pool is closed' });
      return new Promise((resolve) => {
        queue.push({ seq: ++seq, job, resolve });
        const idle = slots.find((slot) => !slot.current);
        if (idle) dispatch(idle);
      });
    },
    async close(): Promise<void> {
      closed = true;
      for (const pending of queue.splice(0)) pending.resolve({ ok: false, code: 'pool-closed', message: 'the analysis pool was closed' });
      await Promise.all(slots.map(async (slot) => {
        finish(slot, { ok: false, code: 'pool-closed', message: 'the analysis pool was closed' });
        await slot.worker.terminate();
      }));
    },
  };
}
