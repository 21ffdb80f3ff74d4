/**
 * Ingest: read items, skip those already stored with this analyzer, analyze the rest in the
 * worker pool, and write the results on this thread in groups, one transaction per group (each
 * article all-or-nothing). Killed at any moment and run again, it finds what was committed and
 * does the rest.
 */
import type { ProblemCode } from '../diagnostics.js';
import { articleId, contentHash } from '../store/article-id.js';
import type { PreparedRows } from '../store/article-rows.js';
import type { ArticleInput, Store } from '../store/types.js';
import type { Analysis } from '../types.js';
import { ANALYZER_VERSION } from '../version.js';
import { runAnalysisJob, type AnalysisJob, type AnalysisOutcome } from './analysis-job.js';
import { readSources, type SourceItem } from './read-sources.js';
import type { AnalysisPool } from './worker-pool.js';

/** Most articles written in one transaction. */
const MAX_GROUP = 256;
/**
 * Analyzed articles wait for this many before a write starts, unless no analysis is running or every
 * item is read: a commit costs about as much as writing a few articles, and a bigger group shares the
 * index and full-text pages it touches. Saving the 2,225 prepared BBC articles took 15% less CPU in
 * groups of 64 than of 16, and 13% less again in groups of 128 (best of 7: 0.72 against 0.82 s);
 * 256 saved only 2% more, for twice as long a write.
 */
const MIN_GROUP = 128;
/**
 * Most analyzed items held for writing: results are written in reading order, so a long article keeps
 * the ones read after it waiting (about 30 KB each) while the other workers go on.
 */
const MAX_WAITING = 2048;

/** What happened to the items of an ingest. */
export interface IngestSummary {
  read: number;
  inserted: number;
  reanalyzed: number;
  unchanged: number;
  /** Already stored with the same text and analyzer: not analyzed again. */
  skipped: number;
  failed: number;
}

/** A problem with one item, reported with its location. */
export interface IngestProblem {
  location: string;
  code: ProblemCode;
  message: string;
}

/** Options of ingest(). */
export interface IngestOptions {
  /** Worker pool for analysis; without one, items are analyzed on this thread. */
  pool?: AnalysisPool;
  /** Defaults to the running analyzer; an article stored by another version is re-analyzed. */
  analyzer?: string;
  /** Outlet recorded for items that do not name one. */
  outlet?: string;
  onProblem?: (problem: IngestProblem) => void;
  onProgress?: (summary: IngestSummary) => void;
  /** Stop reading new items when aborted (items in flight still finish and are saved). */
  signal?: AbortSignal;
}

/** An empty summary. */
export function emptySummary(): IngestSummary {
  return { read: 0, inserted: 0, reanalyzed: 0, unchanged: 0, skipped: 0, failed: 0 };
}

/** Whether the item's text is already stored under its id with this analyzer (HTML is only known after extraction). */
async function alreadyStored(store: Store, article: ArticleInput, analyzer: string): Promise<boolean> {
  const hash = contentHash(article.text);
  const state = await store.articleState(articleId(article, hash));
  return state !== null && state.contentHash === hash && state.analyzer === analyzer;
}

function toJob(item: SourceItem & { kind: 'text' | 'html' }, outlet: string | undefined): AnalysisJob {
  if (item.kind === 'text') return { kind: 'text', article: outlet && !item.article.outlet ? { ...item.article, outlet } : item.article, diagnostics: item.diagnostics };
  return { kind: 'html', html: item.html, filename: item.filename, meta: outlet && !item.meta.outlet ? { ...item.meta, outlet } : item.meta };
}

/** Ingest items (from readSources by default) into the store. */
export async function ingestItems(items: AsyncIterable<SourceItem>, store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  const analyzer = options.analyzer ?? ANALYZER_VERSION;
  // Reading waits while the workers hold all the jobs they can, or while too many analyzed items wait
  // to be written (results are written in reading order, so one slow article holds the later ones back).
  const capacity = options.pool ? options.pool.capacity : 1;
  const limit = options.pool ? capacity + MAX_WAITING : 1;
  let analyzing = 0;
  let inFlight = 0;
  // Once every item is read, results are written as they come: the workers are still busy with the
  // last ones, and less is left to write after the last analysis, when they are idle.
  let allRead = false;
  let slotFreed: (() => void) | null = null;
  // Errors thrown by onProgress: reading stops and ingestItems rethrows the first once the items in flight are done.
  const failures: unknown[] = [];
  const problem = (location: string, code: ProblemCode, message: string): void => {
    summary.failed++;
    options.onProblem?.({ location, code, message });
  };
  // Group commit: results that arrive while a transaction runs are written together in the next
  // one (each article stays all-or-nothing); a failing group is retried one article at a time.
  type Ready = { article: ArticleInput; analysis: Analysis } | { article: ArticleInput; prepared: PreparedRows };
  const waiting: Array<{ location: string; ready: Ready; done: () => void }> = [];
  let writer: Promise<void> | null = null;
  const writeOne = async (entry: (typeof waiting)[number]): Promise<void> => {
    try {
      summary[(await store.saveArticles([entry.ready]))[0]?.status ?? 'unchanged']++;
    } catch (error) {
      problem(entry.location, 'store-failed', (error as Error).message);
    }
  };
  const drain = async (): Promise<void> => {
    while (waiting.length > 0) {
      const group = waiting.splice(0, MAX_GROUP);
      try {
        const results = await store.saveArticles(group.map((entry) => entry.ready));
        for (const result of results) summary[result.status]++;
      } catch {
        for (const entry of group) await writeOne(entry);
      }
      for (const entry of group) entry.done();
    }
    writer = null;
  };
  // Results are written in the order their items were read, whatever order the workers finish them
  // in: which corpus person a surname-only mention joins depends on who is stored before it, so the
  // corpus must not depend on timing, on the number of workers, or on where a killed ingest stopped.
  const held = new Map<number, { location: string; outcome: AnalysisOutcome; done: () => void }>();
  let nextInOrder = 0;
  const release = (): void => {
    for (let entry = held.get(nextInOrder); entry; entry = held.get(nextInOrder)) {
      held.delete(nextInOrder++);
      const { location, outcome, done } = entry;
      if (!outcome.ok || 'json' in outcome) {
        // Ingest never asks for JSON (toJob); were a worker to send it, the item is reported, not lost silently.
        if (outcome.ok) problem(location, 'INTERNAL', 'the analysis worker answered with JSON instead of store rows');
        else problem(location, outcome.code, outcome.message);
        done();
        continue;
      }
      const ready: Ready = 'prepared' in outcome ? { article: outcome.article, prepared: outcome.prepared } : { article: outcome.article, analysis: outcome.analysis };
      waiting.push({ location, ready, done });
    }
    // With no analysis running, nothing else would start the write: start it now.
    if (waiting.length > 0 && (waiting.length >= MIN_GROUP || analyzing === 0 || allRead)) writer ??= drain();
  };
  /** Hold the outcome of the `seq`-th analyzed item until every earlier one is queued; resolves once it is saved (or reported). */
  const save = (seq: number, location: string, outcome: AnalysisOutcome): Promise<void> => new Promise<void>((done) => {
    held.set(seq, { location, outcome, done });
    release();
  });
  let nextSeq = 0;
  for await (const item of items) {
    if (options.signal?.aborted || failures.length > 0) break;
    summary.read++;
    if (item.kind === 'problem') {
      problem(item.location, item.code, item.message);
      options.onProgress?.(summary);
      continue;
    }
    if (item.kind === 'text' && (await alreadyStored(store, item.article, analyzer))) {
      summary.skipped++;
      options.onProgress?.(summary);
      continue;
    }
    const job = toJob(item, options.outlet);
    const seq = nextSeq++;
    analyzing++;
    inFlight++;
    void (options.pool ? options.pool.run(job) : Promise.resolve(runAnalysisJob(job)))
      .then((outcome) => {
        analyzing--;
        slotFreed?.();
        return save(seq, item.location, outcome);
      })
      .then(() => options.onProgress?.(summary))
      .catch((error: unknown) => {
        failures.push(error);
      })
      .finally(() => {
        inFlight--;
        slotFreed?.();
      });
    while (analyzing >= capacity || inFlight >= limit) await new Promise<void>((resolve) => (slotFreed = resolve));
  }
  allRead = true;
  if (waiting.length > 0) writer ??= drain();
  while (inFlight > 0) await new Promise<void>((resolve) => (slotFreed = resolve));
  if (failures.length > 0) throw failures[0];
  return summary;
}

/** Ingest files, directories and JSONL into the store. */
export function ingestPaths(paths: readonly string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestItems(readSources(paths), store, options);
}
