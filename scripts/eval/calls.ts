// `npm run eval -- calls [--errors] [--data DIR]`: calls to act against the hand annotations in
// eval/annotations/calls.jsonl (20 PolNeAR dev articles; see eval/annotations/README.md for the rule
// and the matching), then the seed article's six expected calls. Prints precision, recall and F1,
// and agreement on actor, target and negation over matched calls. `--sample N` also prints N calls drawn
// with a fixed seed from the dev articles that were NOT annotated, for judging precision by hand on unseen text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { callsStage } from '../../src/calls/stage.js';
import { createDocument, type WorkingDocument } from '../../src/pipeline/document.js';
import { defaultStages } from '../../src/pipeline/stages.js';
import type { Call, Span } from '../../src/types.js';

const { values } = parseArgs({ options: { errors: { type: 'boolean' }, data: { type: 'string' }, sample: { type: 'string' } }, allowPositionals: true, strict: false });
const dataDir = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data');
const showErrors = values.errors === true;

interface Article { id: string; text: string; title?: string; date?: string }
interface GoldCall { article: string; evidence: Span & { text: string }; actor: string | null; target: string | null; action: string; key: string; negated: boolean; conditional: boolean }

/** Run the default pipeline, then the calls stage unless the pipeline already has one. */
function analyzeDocument(article: Article): WorkingDocument {
  const doc = createDocument(article.text, { id: article.id, ...(article.date ? { date: article.date.slice(0, 10) } : {}) });
  const stages = defaultStages();
  for (const stage of stages) stage.run(doc);
  if (!stages.some((stage) => stage.assigns.includes('calls'))) callsStage.run(doc);
  return doc;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const words = (name: string | null): string[] => (name ?? '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !['the', 'and', 'sen', 'rep', 'president'].includes(w));
const sameName = (gold: string | null, system: string | null): boolean => (gold === null ? true : words(gold).some((w) => words(system).includes(w)));
const actionHasKey = (call: Call, key: string): boolean => call.action.toLowerCase().split(/[^a-z0-9-]+/).some((w) => w.startsWith(key.toLowerCase()));

const gold = readFileSync(join('eval', 'annotations', 'calls.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldCall);
const ids: string[] = JSON.parse(readFileSync(join('eval', 'annotations', 'articles.json'), 'utf8')) as string[];
const articles = new Map<string, Article>();
const unannotated: Article[] = [];
for (const line of readFileSync(join(dataDir, 'polnear', 'gold-dev.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as Article;
  if (ids.includes(article.id)) articles.set(article.id, article);
  else unannotated.push(article);
}

let tp = 0;
let fp = 0;
let fn = 0;
let actorOk = 0;
let targetOk = 0;
let negationOk = 0;
let conditionOk = 0;
const misses: string[] = [];
const falseAlarms: string[] = [];
const attributeErrors: string[] = [];
const started = Date.now();
for (const id of ids) {
  const article = articles.get(id);
  if (!article) throw new Error(`article ${id} is not in ${dataDir}/polnear/gold-dev.jsonl`);
  const calls = analyzeDocument(article).calls;
  const golds = gold.filter((g) => g.article === id);
  const used = new Set<number>();
  for (const g of golds) {
    const index = calls.findIndex((call, i) => !used.has(i) && overlaps(call.evidence, g.evidence) && actionHasKey(call, g.key));
    if (index < 0) {
      fn++;
      misses.push(`${id}\n    MISS  ${g.actor ?? '?'} → ${g.target ?? '-'}: ${g.action}   [${g.evidence.text}]`);
      continue;
    }
    used.add(index);
    tp++;
    const call = calls[index]!;
    if (sameName(g.actor, call.actor.name)) actorOk++;
    else attributeErrors.push(`${id}\n    ACTOR  gold ${g.actor ?? '?'} / system ${call.actor.name ?? '?'}   [${g.evidence.text}]`);
    if (sameName(g.target, call.target.name)) targetOk++;
    else attributeErrors.push(`${id}\n    TARGET gold ${g.target ?? '-'} / system ${call.target.name ?? '-'}   [${g.evidence.text}]`);
    if (g.negated === call.negated) negationOk++;
    if (g.conditional === call.conditional) conditionOk++;
  }
  calls.forEach((call, i) => {
    if (used.has(i)) return;
    fp++;
    falseAlarms.push(`${id}\n    FALSE ${call.actor.name ?? '?'} → ${call.target.name ?? '-'}: ${call.action} (${call.source})   [${article.text.slice(call.evidence.start, call.evidence.end)}]`);
  });
}
const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;
console.log(`calls on ${ids.length} annotated PolNeAR dev articles (${gold.length} gold calls, ${Date.now() - started} ms)`);
console.log(`  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}   (tp ${tp}, fp ${fp}, fn ${fn})`);
console.log(`  over matched calls: actor ${pct(actorOk, tp)}, target ${pct(targetOk, tp)}, negation ${pct(negationOk, tp)}, condition ${pct(conditionOk, tp)}`);
if (showErrors) {
  console.log('\nmisses:');
  for (const line of misses) console.log(`  ${line}`);
  console.log('\nfalse alarms:');
  for (const line of falseAlarms) console.log(`  ${line}`);
  console.log('\nactor and target disagreements on matched calls:');
  for (const line of attributeErrors) console.log(`  ${line}`);
}

// The seed article: the six calls of the product brief (issue 6), checked by actor surname, target and action.
const seedText = readFileSync(join(dataDir, 'seed', 'article.txt'), 'utf8');
const seedCalls = analyzeDocument({ id: 'seed', text: seedText, date: '2017-03-02' }).calls;
const expected = [
  { actor: 'Schumer', action: 'resign', negated: false, conditional: false },
  { actor: 'Pelosi', action: 'resign', negated: false, conditional: false },
  { actor: 'Cummings', action: 'resign', negated: false, conditional: false },
  { actor: 'Ryan', action: 'recuse', negated: false, conditional: true },
  { actor: 'McCarthy', action: 'participate', negated: true, conditional: false },
  { actor: 'Trump', action: 'recuse', negated: true, conditional: false },
];
let seedFound = 0;
console.log('\nseed article (2017-03-02): expected calls on Sessions');
for (const e of expected) {
  const call = seedCalls.find((c) => (c.target.name ?? '').includes('Sessions') && c.action.startsWith(e.action) && (c.actor.name ?? '').includes(e.actor) && c.negated === e.negated && c.conditional === e.conditional);
  const loose = seedCalls.find((c) => (c.target.name ?? '').includes('Sessions') && c.action.startsWith(e.action) && c.negated === e.negated && c.conditional === e.conditional);
  if (call) seedFound++;
  console.log(`  ${call ? 'found  ' : loose ? 'partial' : 'MISSING'} ${e.actor}: ${e.negated ? 'not ' : ''}${e.action}${e.conditional ? ' (conditional)' : ''}${!call && loose ? `  — found with actor "${loose.actor.name ?? '?'}"` : ''}`);
}
console.log(`  ${seedFound}/6 found with the right actor; ${seedCalls.length} calls in all`);

// Calls on unannotated dev articles, sampled with a fixed seed, to judge precision by hand on text no rule was tuned on.
const sampleSize = typeof values.sample === 'string' ? Number(values.sample) : 0;
if (sampleSize > 0) {
  const all: string[] = [];
  for (const article of unannotated.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const doc = analyzeDocument(article);
    for (const call of doc.calls) {
      const sentence = doc.sentences.find((s) => s.start <= call.evidence.start && call.evidence.start < s.end);
      all.push(`${article.id}\n    ${call.actor.name ?? '?'} → ${call.target.name ?? '-'}: ${call.negated ? 'NOT ' : ''}${call.action}${call.condition ? ` IF ${call.condition.text}` : ''} (${call.source})\n    ${sentence ? article.text.slice(sentence.start, sentence.end) : ''}`);
    }
  }
  let state = 42;
  const random = (): number => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = all.map((_, i) => ({ i, key: random() })).sort((a, b) => a.key - b.key).slice(0, sampleSize).map((entry) => entry.i).sort((a, b) => a - b);
  console.log(`\n${order.length} of ${all.length} calls on ${unannotated.length} unannotated dev articles (judge each by hand):`);
  for (const i of order) console.log(`  #${i} ${all[i]}`);
}
