/** Runs analysis jobs either in a worker pool (the server) or inline on the calling thread (tests, tiny tools). */
import { availableParallelism } from 'node:os';
import { ANALYSIS_THREAD_LIMITS } from '../pipeline/analysis-thread.js';
import { runAnalysisJob, type AnalysisJob, type AnalysisJobResult } from './analysis-job.js';
import { createWorkerPool } from './worker-pool.js';

/** Something that runs analysis jobs. */
export interface AnalysisRunner {
  run(job: AnalysisJob): Promise<AnalysisJobResult>;
  /** Jobs running or waiting, for the health endpoint. */
  load(): number;
  /** Threads ready to analyze, and how many there will be. */
  threads(): { ready: number; total: number };
  close(): Promise<void>;
}

/** Run jobs on the calling thread: simple, but blocks the event loop while analyzing. */
export function createInlineRunner(): AnalysisRunner {
  let running = 0;
  return {
    async run(job) {
      running++;
      try {
        return await runAnalysisJob(job);
      } finally {
        running--;
      }
    },
    load: () => running,
    threads: () => ({ ready: 1, total: 1 }),
    close: async () => undefined,
  };
}

/** Options of the pooled runner. */
export interface PooledRunnerOptions {
  /** Number of worker threads; defaults to the number of cores. */
  size?: number;
  maxQueue?: number;
  jobTimeoutMs?: number;
}

function workerUrl(): URL {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./analysis-worker.${extension}`, import.meta.url);
}

/** Run jobs in a pool of worker threads, one per core by default. */
export function createPooledRunner(options: PooledRunnerOptions = {}): AnalysisRunner {
  const pool = createWorkerPool<AnalysisJob, AnalysisJobResult>({
    workerUrl: workerUrl(),
    size: options.size ?? availableParallelism(),
    maxQueue: options.maxQueue ?? 1000,
    jobTimeoutMs: options.jobTimeoutMs ?? 60_000,
    resourceLimits: ANALYSIS_THREAD_LIMITS,
  });
  return {
    run(job) {
      const whole = job.body.byteOffset === 0 && job.body.byteLength === job.body.buffer.byteLength;
      return pool.run(job, whole ? [job.body.buffer] : []);
    },
    load: () => pool.load(),
    threads: () => ({ ready: pool.ready(), total: pool.size }),
    close: () => pool.close(),
  };
}
