import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { PassThrough } from 'node:stream';
import { ingestCommand } from '../cli/ingest.js';
import { openStore } from '../store/open.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../store/types.js';
import { runAnalysisJob } from './analysis-job.js';
import { ingestItems, ingestPaths } from './ingest.js';
import { readLines, readSources, type SourceItem } from './read-sources.js';
import type { AnalysisPool } from './worker-pool.js';

const directory = mkdtempSync(join(tmpdir(), 'whosaid-ingest-test-'));
after(() => rmSync(directory, { recursive: true, force: true }));

const ARTICLE_A = { id: 'a', outlet: 'CNN', date: '2017-03-02', text: 'The senator said: "We will vote on Friday." Officials declined to comment.' };
const ARTICLE_B = { id: 'b', text: 'Ms. Jones told reporters that the plan was dead.' };

function writeJsonl(name: string, lines: string[]): string {
  const path = join(directory, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

test('malformed JSONL lines are reported with their line and the others are stored', async () => {
  const path = writeJsonl('mixed.jsonl', [JSON.stringify(ARTICLE_A), '{not json', '[1, 2]', JSON.stringify({ id: 'x', text: '' }), JSON.stringify({ id: 'y' }), JSON.stringify(ARTICLE_B)]);
  const store = await openStore(':memory:');
  const problems: string[] = [];
  const summary = await ingestPaths([path], store, { onProblem: (problem) => problems.push(`${problem.location} ${problem.code}`) });
  assert.deepEqual(problems, [`${path}:2 invalid-json`, `${path}:3 not-an-object`, `${path}:4 empty`, `${path}:5 no-text`]);
  assert.equal(summary.inserted, 2);
  assert.equal(summary.failed, 4);
  assert.equal((await store.getArticle('a'))?.article.outlet, 'CNN');
  await store.close();
});

test('ingesting the same input again analyzes nothing and stores nothing new', async () => {
  const path = writeJsonl('again.jsonl', [JSON.stringify(ARTICLE_A), JSON.stringify(ARTICLE_B)]);
  const store = await openStore(':memory:');
  await ingestPaths([path], store);
  const before = await store.stats();
  const summary = await ingestPaths([path], store);
  assert.deepEqual({ skipped: summary.skipped, inserted: summary.inserted }, { skipped: 2, inserted: 0 });
  assert.deepEqual(await store.stats(), before);
  await store.close();
});

test('an article stored by another analyzer version is analyzed again', async () => {
  const path = writeJsonl('version.jsonl', [JSON.stringify(ARTICLE_A)]);
  const store = await openStore(':memory:');
  await ingestPaths([path], store);
  const summary = await ingestPaths([path], store, { analyzer: 'an-older-analyzer' });
  assert.equal(summary.skipped, 0);
  assert.equal(summary.unchanged, 1);
  await store.close();
});

test('directories are read recursively in name order and unreadable paths are reported', async () => {
  const root = join(directory, 'tree');
  mkdirSync(join(root, 'b'), { recursive: true });
  writeFileSync(join(root, 'a.txt'), 'First article. "Yes," she said.');
  writeFileSync(join(root, 'b', 'c.txt'), 'Second article. He said no.');
  writeFileSync(join(root, 'ignored.bin'), Buffer.from([0, 1, 2]));
  const items = [];
  for await (const item of readSources([root, join(directory, 'missing.txt')])) items.push(`${item.kind} ${item.location}`);
  assert.deepEqual(items, [`text ${join(root, 'a.txt')}`, `text ${join(root, 'b', 'c.txt')}`, `problem ${join(directory, 'missing.txt')}`]);
});

test('the ingest command analyzes in worker threads, reports problems on stderr and exits 1 when some items were skipped', async () => {
  const path = writeJsonl('cli.jsonl', [JSON.stringify(ARTICLE_A), 'garbage', JSON.stringify(ARTICLE_B)]);
  const db = join(directory, 'cli.db');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const errors: string[] = [];
  stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const code = await ingestCommand([path, '--db', db, '--jobs', '1'], { stdout, stderr, stdin: new PassThrough(), isTty: false });
  assert.equal(code, 1);
  assert.match(errors.join(''), new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: skipped \\(invalid-json\\)`));
  const store = await openStore(db);
  assert.equal((await store.stats()).articles, 2);
  await store.close();
});

test('a JSONL line longer than the limit is reported and skipped without reading it into memory', async () => {
  const path = join(directory, 'long.jsonl');
  writeFileSync(path, `${JSON.stringify(ARTICLE_A)}\r\n${'x'.repeat(300)}\n${JSON.stringify(ARTICLE_B)}`);
  const lines = [];
  for await (const line of readLines(path, 200)) lines.push(line === null ? null : (JSON.parse(line) as { id: string }).id);
  assert.deepEqual(lines, ['a', null, 'b']);
});

test('articles are saved in the order they were read, however the analyses finish', async () => {
  // A pool whose jobs finish in a scrambled order (later items often first), as uneven articles do on several workers.
  const delays = [9, 1, 7, 3, 0, 8, 2, 6, 4, 5, 9, 0, 3, 7, 1, 8];
  let calls = 0;
  const pool: AnalysisPool = {
    size: 4, capacity: 8,
    run: async (job) => {
      await sleep(delays[calls++ % delays.length]!);
      return runAnalysisJob(job, true);
    },
    close: async () => undefined,
  };
  const store = await openStore(':memory:');
  const saved: string[] = [];
  const recording: Store = Object.assign(Object.create(store) as Store, {
    saveArticles: (items: Parameters<Store['saveArticles']>[0]) => {
      saved.push(...items.map((item) => String(item.article.id)));
      return store.saveArticles(items);
    },
  });
  const ids = Array.from({ length: 40 }, (_, k) => `n${String(k).padStart(2, '0')}`);
  async function* items(): AsyncGenerator<SourceItem> {
    for (const id of ids) yield { kind: 'text', location: id, article: { id, text: `"We will vote on item ${id}," Senator Jane Doe said.` }, diagnostics: [] };
  }
  const summary = await ingestItems(items(), recording, { pool });
  assert.equal(summary.inserted, ids.length);
  assert.deepEqual(saved, ids);
  await store.close();
});
