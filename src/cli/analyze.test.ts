import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';
import { runCaptured, type CommandResult } from '../../test/capture-io.js';

function run(args: string[], stdin = ''): Promise<CommandResult> {
  return runCaptured((a, io) => main(a, io), args, stdin);
}

const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));

test('analyze prints a readable report with speakers', async () => {
  const file = join(dir, 'a.txt');
  writeFileSync(file, '"We cannot ask taxpayers to sign a blank check," Council President Maria Okafor said.');
  const { code, out } = await run(['analyze', file]);
  assert.equal(code, 0);
  assert.match(out, /Maria Okafor \(Council President\)/);
});

test('analyze --json prints the Analysis', async () => {
  const { code, out } = await run(['analyze', '-', '--json', '--date', '2017-03-02'], '"It is over," Smith said Thursday.');
  assert.equal(code, 0);
  const analysis = JSON.parse(out) as { quotes: unknown[]; date: string };
  assert.equal(analysis.quotes.length, 1);
  assert.equal(analysis.date, '2017-03-02');
});

test('analyze --format jsonl keeps ids and reports a bad line without stopping', async () => {
  const input = ['{"id":"a1","text":"\\"Yes,\\" he said."}', 'not json', '{"id":"a3","text":42}', '{"id":"a4","text":"Officials said it failed."}'].join('\n');
  const { code, out, err } = await run(['analyze', '-', '--format', 'jsonl'], input);
  assert.equal(code, 1);
  const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { id?: string; error?: { code: string } });
  assert.deepEqual(lines.map((l) => l.id ?? null), ['a1', null, 'a3', 'a4']);
  assert.equal(lines[1]?.error?.code, 'INVALID_INPUT');
  assert.equal(lines[2]?.error?.code, 'INVALID_INPUT');
  assert.match(err, /-:2: skipped/);
});

test('a missing file is an input error with exit code 3', async () => {
  const { code, err } = await run(['analyze', join(dir, 'missing.txt')]);
  assert.equal(code, 3);
  assert.match(err, /cannot read/);
});

test('a file over --max-size is refused before it is read', async () => {
  const file = join(dir, 'big.txt');
  writeFileSync(file, 'x'.repeat(2000));
  const { code, err } = await run(['analyze', file, '--max-size', '1000']);
  assert.equal(code, 3);
  assert.match(err, /more than --max-size/);
});

test('invalid UTF-8 is decoded with a diagnostic', async () => {
  const file = join(dir, 'latin1.txt');
  writeFileSync(file, Buffer.from([0x22, 0x43, 0x61, 0x66, 0xe9, 0x2c, 0x22, 0x20, 0x68, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2e]));
  const { code, out } = await run(['analyze', file, '--json']);
  assert.equal(code, 0);
  const analysis = JSON.parse(out) as { text: string; diagnostics: Array<{ code: string }> };
  assert.ok(analysis.text.includes('Café'));
  assert.ok(analysis.diagnostics.some((d) => d.code === 'not-utf8'));
});

test('unknown commands and options are usage errors', async () => {
  assert.equal((await run(['frobnicate'])).code, 2);
  assert.equal((await run(['analyze', '-', '--bogus'])).code, 2);
});
