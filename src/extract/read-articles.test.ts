import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readArticles, readArticlesFromBytes } from './read-articles.js';
import type { ArticleReadResult } from './types.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/extract/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'whosaid-extract-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

async function collect(path: string): Promise<ArticleReadResult[]> {
  const results: ArticleReadResult[] = [];
  for await (const result of readArticles(path)) results.push(result);
  return results;
}

test('JSONL: a malformed line is reported with its line number and reading continues', async () => {
  const results = await collect(join(fixtures, 'articles.jsonl'));
  const summary = results.map((r) => (r.kind === 'article' ? `article ${r.location.split(':').pop()} ${r.id ?? ''}` : `problem ${r.location.split(':').pop()} ${r.code}`));
  assert.deepEqual(summary, ['article 1 a1', 'problem 2 invalid-json', 'article 3 a3', 'problem 5 not-an-object', 'problem 6 no-text', 'problem 7 empty-text', 'article 8 7']);
});

test('JSONL: an html field is extracted; given fields are kept', async () => {
  const results = await collect(join(fixtures, 'articles.jsonl'));
  const first = results[0];
  const third = results[2];
  assert.ok(first?.kind === 'article' && first.title === 'First' && first.date === '2017-03-02');
  assert.ok(third?.kind === 'article');
  assert.match(third.text, /^The mayor and the council agreed/);
  assert.equal(third.url, 'https://ledger.example/2017/03/03/transit');
});

test('feeds yield one article per item, located by item number', async () => {
  const results = await collect(join(fixtures, 'feed.rss'));
  const articles = results.filter((r) => r.kind === 'article');
  assert.deepEqual(articles.map((r) => r.location.split('#').pop()), ['1', '2']);
  assert.ok(articles[0]?.kind === 'article' && articles[0].text.startsWith('Senator Alice Marsh said on Thursday'));
  assert.ok(results.some((r) => r.kind === 'problem' && r.code === 'feed-item-empty'));
});

test('a directory is read recursively in name order, with problems for unreadable files', async () => {
  const dir = join(scratch, 'corpus');
  const nested = join(dir, 'nested');
  for (const path of [dir, nested]) rmSync(path, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(nested, { recursive: true }));
  copyFileSync(join(fixtures, 'article.html'), join(dir, 'a.html'));
  writeFileSync(join(nested, 'b.txt'), 'A plain text article.\n\nWith two paragraphs.');
  writeFileSync(join(nested, 'c.html.gz'), gzipSync(Buffer.from('<html><body><article><p>Compressed story about a council vote that took place on a Tuesday afternoon in spring.</p></article></body></html>')));
  writeFileSync(join(nested, 'd.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
  writeFileSync(join(nested, 'e.html.gz'), Buffer.from('not gzip at all'));
  const results = await collect(dir);
  assert.deepEqual(
    results.map((r) => `${r.kind} ${r.location.slice(dir.length + 1)}`),
    ['article a.html', 'article nested/b.txt', 'article nested/c.html.gz', 'problem nested/d.bin', 'problem nested/e.html.gz'],
  );
  const html = results[0];
  assert.ok(html?.kind === 'article' && html.title === 'Senator questions budget plan' && html.sourceMap !== undefined);
});

test('a missing path is a problem, not an exception', async () => {
  const results = await collect(join(scratch, 'does-not-exist.html'));
  assert.equal(results.length, 1);
  assert.equal(results[0]?.kind === 'problem' ? results[0].code : '', 'unreadable');
});

test('bytes of unknown name are sniffed: feed, HTML, JSONL or text', () => {
  const kinds = (text: string): string[] => [...readArticlesFromBytes(Buffer.from(text), 'stdin')].map((r) => (r.kind === 'article' ? r.text.slice(0, 12) : r.code));
  assert.deepEqual(kinds('{"text":"One line here."}\n{"text":"Another line."}'), ['One line her', 'Another line']);
  assert.deepEqual(kinds('Plain words only, nothing else.'), ['Plain words ']);
  assert.deepEqual(kinds('<rss version="2.0"><channel><item><title>T</title><description>Feed text here.</description></item></channel></rss>'), ['Feed text he']);
});
