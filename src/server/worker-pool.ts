/**
 * A fixed-size pool of worker threads, each running one job at a time, so CPU-heavy work stays off
 * the event loop. A worker module posts `{ready: true}` once loaded, then answers `{id, job}` with `{id, result}`. A crashed or timed-out worker is replaced; its job fails with a typed error.
 * The queue is bounded: beyond it, run() fails fast with RATE_LIMITED instead of growing memory.
 */
import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';
import { WhosaidError } from '../errors.js';

/** How to build a pool. */
export interface WorkerPoolOptions {
  /** The worker's module (a .js file, or a .ts file when running under tsx). */
  workerUrl: URL;
  size: number;
  /** Jobs waiting beyond those running; more are refused. */
  maxQueue: number;
  /** A job running longer than this is abandoned and its worker replaced. */
  jobTimeoutMs: number;
  resourceLimits?: ResourceLimits;
  /** Data handed to every worker (`workerData`). */
  workerData?: unknown;
}

/** A running pool. */
export interface WorkerPool<Job, Result> {
  run(job: Job, transfer?: readonly TransferListItem[]): Promise<Result>;
  /** Jobs running or queued. */
  load(): number;
  /** Workers that have loaded their module and take jobs. */
  ready(): number;
  readonly size: number;
  close(): Promise<void>;
}

interface Task<Job, Result> {
  id: number;
  job: Job;
  transfer: readonly TransferListItem[];
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

interface Slot<Job, Result> {
  worker: Worker;
  task: Task<Job, Result> | null;
  timer: NodeJS.Timeout | null;
  /** False until the worker has loaded its module, so start-up time never counts against a job. */
  ready: boolean;
}

/** Start a worker for a module; TypeScript sources get tsx's loader registered first (development and tests). */
function startWorker(url: URL, resourceLimits: ResourceLimits | undefined, workerData: unknown): Worker {
  const options = { ...(resourceLimits ? { resourceLimits } : {}), ...(workerData !== undefined ? { workerData } : {}) };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const loader = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** Create a pool of `size` workers running the module at `workerUrl`. */
export function createWorkerPool<Job, Result>(options: WorkerPoolOptions): WorkerPool<Job, Result> {
  if (!Number.isInteger(options.size) || options.size < 1) throw new WhosaidError('INVALID_OPTION', `the worker pool size must be a positive integer, got ${options.size}`);
  const queue: Array<Task<Job, Result>> = [];
  const slots: Array<Slot<Job, Result>> = [];
  let nextId = 1;
  let closed = false;

  function finish(slot: Slot<Job, Result>): Task<Job, Result> | null {
    const task = slot.task;
    slot.task = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return task;
  }

  function replace(slot: Slot<Job, Result>, reason: string): void {
    const task = finish(slot);
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => undefined);
    void old.terminate();
    if (task) task.reject(new WhosaidError('INTERNAL', reason));
    if (!closed) {
      slot.worker = spawn(slot);
      dispatch();
    }
  }

  function spawn(slot: Slot<Job, Result>): Worker {
    const worker = startWorker(options.workerUrl, options.resourceLimits, options.workerData);
    worker.unref();
    slot.ready = false;
    worker.on('message', (message: { id: number; result: Result } | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        dispatch();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== message.id) return;
      finish(slot);
      task.resolve(message.result);
      dispatch();
    });
    worker.on('error', (error) => replace(slot, `a worker failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (!closed && slot.worker === worker) replace(slot, `a worker exited with code ${code}`);
    });
    return worker;
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.task || !slot.ready) continue;
      const task = queue.shift();
      if (!task) return;
      slot.task = task;
      slot.timer = setTimeout(() => replace(slot, `the job took longer than ${options.jobTimeoutMs} ms and was abandoned`), options.jobTimeoutMs);
      slot.timer.unref();
      slot.worker.postMessage({ id: task.id, job: task.job }, task.transfer);
    }
  }

  for (let i = 0; i < options.size; i++) {
    const slot = { task: null, timer: null, ready: false } as unknown as Slot<Job, Result>;
    slot.worker = spawn(slot);
    slots.push(slot);
  }

  return {
    size: options.size,
    load: () => queue.length + slots.filter((slot) => slot.task !== null).length,
    ready: () => slots.filter((slot) => slot.ready).length,
    run(job, transfer = []) {
      if (closed) return Promise.reject(new WhosaidError('INTERNAL', 'the worker pool is closed'));
      // Jobs that a free (or still starting) worker will take do not count against the queue.
      const free = slots.filter((slot) => !slot.task).length;
      if (queue.length >= options.maxQueue + free) return Promise.reject(new WhosaidError('RATE_LIMITED', `the server is busy (${queue.length} analyses waiting)`));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ id: nextId++, job, transfer, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new WhosaidError('INTERNAL', 'the worker pool was closed'));
      await Promise.all(slots.map(async (slot) => {
        const task = finish(slot);
        if (task) task.reject(new WhosaidError('INTERNAL', 'the worker pool was closed'));
        slot.worker.removeAllListeners();
        await slot.worker.terminate();
      }));
    },
  };
}
