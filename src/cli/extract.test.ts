import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractCommand } from './extract.js';
import { CliError, EXIT, type CliIo } from './io.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../test/fixtures/extract/${name}`, import.meta.url));

function memoryIo(stdinText = ''): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdout, stderr, stdin, isTty: false }, out: () => out, err: () => err };
}

test('--format jsonl prints one {source, title, byline, date, text} line per HTML file', async () => {
  const { io, out } = memoryIo();
  assert.equal(await extractCommand(['--format', 'jsonl', fixture('article.html')], io), EXIT.ok);
  const lines = out().trim().split('\n');
  assert.equal(lines.length, 1);
  const record = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
  assert.deepEqual(Object.keys(record), ['source', 'title', 'byline', 'date', 'text']);
  assert.equal(record.title, 'Senator questions budget plan');
  assert.equal(record.date, '2017-03-02');
});

test('JSONL input gives one line per good record, reports bad lines on stderr, and exits 1', async () => {
  const { io, out, err } = memoryIo();
  assert.equal(await extractCommand(['--format', 'jsonl', fixture('articles.jsonl')], io), EXIT.partial);
  assert.equal(out().trim().split('\n').length, 3);
  assert.match(err(), /articles\.jsonl:2: skipped \(invalid-json\)/);
});

test('the default format is readable text with the metadata on top', async () => {
  const { io, out } = memoryIo();
  assert.equal(await extractCommand([fixture('article.html')], io), EXIT.ok);
  assert.match(out(), /^== .*article\.html\ntitle: {2}Senator questions budget plan\nbyline: Jane Q\. Reporter\ndate: {3}2017-03-02\n\nWASHINGTON/);
});

test('reads standard input with -', async () => {
  const { io, out } = memoryIo('<html><body><article><p>Standard input story about the council vote on Tuesday and what it means.</p></article></body></html>');
  assert.equal(await extractCommand(['--format', 'jsonl', '-'], io), EXIT.ok);
  assert.match(out(), /"source":"stdin".*Standard input story/);
});

test('exits 3 when nothing could be read, and 2 on usage errors', async () => {
  assert.equal(await extractCommand([fixture('no-such-file.html')], memoryIo().io), EXIT.input);
  await assert.rejects(extractCommand([], memoryIo().io), (error: unknown) => error instanceof CliError && error.exitCode === EXIT.usage);
  await assert.rejects(extractCommand(['--format', 'xml', fixture('article.html')], memoryIo().io), (error: unknown) => error instanceof CliError && error.exitCode === EXIT.usage);
});
