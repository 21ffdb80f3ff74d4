/** `whosaid ingest PATH... [--db FILE|postgres://...] [--jobs N] [--outlet X] [--queue]` */
import { parseArgs } from 'node:util';
import { WhosaidError } from '../errors.js';
import { emptySummary, ingestPaths, type IngestSummary } from '../ingest/ingest.js';
import { createProgress } from '../ingest/progress.js';
import { countSources } from '../ingest/read-sources.js';
import { createAnalysisPool } from '../ingest/worker-pool.js';
import { DEFAULT_STORE_PATH, isPostgresUrl, openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import type { SqliteOptions } from '../store/sqlite-database.js';
import { CliError, EXIT, type CliIo } from './io.js';

const HELP = `usage: whosaid ingest PATH... [options]

Analyze articles and add them to the corpus. PATH is a .txt, .html, .htm, .html.gz or .jsonl
file ({id?, url?, title?, date?, outlet?, text|html} per line), or a directory (read recursively).
Articles already stored with the same text and analyzer version are skipped; a malformed item is
reported with its location and skipped.

options:
  --db FILE|URL     SQLite file (default ${DEFAULT_STORE_PATH}, or $WHOSAID_DB) or postgres://... URL
  --jobs N          analysis worker threads (default: one per core)
  --outlet NAME     outlet for items that do not name one
  --queue           with a postgres:// --db: enqueue the articles for \`whosaid worker\` instead
  --quiet           no progress, only problems and the summary
`;

/** Open the store named by --db, turning a failure into a clear CLI error (exit code 4). */
export async function openStoreOption(db: string | undefined, options: SqliteOptions = {}): Promise<Store> {
  try {
    return await openStore(db ?? process.env.WHOSAID_DB ?? DEFAULT_STORE_PATH, options);
  } catch (error) {
    if (error instanceof WhosaidError) throw new CliError(error.message, EXIT.store);
    throw error;
  }
}

/** A one-line account of an ingest. */
export function summaryLine(summary: IngestSummary, seconds: number): string {
  const analyzed = summary.inserted + summary.reanalyzed + summary.unchanged;
  return `ingested ${summary.read} items in ${seconds.toFixed(1)} s: ${summary.inserted} new, ${summary.reanalyzed} re-analyzed, ${summary.unchanged + summary.skipped} already stored, ${summary.failed} failed and skipped (${analyzed > 0 ? (analyzed / seconds).toFixed(1) : '0'} articles/s analyzed)`;
}

/** Run `whosaid ingest`. */
export async function ingestCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      jobs: { type: 'string' },
      outlet: { type: 'string' },
      queue: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError(`name at least one file or directory\n\n${HELP}`, EXIT.usage);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new CliError('--jobs must be a whole number from 1 to 256', EXIT.usage);
  const stderrTty = Boolean((io.stderr as NodeJS.WriteStream).isTTY);
  const progress = createProgress(io.stderr, stderrTty);
  const report = (location: string, code: string, message: string): void => progress.log(`whosaid ingest: ${location}: skipped (${code}): ${message}`);

  if (values.queue) {
    if (!values.db || !isPostgresUrl(values.db)) throw new CliError('--queue needs --db postgres://... (the queue lives in PostgreSQL)', EXIT.usage);
    const { enqueuePaths } = await import('../ingest/job-queue.js');
    const result = await enqueuePaths(positionals, values.db, { ...(values.outlet ? { outlet: values.outlet } : {}), onProblem: (problem) => report(problem.location, problem.code, problem.message) });
    io.stderr.write(`enqueued ${result.enqueued} articles for \`whosaid worker\`; ${result.failed} skipped as malformed\n`);
    return result.failed > 0 ? EXIT.partial : EXIT.ok;
  }

  // A bulk writer: SQLite's checkpoints run on a thread of their own, not between the workers' results.
  const store = await openStoreOption(values.db, { backgroundCheckpoints: true });
  const pool = createAnalysisPool(jobs !== undefined ? { size: jobs } : {});
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const started = Date.now();
  let summary: IngestSummary = emptySummary();
  try {
    const total = values.quiet ? 0 : await countSources(positionals);
    summary = await ingestPaths(positionals, store, {
      pool,
      signal: controller.signal,
      ...(values.outlet ? { outlet: values.outlet } : {}),
      onProblem: (problem) => report(problem.location, problem.code, problem.message),
      ...(values.quiet ? {} : { onProgress: (current: IngestSummary) => progress.update({ done: current.read, total, failed: current.failed }) }),
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await pool.close();
    await store.close();
  }
  io.stderr.write(`${summaryLine(summary, (Date.now() - started) / 1000)}${controller.signal.aborted ? ' (interrupted; run again to finish)' : ''}\n`);
  return summary.failed > 0 ? EXIT.partial : EXIT.ok;
}
