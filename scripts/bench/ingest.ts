// Ingest throughput: analysis alone (the worker pool, results dropped) versus a full ingest into a
// fresh SQLite store, over the same articles with the same pool. Reports articles/s and the store's
// overhead over analysis alone (target ≤ 20%), in wall time and in CPU time.
// Usage: npm run bench -- ingest [--file ../shared/data/news/bbc.jsonl] [--jobs N] [--limit N] [--runs N]
//
// Other work on the machine makes single runs noisy, so the two phases run --runs times each,
// alternately (analysis first in even rounds, ingest first in odd ones, so a drifting load falls on
// both), after an untimed warm-up of both; the report gives every run and the medians. CPU time is
// counted for the whole process (all threads) and for the main thread alone, which is where the
// ingest writes to SQLite.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestItems } from '../../src/ingest/ingest.js';
import { readSources, type SourceItem } from '../../src/ingest/read-sources.js';
import { createAnalysisPool } from '../../src/ingest/worker-pool.js';
import { openStore } from '../../src/store/open.js';

const { values } = parseArgs({ options: { file: { type: 'string' }, jobs: { type: 'string' }, limit: { type: 'string' }, runs: { type: 'string' } } });
const file = values.file ?? '../shared/data/news/bbc.jsonl';
const jobs = values.jobs ? Number(values.jobs) : undefined;
const limit = values.limit ? Number(values.limit) : Infinity;
const runs = values.runs ? Math.max(1, Number(values.runs)) : 7;

async function load(): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources([file])) {
    if (items.length >= limit) break;
    items.push(item);
  }
  return items;
}

async function* replay(items: SourceItem[]): AsyncGenerator<SourceItem> {
  yield* items;
}

/** CPU seconds of this process, all threads. */
function processCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** Clock ticks per second of /proc/<pid>/task/<tid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds of the main thread alone (Linux; null elsewhere), at 10 ms resolution. */
function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Wall, process CPU and main-thread CPU seconds of one timed phase. */
interface Timing {
  seconds: number;
  cpu: number;
  mainCpu: number | null;
}

async function timed(work: () => Promise<void>): Promise<Timing> {
  const started = performance.now();
  const cpu = processCpuSeconds();
  const mainCpu = mainThreadCpuSeconds();
  await work();
  const mainAfter = mainThreadCpuSeconds();
  return {
    seconds: (performance.now() - started) / 1000, cpu: processCpuSeconds() - cpu,
    mainCpu: mainCpu !== null && mainAfter !== null ? mainAfter - mainCpu : null,
  };
}

type Pool = ReturnType<typeof createAnalysisPool>;

/** Load every worker's lazily loaded models. */
async function warmUp(pool: Pool, items: SourceItem[]): Promise<void> {
  const texts = items.flatMap((item) => (item.kind === 'text' ? [item] : [])).slice(0, pool.size * 2);
  await Promise.all(texts.map((item) => pool.run({ kind: 'text', article: item.article, diagnostics: [] })));
}

function analysisAlone(pool: Pool, items: SourceItem[]): Promise<Timing> {
  return timed(async () => {
    const inFlight = new Set<Promise<unknown>>();
    for (const item of items) {
      if (item.kind !== 'text') continue;
      // The Analysis as JSON text, as an analysis without a store would output it; ingest's workers
      // instead compute the store rows (prepareRows), which is part of the store's cost.
      const task = pool.run({ kind: 'text', article: item.article, diagnostics: item.diagnostics, result: 'json' });
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      while (inFlight.size >= pool.capacity) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  });
}

interface IngestRun extends Timing {
  quotes: number;
  articles: number;
  bytes: number | null;
}

async function fullIngest(pool: Pool, items: SourceItem[], path: string): Promise<IngestRun> {
  let failed = 0;
  // Opening and closing the store are timed too: closing runs SQLite's final checkpoint of the write-ahead log.
  const timing = await timed(async () => {
    const store = await openStore(path, { backgroundCheckpoints: true });
    failed = (await ingestItems(replay(items), store, { pool })).failed;
    await store.close();
  });
  const store = await openStore(path);
  const stats = await store.stats();
  const bytes = await store.sizeBytes();
  await store.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  if (failed > 0) console.error(`${failed} items failed`);
  return { ...timing, quotes: stats.quotes, articles: stats.articles, bytes };
}

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

const percent = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;
const seconds = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(2)} s`);
const list = (numbers: readonly number[], format: (value: number) => string): string => numbers.map(format).join(', ');

const items = await load();
const count = items.filter((item) => item.kind === 'text').length;
const directory = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
// One pool for every phase: its workers load the analyzer once, so all phases time the same code
// even while the working tree changes.
const pool = createAnalysisPool(jobs ? { size: jobs } : {});
try {
  await warmUp(pool, items);
  // Untimed: the first pass over the data runs colder (JIT, lazily built tables) than any later one, on both sides.
  await analysisAlone(pool, items);
  await fullIngest(pool, items, join(directory, 'warm-up.db'));
  const alone: Timing[] = [];
  const ingests: IngestRun[] = [];
  for (let round = 0; round < runs; round++) {
    const path = join(directory, `bench-${round}.db`);
    if (round % 2 === 0) {
      alone.push(await analysisAlone(pool, items));
      ingests.push(await fullIngest(pool, items, path));
    } else {
      ingests.push(await fullIngest(pool, items, path));
      alone.push(await analysisAlone(pool, items));
    }
  }
  const last = ingests[ingests.length - 1];
  console.log(`articles: ${count} from ${file}; pool: ${pool.size} worker threads; ${runs} runs of each phase, alternately`);
  const describe = (name: string, timings: readonly Timing[]): void => {
    const mains = timings.flatMap((timing) => (timing.mainCpu === null ? [] : [timing.mainCpu]));
    console.log(`${name}: median ${median(timings.map((t) => t.seconds)).toFixed(2)} s wall (${(count / median(timings.map((t) => t.seconds))).toFixed(1)} articles/s), `
      + `${median(timings.map((t) => t.cpu)).toFixed(2)} CPU s, main thread ${mains.length > 0 ? seconds(median(mains)) : 'n/a'}`);
    console.log(`  runs: wall ${list(timings.map((t) => t.seconds), (v) => v.toFixed(2))}; CPU ${list(timings.map((t) => t.cpu), (v) => v.toFixed(2))}; main thread ${list(mains, (v) => v.toFixed(2))}`);
  };
  describe('analysis alone', alone);
  describe('ingest into SQLite', ingests);
  if (last) console.log(`  stored ${last.articles} articles, ${last.quotes} quotes`);
  const wall = median(ingests.map((t) => t.seconds)) / median(alone.map((t) => t.seconds)) - 1;
  const cpu = median(ingests.map((t) => t.cpu)) / median(alone.map((t) => t.cpu)) - 1;
  const pairs = ingests.map((ingest, index) => ({ wall: ingest.seconds / (alone[index]?.seconds ?? NaN) - 1, cpu: ingest.cpu / (alone[index]?.cpu ?? NaN) - 1 }));
  console.log(`store overhead over analysis alone (medians): ${percent(wall)} wall time, ${percent(cpu)} CPU time (target <= 20%)`);
  // A round's two phases run back to back, so their ratio is less exposed to load that comes and goes than the ratio of medians.
  console.log(`  per round: wall ${list(pairs.map((pair) => pair.wall), percent)} (median ${percent(median(pairs.map((pair) => pair.wall)))}); `
    + `CPU ${list(pairs.map((pair) => pair.cpu), percent)} (median ${percent(median(pairs.map((pair) => pair.cpu)))})`);
  // The writing thread's extra CPU (main thread during the ingest minus main thread during analysis alone)
  // over the analysis alone: the store's own cost, less exposed to how busy the machine is.
  const writing = ingests.flatMap((ingest, index) => {
    const aloneRun = alone[index];
    return ingest.mainCpu !== null && aloneRun?.mainCpu != null ? [(ingest.mainCpu - aloneRun.mainCpu) / aloneRun.cpu] : [];
  });
  if (writing.length > 0) console.log(`  writing thread's extra CPU over analysis CPU: ${list(writing, percent)} (median ${percent(median(writing))})`);
  if (last && last.bytes !== null) console.log(`database: ${(last.bytes / 1e6).toFixed(1)} MB, ${(last.bytes / last.articles / 1024).toFixed(1)} KB per article`);
} finally {
  await pool.close();
  rmSync(directory, { recursive: true, force: true });
}
