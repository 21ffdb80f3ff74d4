/** `whosaid worker --db postgres://... [--jobs N] [--exit-when-idle]`: take ingest jobs from the shared queue. */
import { parseArgs } from 'node:util';
import { WhosaidError } from '../errors.js';
import type { IngestSummary } from '../ingest/ingest.js';
import { createProgress } from '../ingest/progress.js';
import { createAnalysisPool } from '../ingest/worker-pool.js';
import { isPostgresUrl } from '../store/open.js';
import { openStoreOption, summaryLine } from './ingest.js';
import { CliError, EXIT, type CliIo } from './io.js';

const HELP = `usage: whosaid worker --db postgres://... [options]

Take ingest jobs (queued by \`whosaid ingest --queue\`) from the PostgreSQL job queue, analyze them
in a pool of worker threads and write them to the shared corpus. Run one per machine; stop with
Ctrl-C (jobs in hand finish first). Design: docs/scale-out.md.

options:
  --db URL            the shared PostgreSQL corpus (its queue lives in the same database)
  --jobs N            analysis worker threads (default: one per core)
  --exit-when-idle    stop when no job is waiting or running
  --lease SECONDS     how long a job may stay with a worker before another may take it (default 900)
`;

/** Run `whosaid worker`. */
export async function workerCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, jobs: { type: 'string' }, 'exit-when-idle': { type: 'boolean' }, lease: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (!values.db || !isPostgresUrl(values.db)) throw new CliError('a worker needs --db postgres://... (the queue and corpus it shares with other workers)', EXIT.usage);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new CliError('--jobs must be a whole number from 1 to 256', EXIT.usage);
  const lease = values.lease === undefined ? undefined : Number(values.lease);
  if (lease !== undefined && (!Number.isInteger(lease) || lease < 1)) throw new CliError('--lease must be a positive number of seconds', EXIT.usage);
  const { workQueue } = await import('../ingest/job-queue.js');
  const store = await openStoreOption(values.db);
  const pool = createAnalysisPool(jobs !== undefined ? { size: jobs } : {});
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const progress = createProgress(io.stderr, Boolean((io.stderr as NodeJS.WriteStream).isTTY));
  const started = Date.now();
  let summary: IngestSummary;
  try {
    summary = await workQueue(values.db, store, {
      pool, signal: controller.signal, exitWhenIdle: values['exit-when-idle'] === true, ...(lease !== undefined ? { leaseSeconds: lease } : {}),
      onProblem: (problem) => progress.log(`whosaid worker: ${problem.location}: skipped (${problem.code}): ${problem.message}`),
      onProgress: (current) => progress.update({ done: current.read, total: current.read, failed: current.failed }),
    });
  } catch (error) {
    if (error instanceof WhosaidError) throw new CliError(error.message, EXIT.store);
    throw error;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await pool.close();
    await store.close();
  }
  io.stderr.write(`worker: ${summaryLine(summary, (Date.now() - started) / 1000)}\n`);
  return summary.failed > 0 ? EXIT.partial : EXIT.ok;
}
