// Ingest throughput: analysis alone (the worker pool, results dropped) versus a full ingest into a
// fresh SQLite store, over the same articles with the same pool size. Reports articles/s and the
// store's overhead over analysis alone (target ≤ 20%).
// Usage: npm run bench -- ingest [--file ../shared/data/news/bbc.jsonl] [--jobs N] [--limit N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestItems } from '../../src/ingest/ingest.js';
import { readSources, type SourceItem } from '../../src/ingest/read-sources.js';
import { createAnalysisPool } from '../../src/ingest/worker-pool.js';
import { openStore } from '../../src/store/open.js';

const { values } = parseArgs({ options: { file: { type: 'string' }, jobs: { type: 'string' }, limit: { type: 'string' } } });
const file = values.file ?? '../shared/data/news/bbc.jsonl';
const jobs = values.jobs ? Number(values.jobs) : undefined;
const limit = values.limit ? Number(values.limit) : Infinity;

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

/** CPU seconds of this process, all threads (less sensitive than wall time to other load on the machine). */
function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

type Pool = ReturnType<typeof createAnalysisPool>;

/** Load every worker's lazily loaded models before timing. */
async function warmUp(pool: Pool, items: SourceItem[]): Promise<void> {
  const texts = items.flatMap((item) => (item.kind === 'text' ? [item] : [])).slice(0, pool.size * 2);
  await Promise.all(texts.map((item) => pool.run({ kind: 'text', article: item.article, diagnostics: [] })));
}

async function analysisAlone(pool: Pool, items: SourceItem[]): Promise<{ seconds: number; cpu: number }> {
  const started = performance.now();
  const cpu = cpuSeconds();
  const inFlight = new Set<Promise<unknown>>();
  for (const item of items) {
    if (item.kind !== 'text') continue;
    const task = pool.run({ kind: 'text', article: item.article, diagnostics: item.diagnostics });
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    while (inFlight.size >= pool.size * 2) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { seconds: (performance.now() - started) / 1000, cpu: cpuSeconds() - cpu };
}

async function fullIngest(pool: Pool, items: SourceItem[], path: string): Promise<{ seconds: number; cpu: number; quotes: number; articles: number; bytes: number | null }> {
  const store = await openStore(path);
  const started = performance.now();
  const cpu = cpuSeconds();
  const summary = await ingestItems(replay(items), store, { pool });
  const seconds = (performance.now() - started) / 1000;
  const used = cpuSeconds() - cpu;
  const stats = await store.stats();
  const bytes = await store.sizeBytes();
  await store.close();
  if (summary.failed > 0) console.error(`${summary.failed} items failed`);
  return { seconds, cpu: used, quotes: stats.quotes, articles: stats.articles, bytes };
}

const items = await load();
const count = items.filter((item) => item.kind === 'text').length;
const directory = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
// One pool for every phase: its workers load the analyzer once, so all phases time the same code
// even while the working tree changes; analysis alone runs before and after the ingest.
const pool = createAnalysisPool(jobs ? { size: jobs } : {});
try {
  await warmUp(pool, items);
  // One untimed pass: the first pass over the data runs colder (JIT, lazily built tables) than any later one.
  await analysisAlone(pool, items);
  const before = await analysisAlone(pool, items);
  const full = await fullIngest(pool, items, join(directory, 'bench.db'));
  const after = await analysisAlone(pool, items);
  const alone = { seconds: (before.seconds + after.seconds) / 2, cpu: (before.cpu + after.cpu) / 2 };
  console.log(`articles: ${count} from ${file}; pool: ${pool.size} worker threads`);
  console.log(`analysis alone: ${before.seconds.toFixed(2)} s before and ${after.seconds.toFixed(2)} s after the ingest; mean ${(count / alone.seconds).toFixed(1)} articles/s, ${alone.cpu.toFixed(2)} CPU s`);
  console.log(`ingest into SQLite: ${full.seconds.toFixed(2)} s, ${(count / full.seconds).toFixed(1)} articles/s (${full.articles} articles, ${full.quotes} quotes stored), ${full.cpu.toFixed(2)} CPU s`);
  console.log(`store overhead over analysis alone: ${((full.seconds / alone.seconds - 1) * 100).toFixed(1)}% wall time, ${((full.cpu / alone.cpu - 1) * 100).toFixed(1)}% CPU time (target <= 20%)`);
  if (full.bytes !== null) console.log(`database: ${(full.bytes / 1e6).toFixed(1)} MB, ${(full.bytes / full.articles / 1024).toFixed(1)} KB per article`);
} finally {
  await pool.close();
  rmSync(directory, { recursive: true, force: true });
}
