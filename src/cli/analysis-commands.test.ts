import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { analyze } from '../analyze.js';
import { openStore } from '../store/open.js';
import type { CallRecord, ContradictionRecord, Page, TimelineEntry } from '../store/types.js';
import type { Analysis } from '../types.js';
import { runCaptured } from '../../test/capture-io.js';
import { callsCommand } from './calls.js';
import { COMMANDS } from './commands.js';
import { contradictionsCommand } from './contradictions.js';
import { exportCommand } from './export.js';
import { CliError } from './io.js';
import { personCommand } from './person.js';
import { statsCommand } from './stats.js';
import { timelineCommand } from './timeline.js';

const directory = mkdtempSync(join(tmpdir(), 'whosaid-cli-analysis-'));
const db = join(directory, 'corpus.db');
const SEED_TEXT = readFileSync(new URL('../../../shared/data/seed/article.txt', import.meta.url), 'utf8');
const FACT_TEXT = 'Jeff Sessions met twice last year with Russian ambassador Sergey Kislyak, the Justice Department confirmed.';

before(async () => {
  const store = await openStore(db);
  await store.saveArticle({ id: 'seed', text: SEED_TEXT, date: '2017-03-02', outlet: 'Business Insider' }, analyze({ text: SEED_TEXT, date: '2017-03-02', id: 'seed' }));
  await store.saveArticle({ id: 'report', text: FACT_TEXT, date: '2017-03-01', outlet: 'Reuters' }, analyze({ text: FACT_TEXT, date: '2017-03-01', id: 'report' }));
  await store.close();
});
after(() => rmSync(directory, { recursive: true, force: true }));

test('the command table lists timeline, calls and contradictions', () => {
  for (const name of ['timeline', 'calls', 'contradictions']) assert.ok(COMMANDS[name], name);
});

test('calls filters by target and action and prints who urges whom', async () => {
  const { code, out } = await runCaptured(callsCommand, ['--target', 'Sessions', '--action', 'resign', '--db', db]);
  assert.equal(code, 0);
  assert.match(out, /Charles Schumer → Jeff Sessions: resign/);
  assert.match(out, /Nancy Pelosi → Jeff Sessions: resign/);
  assert.doesNotMatch(out, /recuse/);
  const json = JSON.parse((await runCaptured(callsCommand, ['--actor', 'Trump', '--json', '--db', db])).out) as Page<CallRecord>;
  assert.deepEqual(json.items.map((call) => [call.action, call.negated]), [['recuse himself', true]]);
  await assert.rejects(runCaptured(callsCommand, ['--limit', 'x', '--db', db]), (error: unknown) => error instanceof CliError && error.exitCode === 2);
});

test('contradictions prints statements in one article and across articles', async () => {
  const { code, out } = await runCaptured(contradictionsCommand, ['--person', 'Sessions', '--limit', '100', '--db', db]);
  assert.equal(code, 0);
  assert.match(out, /Jeff Sessions, in one article/);
  assert.match(out, /Jeff Sessions, across articles/);
  assert.match(out, /I did not have communications with the Russians/);
  const json = JSON.parse((await runCaptured(contradictionsCommand, ['--person', 'Sessions', '--limit', '100', '--json', '--db', db])).out) as Page<ContradictionRecord>;
  assert.ok(json.items.some((item) => item.scope === 'corpus' && item.conflictsWith.articleId === 'report'));
  assert.equal((await runCaptured(contradictionsCommand, ['--person', 'Pelosi', '--db', db])).out, 'no contradictions found\n');
});

test('timeline prints a person\'s dated events in calendar order and refuses nobody', async () => {
  const { code, out } = await runCaptured(timelineCommand, ['Jeff', 'Sessions', '--db', db]);
  assert.equal(code, 0);
  assert.match(out, /^2016 +Jeff Sessions met twice last year/m);
  const json = JSON.parse((await runCaptured(timelineCommand, ['Sessions', '--json', '--db', db])).out) as Page<TimelineEntry>;
  const dated = json.items.flatMap((entry) => (entry.date ? [entry.date.slice(0, 10)] : []));
  assert.deepEqual(dated, [...dated].sort());
  const missing = await runCaptured(timelineCommand, ['Nobody', 'Atall', '--db', db]);
  assert.equal(missing.code, 3);
  assert.match(missing.err, /nobody called 'Nobody Atall'/);
});

test('person shows the timeline, calls received and contradictions sections', async () => {
  const { code, out } = await runCaptured(personCommand, ['Jeff Sessions', '--db', db]);
  assert.equal(code, 0);
  assert.match(out, /\ntimeline \(whosaid timeline p[0-9a-f]+ for all\):\n/);
  assert.match(out, /\ncalls received:\n(?: .*\n)* {2}Donald Trump → Jeff Sessions: not recuse himself \(negated\)\n/);
  assert.match(out, /\ncontradictions:\n {2}Jeff Sessions, in one article/);
  assert.match(out, /\n {2}Jeff Sessions, across articles, confidence \d\.\d\d\n {6}said: +“I did not have communications with the Russians”/);
  const schumer = await runCaptured(personCommand, ['Charles Schumer', '--db', db]);
  assert.match(schumer.out, /\ncalls made:\n {2}Charles Schumer → Jeff Sessions: resign/);
  assert.doesNotMatch(schumer.out, /calls received/);
});

test('stats prints the summed sourcing profile', async () => {
  const { out } = await runCaptured(statsCommand, ['--db', db]);
  assert.match(out, /^sourcing \(2 articles\): \d+ named and \d+ anonymous sources, \d+ hedges, \d+ media attributions, \d+\.\d% of claims unattributed \(mean\)$/m);
});

test('export --format jsonl carries each article\'s calls and contradictions, and its denials against other articles once', async () => {
  const { code, out } = await runCaptured(exportCommand, ['--format', 'jsonl', '--db', db]);
  assert.equal(code, 0);
  const lines = out.trim().split('\n').map((line) => JSON.parse(line) as { article: { id: string }; analysis: Analysis; corpusContradictions: ContradictionRecord[] });
  const seed = lines.find((line) => line.article.id === 'seed');
  const report = lines.find((line) => line.article.id === 'report');
  assert.ok(seed && report);
  assert.ok(seed.analysis.calls.length >= 6);
  assert.ok(seed.analysis.contradictions.length >= 1);
  assert.ok(seed.corpusContradictions.length >= 1);
  assert.ok(seed.corpusContradictions.every((item) => item.scope === 'corpus' && item.statement.articleId === 'seed' && item.conflictsWith.articleId === 'report'));
  assert.deepEqual(report.corpusContradictions, []);
});
