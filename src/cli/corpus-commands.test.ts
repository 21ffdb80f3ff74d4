import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { analyze } from '../analyze.js';
import { openStore } from '../store/open.js';
import type { Analysis } from '../types.js';
import { exportCommand } from './export.js';
import { runCaptured, type CommandResult } from '../../test/capture-io.js';
import { CliError, type CliIo } from './io.js';
import { personCommand } from './person.js';
import { searchCommand } from './search.js';
import { statsCommand } from './stats.js';

const directory = mkdtempSync(join(tmpdir(), 'whosaid-cli-corpus-'));
const db = join(directory, 'corpus.db');
const TEXT = 'Senator Ann Lee said: "The budget, as written, will fail." Her rival Bob Ray disagreed.';

function withPeople(): Analysis {
  const analysis = analyze({ text: TEXT });
  const start = TEXT.indexOf('The budget');
  const end = TEXT.indexOf('fail.') + 5;
  const lee = TEXT.indexOf('Ann Lee');
  return {
    ...analysis,
    entities: [{ id: 'e1', type: 'person', name: 'Ann Lee', title: 'Senator', party: 'Democratic', mentions: [{ start: lee, end: lee + 7, text: 'Ann Lee', kind: 'name', source: 'rule:test' }] }],
    quotes: [{
      id: 'q1', kind: 'direct', content: { start, end, text: TEXT.slice(start, end) }, fragments: [{ start, end }], cue: null,
      speaker: { mention: null, entity: 'e1', name: 'Ann Lee', anonymous: false }, confidence: 0.9, source: 'rule:test',
    }],
  };
}

before(async () => {
  const store = await openStore(db);
  await store.saveArticle({ id: 'art-1', text: TEXT, outlet: 'Daily', date: '2020-05-01' }, withPeople());
  await store.close();
});
after(() => rmSync(directory, { recursive: true, force: true }));

const run = (command: (args: string[], io: CliIo) => Promise<number>, args: string[]): Promise<CommandResult> => runCaptured(command, args);

test('export --format webannotation writes one JSON-LD annotation collection', async () => {
  const { code, out } = await run(exportCommand, ['--format', 'webannotation', '--db', db]);
  assert.equal(code, 0);
  const collection = JSON.parse(out) as { type: string; first: { items: Array<{ type: string; target: { selector: Array<{ type: string }> } }> } };
  assert.equal(collection.type, 'AnnotationCollection');
  assert.equal(collection.first.items.length, 2);
  assert.deepEqual(collection.first.items[0]?.target.selector.map((selector) => selector.type), ['TextQuoteSelector', 'TextPositionSelector']);
});

test('export --format jsonl and csv write one record per article and per quotation', async () => {
  const jsonl = await run(exportCommand, ['--format', 'jsonl', '--db', db]);
  assert.deepEqual(jsonl.out.trim().split('\n').map((line) => (JSON.parse(line) as { article: { id: string } }).article.id), ['art-1']);
  const csv = await run(exportCommand, ['--format', 'csv', '--db', db]);
  assert.equal(csv.out.trim().split('\r\n').length, 2);
  await assert.rejects(run(exportCommand, ['--format', 'xml', '--db', db]), (error: unknown) => error instanceof CliError && error.exitCode === 2);
});

test('search, person and stats read the corpus through --db', async () => {
  const search = await run(searchCommand, ['budget', '--speaker', 'lee', '--json', '--db', db]);
  assert.equal((JSON.parse(search.out) as { items: unknown[] }).items.length, 1);
  const person = await run(personCommand, ['Senator', 'Lee', '--json', '--db', db]);
  assert.deepEqual((JSON.parse(person.out) as { person: { parties: string[] } }).person.parties, ['Democratic']);
  const stats = await run(statsCommand, ['--json', '--db', db]);
  assert.deepEqual((JSON.parse(stats.out) as { articles: number; quotes: number; people: number }), { ...(JSON.parse(stats.out) as object), articles: 1, quotes: 1, people: 1 });
  assert.equal((await run(personCommand, ['Nobody', 'Known', '--db', db])).code, 3);
  await assert.rejects(run(searchCommand, ['x', '--from', 'soon', '--db', db]), (error: unknown) => error instanceof CliError && error.exitCode === 2);
});
