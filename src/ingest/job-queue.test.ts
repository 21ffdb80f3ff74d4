import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import pg from 'pg';
import { analyze } from '../analyze.js';
import { openStore } from '../store/open.js';
import { enqueuePaths } from './job-queue.js';

const pgUrl = process.env.WHOSAID_TEST_PG;
const root = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = Array.from({ length: 12 }, (_, index) => ({
  id: `queued-${index}`,
  text: `Mayor Ann Lee said on Monday: "Budget item ${index} will pass." Council member Bob Ray told reporters that item ${index} was "a waste".`,
}));

function runWorker(url: string): Promise<{ code: number | null; stderr: string }> {
  const code = "import { main } from './src/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, '--', 'worker', '--db', url, '--exit-when-idle', '--jobs', '1'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (exitCode) => resolve({ code: exitCode, stderr })));
}

test('two worker processes share one queue and store every article exactly once', { skip: pgUrl ? false : 'WHOSAID_TEST_PG is not set; the PostgreSQL queue test is skipped', timeout: 120_000 }, async () => {
  const schema = `queue_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(pgUrl ?? '');
  url.searchParams.set('schema', schema);
  const directory = mkdtempSync(join(tmpdir(), 'whosaid-queue-test-'));
  try {
    const file = join(directory, 'articles.jsonl');
    writeFileSync(file, `${ARTICLES.map((article) => JSON.stringify(article)).join('\n')}\n{broken\n`);
    const problems: string[] = [];
    const queued = await enqueuePaths([file], url.toString(), { onProblem: (problem) => problems.push(problem.location) });
    assert.deepEqual(queued, { enqueued: ARTICLES.length, failed: 1 });
    assert.deepEqual(problems, [`${file}:13`]);
    const results = await Promise.all([runWorker(url.toString()), runWorker(url.toString())]);
    for (const result of results) assert.equal(result.code, 0, result.stderr);
    const store = await openStore(url.toString());
    const stats = await store.stats();
    await store.close();
    const expectedQuotes = ARTICLES.reduce((sum, article) => sum + analyze(article).quotes.length, 0);
    assert.equal(stats.articles, ARTICLES.length);
    assert.equal(stats.quotes, expectedQuotes);
  } finally {
    rmSync(directory, { recursive: true, force: true });
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
    await client.end();
  }
});
