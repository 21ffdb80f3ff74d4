// Search at corpus scale: the BBC articles are analyzed once, then stored again and again under
// distinct ids (copy-K/ID) until the corpus holds --articles articles. The stored analyses are
// inserted in bulk (transactions of 500 articles) instead of analyzing 100k times; each copy gets
// a date (copy K is dated 2004-01-01 plus K weeks) so date filters have something to select.
// Then: p50/p95 latency of two-word quotation searches, of filtered searches, of person dossiers,
// and the database size per article.
// Usage: npm run bench -- search [--articles 100000] [--db FILE (default: a temporary file)] [--queries 200] [--optimize]
// With --db FILE the corpus is kept and reused by the next run; --optimize merges the full-text index first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSources } from '../../src/ingest/read-sources.js';
import { createAnalysisPool } from '../../src/ingest/worker-pool.js';
import { openStore } from '../../src/store/open.js';
import { searchWords } from '../../src/store/search-quotes.js';
import type { PreparedRows } from '../../src/store/article-rows.js';
import { prepareRows } from '../../src/store/save-article.js';
import type { ArticleInput, Store } from '../../src/store/types.js';

const { values } = parseArgs({ options: { articles: { type: 'string' }, db: { type: 'string' }, queries: { type: 'string' }, file: { type: 'string' }, optimize: { type: 'boolean' } } });
const target = Number(values.articles ?? 100_000);
const queryCount = Number(values.queries ?? 200);
const file = values.file ?? '../shared/data/news/bbc.jsonl';
let seed = 7;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function percentile(samples: number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

async function timed(samples: number[], run: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run();
  samples.push(performance.now() - started);
}

function report(label: string, samples: number[]): void {
  console.log(`${label}: n=${samples.length} p50 ${percentile(samples, 0.5).toFixed(1)} ms, p95 ${percentile(samples, 0.95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`);
}

async function analyzeOnce(): Promise<Array<{ article: ArticleInput; prepared: PreparedRows }>> {
  const pool = createAnalysisPool();
  const tasks = [];
  for await (const item of readSources([file])) {
    if (item.kind === 'text') tasks.push(pool.run({ kind: 'text', article: item.article, diagnostics: [] }));
  }
  const outcomes = await Promise.all(tasks);
  await pool.close();
  return outcomes.flatMap((outcome) => {
    if (!outcome.ok || 'json' in outcome) return [];
    return [{ article: outcome.article, prepared: 'prepared' in outcome ? outcome.prepared : prepareRows(outcome.article, outcome.analysis) }];
  });
}

async function build(store: Store, analyzed: Array<{ article: ArticleInput; prepared: PreparedRows }>): Promise<void> {
  const copies = Math.ceil(target / analyzed.length);
  const started = performance.now();
  let stored = 0;
  for (let copy = 0; copy < copies && stored < target; copy++) {
    const date = new Date(Date.UTC(2004, 0, 1 + copy * 7)).toISOString().slice(0, 10);
    const batch = analyzed.slice(0, target - stored).map(({ article, prepared }) => ({ article: { ...article, id: `copy-${copy}/${article.id ?? ''}`, outlet: 'BBC', date }, prepared: { ...prepared, date } }));
    for (let index = 0; index < batch.length; index += 500) await store.saveArticles(batch.slice(index, index + 500));
    stored += batch.length;
    process.stderr.write(`\rbuilt ${stored}/${target} articles (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  process.stderr.write('\n');
}

const directory = values.db ? null : mkdtempSync(join(tmpdir(), 'whosaid-search-'));
const path = values.db ?? join(directory ?? '.', 'search.db');
try {
  const analyzed = await analyzeOnce();
  const quoteTexts = analyzed.flatMap(({ prepared }) => prepared.rows.quotes.map((quote) => quote.text));
  const store = await openStore(path);
  const existing = (await store.stats()).articles;
  if (existing < target) await build(store, analyzed);
  if (values.optimize) {
    const started = performance.now();
    await store.optimize();
    console.log(`optimize: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const stats = await store.stats();
  const bytes = await store.sizeBytes();
  console.log(`corpus: ${stats.articles} articles, ${stats.quotes} quotations, ${stats.people} people (from ${analyzed.length} analyzed BBC articles)`);
  if (bytes !== null) console.log(`database: ${(bytes / 1e6).toFixed(0)} MB, ${(bytes / stats.articles / 1024).toFixed(1)} KB per article`);

  // Two words that occur together in a real quotation, so most queries have matches.
  const queries = Array.from({ length: queryCount }, () => {
    const words = searchWords(pick(quoteTexts)).filter((word) => word.length >= 4);
    return words.length >= 2 ? `${pick(words)} ${pick(words)}` : 'said government';
  });
  for (const q of queries.slice(0, 5)) await store.searchQuotes({ q });
  const plain: number[] = [];
  let hits = 0;
  for (const q of queries) await timed(plain, async () => (hits += (await store.searchQuotes({ q, limit: 20 })).items.length > 0 ? 1 : 0));
  report('two-word search (top 20)', plain);
  console.log(`  ${hits}/${queries.length} queries had results`);
  const people = stats.topPeople.map((person) => person.name);
  const filtered: number[] = [];
  for (const q of queries.slice(0, 50)) await timed(filtered, () => store.searchQuotes({ q, from: '2004-06-01', to: '2004-12-31', outlet: 'BBC' }));
  report('two-word search with date and outlet filters', filtered);
  if (people.length > 0) {
    const bySpeaker: number[] = [];
    for (const q of queries.slice(0, 50)) await timed(bySpeaker, () => store.searchQuotes({ q, speaker: pick(people) }));
    report('two-word search with --speaker', bySpeaker);
    const dossiers: number[] = [];
    for (const name of people) await timed(dossiers, () => store.dossier(name));
    report(`dossier (the ${people.length} most quoted people)`, dossiers);
  } else console.log('no people in the corpus: the analyzer found no person entities, so dossiers were not measured');
  const statsTimes: number[] = [];
  await timed(statsTimes, () => store.stats());
  report('stats', statsTimes);
  await store.close();
} finally {
  if (directory) rmSync(directory, { recursive: true, force: true });
}
