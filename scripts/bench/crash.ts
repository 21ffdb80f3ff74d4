// Crash test: kill -9 an ingest at random moments, 20 times, then let it finish; the store must
// then hold exactly what an uninterrupted ingest stores: the same articles, the same quotations
// per article, no duplicates.
// Usage: npm run bench -- crash [--file ../shared/data/news/bbc.jsonl] [--kills 20] [--max-delay SECONDS] [--seed N]
// Each run is killed at a random moment after it has started writing: uniform between 0 and --max-delay
// after its first commit (default: twice the uninterrupted ingest's time divided by the kills, which
// spreads the kills over the whole ingest). Every fifth kill instead lands at a random moment of start-up.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { toNumber } from '../../src/store/database.js';
import { openSqliteDatabase } from '../../src/store/sqlite-database.js';

const { values } = parseArgs({ options: { file: { type: 'string' }, kills: { type: 'string' }, 'max-delay': { type: 'string' }, seed: { type: 'string' } } });
const file = resolve(values.file ?? '../shared/data/news/bbc.jsonl');
const kills = Number(values.kills ?? 20);
let maxDelay = values['max-delay'] ? Number(values['max-delay']) * 1000 : 0;
let seed = Number(values.seed ?? Date.now() % 100_000);
const initialSeed = seed;
const random = (): number => {
  // Mulberry32: a reproducible sequence of kill moments for a given --seed.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const CLI = "import { main } from './src/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";

const directory = mkdtempSync(join(tmpdir(), 'whosaid-crash-'));
// Other engineers change the analyzer while this runs: both ingests run from a frozen copy of the code.
const frozen = join(directory, 'code');
for (const part of ['src', 'data', 'package.json', 'tsconfig.json']) cpSync(part, join(frozen, part), { recursive: true });
symlinkSync(resolve('node_modules'), join(frozen, 'node_modules'));

function storedArticles(db: string): number {
  try {
    const reader = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return Number((reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n);
    } finally {
      reader.close();
    }
  } catch {
    return 0;
  }
}

/** Run an ingest; kill it `killAfterMs` after its first new commit (or after its start, with `fromStart`). */
function ingest(db: string, killAfterMs: number | null, fromStart = false): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const before = storedArticles(db);
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CLI, '--', 'ingest', file, '--db', db, '--quiet'], { cwd: frozen, stdio: ['ignore', 'ignore', 'ignore'] });
  let timer: NodeJS.Timeout | null = null;
  let watcher: NodeJS.Timeout | null = null;
  if (killAfterMs !== null && fromStart) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  else if (killAfterMs !== null) {
    watcher = setInterval(() => {
      if (storedArticles(db) <= before) return;
      if (watcher) clearInterval(watcher);
      timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    }, 100);
  }
  return new Promise((done) => child.on('close', (code, signal) => {
    if (timer) clearTimeout(timer);
    if (watcher) clearInterval(watcher);
    done({ code, signal });
  }));
}

async function contents(db: string): Promise<{ articles: number; quotes: number; people: number; perArticle: Map<string, string>; duplicates: number }> {
  const database = openSqliteDatabase(db);
  const [articles] = await database.all('SELECT count(*) AS n, count(DISTINCT id) AS ids FROM articles');
  const [quotes] = await database.all('SELECT count(*) AS n FROM quotes');
  const [people] = await database.all('SELECT count(DISTINCT person_id) AS n FROM entities WHERE person_id IS NOT NULL');
  const [duplicates] = await database.all('SELECT count(*) AS n FROM (SELECT article_id, quote_id FROM quotes GROUP BY article_id, quote_id HAVING count(*) > 1) d');
  // Internal consistency: every article's quote rows match the quotations in its stored analysis.
  let mismatched = 0;
  for (const row of await database.all('SELECT n.article_id, n.json, (SELECT count(*) FROM quotes q WHERE q.article_id = n.article_id) AS stored FROM analyses n')) {
    const analysis = JSON.parse(String(row.json)) as { quotes: unknown[] };
    if (analysis.quotes.length !== toNumber(row.stored)) mismatched++;
  }
  const [orphans] = await database.all('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id)');
  const rows = await database.all(`SELECT article_id, group_concat(quote_id || ':' || start_offset || '-' || end_offset || ':' || coalesce(speaker_name, ''), '|') AS q FROM
    (SELECT * FROM quotes ORDER BY article_id, start_offset, quote_id) GROUP BY article_id`);
  await database.close();
  const perArticle = new Map(rows.map((row) => [String(row.article_id), String(row.q)]));
  return {
    articles: toNumber(articles?.n), quotes: toNumber(quotes?.n), people: toNumber(people?.n), perArticle,
    duplicates: toNumber(duplicates?.n) + (toNumber(articles?.n) - toNumber(articles?.ids)) + toNumber(orphans?.n) + mismatched,
  };
}

try {
  const reference = join(directory, 'reference.db');
  const crashed = join(directory, 'crashed.db');
  console.log(`reference: an uninterrupted ingest of ${file}`);
  const started = Date.now();
  await ingest(reference, null);
  const took = Date.now() - started;
  console.log(`  took ${(took / 1000).toFixed(1)} s`);
  if (maxDelay === 0) maxDelay = Math.round((2 * took) / kills);
  console.log(`crash run (seed ${initialSeed}): ${kills} kills, each at a random moment within ${maxDelay / 1000} s of the run's first commit (every fifth during start-up)`);
  for (let kill = 1; kill <= kills; kill++) {
    const duringStartup = kill % 5 === 0;
    const delay = Math.round(random() * (duringStartup ? 3000 : maxDelay));
    const result = await ingest(crashed, delay, duringStartup);
    const now = await contents(crashed);
    const when = duringStartup ? `${delay} ms after start` : `${delay} ms after its first commit`;
    console.log(`  kill ${String(kill).padStart(2)} ${when}: ${result.signal ?? `exit ${result.code}`}; stored ${now.articles} articles, ${now.quotes} quotes`);
  }
  const final = await ingest(crashed, null);
  console.log(`  final run: exit ${final.code}`);
  const expected = await contents(reference);
  const actual = await contents(crashed);
  let differing = 0;
  for (const [id, quotes] of expected.perArticle) if (actual.perArticle.get(id) !== quotes) differing++;
  for (const id of actual.perArticle.keys()) if (!expected.perArticle.has(id)) differing++;
  console.log(`expected: ${expected.articles} articles, ${expected.quotes} quotes, ${expected.people} people`);
  console.log(`after crashes: ${actual.articles} articles, ${actual.quotes} quotes, ${actual.people} people`);
  console.log(`duplicates or half-written articles: ${actual.duplicates}; articles whose quotations differ: ${differing}`);
  const ok = actual.articles === expected.articles && actual.quotes === expected.quotes && actual.duplicates === 0 && differing === 0;
  console.log(ok ? 'PASS: nothing lost, nothing duplicated' : 'FAIL');
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(directory, { recursive: true, force: true });
}
