/**
 * Scale-out over PostgreSQL: `ingest --queue` reads the inputs and enqueues one pg-boss job per
 * article; any number of `whosaid worker` processes, on any machines, take jobs, analyze them in
 * their own worker pools and write to the shared store. Saving is idempotent, so a job retried
 * after a worker died (its lease expired) never duplicates an article. Design: docs/scale-out.md.
 */
import PgBoss from 'pg-boss';
import { WhosaidError } from '../errors.js';
import { parsePostgresUrl } from '../store/postgres-database.js';
import type { Store } from '../store/types.js';
import { ANALYZER_VERSION } from '../version.js';
import type { AnalysisJob } from './analysis-job.js';
import { emptySummary, ingestItems, type IngestProblem, type IngestSummary } from './ingest.js';
import { readSources, type ArticleMeta, type SourceItem } from './read-sources.js';
import type { AnalysisPool } from './worker-pool.js';

/** The pg-boss queue that carries ingest jobs. */
export const INGEST_QUEUE = 'whosaid-ingest';

const SEND_BATCH = 200;

/** A job as it travels through the queue (JSON): HTML bytes are base64. */
export type QueuedArticle =
  | { kind: 'text'; location: string; article: { text: string } & ArticleMeta }
  | { kind: 'html'; location: string; html64: string; filename: string; meta: ArticleMeta };

/** Options of the queue connection. */
export interface QueueOptions {
  /** Seconds a worker may hold a job before it is offered to another worker (default 900). */
  leaseSeconds?: number;
}

/** Start pg-boss on the store's database; with `?schema=X` its tables live in schema `X_queue`, else `whosaid_queue`. */
export async function startQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const { connectionString, schema } = parsePostgresUrl(url);
  const boss = new PgBoss({ connectionString, schema: schema ? `${schema}_queue` : 'whosaid_queue', schedule: false, max: 4 });
  boss.on('error', () => undefined);
  try {
    await boss.start();
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 3, retryDelay: 5, expireInSeconds: options.leaseSeconds ?? 900 });
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw new WhosaidError('STORE_UNAVAILABLE', `cannot start the job queue in PostgreSQL: ${(error as Error).message}`);
  }
  return boss;
}

function toQueued(item: SourceItem & { kind: 'text' | 'html' }, outlet: string | undefined): QueuedArticle {
  if (item.kind === 'text') return { kind: 'text', location: item.location, article: outlet && !item.article.outlet ? { ...item.article, outlet } : item.article };
  return { kind: 'html', location: item.location, html64: Buffer.from(item.html).toString('base64'), filename: item.filename, meta: outlet && !item.meta.outlet ? { ...item.meta, outlet } : item.meta };
}

/** Read the inputs and enqueue one job per article; malformed items are reported and not enqueued. */
export async function enqueuePaths(paths: readonly string[], url: string, options: { outlet?: string; onProblem?: (problem: IngestProblem) => void } = {}): Promise<{ enqueued: number; failed: number }> {
  const boss = await startQueue(url);
  let enqueued = 0;
  let failed = 0;
  let batch: PgBoss.JobInsert[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await boss.insert(batch.map((job) => ({ ...job, name: INGEST_QUEUE })));
    enqueued += batch.length;
    batch = [];
  };
  try {
    for await (const item of readSources(paths)) {
      if (item.kind === 'problem') {
        failed++;
        options.onProblem?.(item);
        continue;
      }
      batch.push({ name: INGEST_QUEUE, data: toQueued(item, options.outlet) });
      if (batch.length >= SEND_BATCH) await flush();
    }
    await flush();
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => undefined);
  }
  return { enqueued, failed };
}

function fromQueued(job: QueuedArticle): SourceItem {
  if (job.kind === 'html') return { kind: 'html', location: job.location, html: Buffer.from(job.html64, 'base64'), filename: job.filename, meta: job.meta };
  if (job.kind === 'text' && job.article && typeof job.article.text === 'string') return { kind: 'text', location: job.location, article: job.article, diagnostics: [] };
  return { kind: 'problem', location: String((job as { location?: unknown }).location ?? 'queue'), code: 'invalid-job', message: 'the queued job has no article' };
}

async function* single(item: SourceItem): AsyncGenerator<SourceItem> {
  yield item;
}

/** Options of a queue worker. */
export interface WorkOptions extends QueueOptions {
  pool: AnalysisPool;
  /** Stop once the queue has no waiting or active jobs left. */
  exitWhenIdle?: boolean;
  signal?: AbortSignal;
  onProblem?: (problem: IngestProblem) => void;
  onProgress?: (summary: IngestSummary) => void;
}

/** Take ingest jobs until stopped (or, with exitWhenIdle, until the queue is empty); returns what this worker did. */
export async function workQueue(url: string, store: Store, options: WorkOptions): Promise<IngestSummary> {
  const boss = await startQueue(url, options);
  const total = emptySummary();
  const add = (part: IngestSummary): void => {
    for (const key of Object.keys(total) as Array<keyof IngestSummary>) total[key] += part[key];
  };
  await boss.work<QueuedArticle>(INGEST_QUEUE, { batchSize: options.pool.size * 2, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    await Promise.all(jobs.map(async (job) => {
      let storeFailure: string | null = null;
      const part = await ingestItems(single(fromQueued(job.data)), store, {
        pool: options.pool,
        analyzer: ANALYZER_VERSION,
        onProblem: (problem) => {
          // A store failure is worth a retry (by this or another worker); a malformed article is not.
          if (problem.code === 'store-failed') storeFailure = problem.message;
          else options.onProblem?.(problem);
        },
      });
      if (storeFailure !== null) throw new Error(storeFailure);
      add(part);
      options.onProgress?.(total);
    }));
  });
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (options.signal?.aborted) {
        clearInterval(timer);
        resolve();
        return;
      }
      if (!options.exitWhenIdle) return;
      boss.getQueueSize(INGEST_QUEUE, { before: 'completed' }).then((waiting) => {
        if (waiting === 0) {
          clearInterval(timer);
          resolve();
        }
      }, () => undefined);
    }, 1000);
    options.signal?.addEventListener('abort', () => {
      clearInterval(timer);
      resolve();
    }, { once: true });
  });
  await boss.stop({ graceful: true, wait: true, timeout: 30_000 }).catch(() => undefined);
  return total;
}
