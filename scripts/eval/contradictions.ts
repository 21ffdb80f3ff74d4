// `npm run eval -- contradictions [--errors] [--data DIR]`: in-article contradictions against the hand
// annotations in eval/annotations/contradictions.jsonl (20 PolNeAR dev articles; rule and matching in
// eval/annotations/README.md), then the seed article's Sessions testimony–meetings contradiction.
// `--unannotated` also lists every contradiction found in all other PolNeAR articles (dev and train), to judge by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contradictionsStage } from '../../src/contradictions/stage.js';
import { createDocument, type WorkingDocument } from '../../src/pipeline/document.js';
import { defaultStages } from '../../src/pipeline/stages.js';
import type { Span } from '../../src/types.js';

const { values } = parseArgs({ options: { errors: { type: 'boolean' }, data: { type: 'string' }, unannotated: { type: 'boolean' } }, allowPositionals: true, strict: false });
const dataDir = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data');
const showErrors = values.errors === true;

interface Article { id: string; text: string; date?: string }
interface GoldContradiction { article: string; person: string; statement: Span & { text: string }; conflictsWith: Span & { text: string }; note: string }

/** Run the default pipeline, then the contradictions stage unless the pipeline already has one. */
function analyzeDocument(article: Article): WorkingDocument {
  const doc = createDocument(article.text, { id: article.id, ...(article.date ? { date: article.date.slice(0, 10) } : {}) });
  const stages = defaultStages();
  for (const stage of stages) stage.run(doc);
  if (!stages.some((stage) => stage.assigns.includes('contradictions'))) contradictionsStage.run(doc);
  return doc;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const pairMatches = (a: { statement: Span; conflictsWith: Span }, b: { statement: Span; conflictsWith: Span }): boolean =>
  (overlaps(a.statement, b.statement) && overlaps(a.conflictsWith, b.conflictsWith)) || (overlaps(a.statement, b.conflictsWith) && overlaps(a.conflictsWith, b.statement));

const gold = readFileSync(join('eval', 'annotations', 'contradictions.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldContradiction);
const ids: string[] = JSON.parse(readFileSync(join('eval', 'annotations', 'articles.json'), 'utf8')) as string[];
const articles = new Map<string, Article>();
for (const line of readFileSync(join(dataDir, 'polnear', 'gold-dev.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as Article;
  if (ids.includes(article.id)) articles.set(article.id, article);
}

let tp = 0;
let fp = 0;
let fn = 0;
const lines: string[] = [];
for (const id of ids) {
  const article = articles.get(id);
  if (!article) throw new Error(`article ${id} is not in ${dataDir}/polnear/gold-dev.jsonl`);
  const found = analyzeDocument(article).contradictions;
  const golds = gold.filter((g) => g.article === id);
  const used = new Set<number>();
  for (const g of golds) {
    const index = found.findIndex((c, i) => !used.has(i) && pairMatches(c, g));
    if (index < 0) {
      fn++;
      lines.push(`${id}\n    MISS  ${g.person}: [${g.statement.text}] vs [${g.conflictsWith.text}]`);
    } else {
      used.add(index);
      tp++;
    }
  }
  found.forEach((c, i) => {
    if (used.has(i)) return;
    fp++;
    lines.push(`${id}\n    FALSE ${c.person.name ?? '?'} (${c.confidence}): [${c.statement.text}] vs [${c.conflictsWith.text}] — ${c.explanation}`);
  });
}
const precision = tp + fp === 0 ? null : tp / (tp + fp);
const recall = tp / Math.max(1, tp + fn);
console.log(`contradictions on ${ids.length} annotated PolNeAR dev articles (${gold.length} gold)`);
console.log(`  precision ${precision === null ? 'n/a (nothing reported)' : precision.toFixed(3)}  recall ${recall.toFixed(3)}   (tp ${tp}, fp ${fp}, fn ${fn})`);
if (showErrors) for (const line of lines) console.log(`  ${line}`);

// The seed article: the sworn denial against the reported (and confirmed) meetings with Kislyak.
const seedText = readFileSync(join(dataDir, 'seed', 'article.txt'), 'utf8');
const seed = analyzeDocument({ id: 'seed', text: seedText, date: '2017-03-02' }).contradictions;
const testimony = seedText.indexOf('I did not have communications with the Russians');
const meetings = [seedText.indexOf('Sessions reportedly met twice last year'), seedText.indexOf('he met with Kislyak before the presidential election'), seedText.indexOf('Sessions met with a Russian diplomat')];
const found = seed.find((c) => c.statement.start <= testimony && testimony < c.statement.end && meetings.some((m) => c.conflictsWith.start <= m && m < c.conflictsWith.end));
console.log(`\nseed article (2017-03-02): ${seed.length} contradiction(s); Sessions testimony vs meetings ${found ? 'FOUND' : 'MISSING'}`);
for (const c of seed) console.log(`  ${c.confidence}  ${c.explanation}`);

if (values.unannotated === true) {
  let count = 0;
  let reported = 0;
  for (const split of ['dev', 'train']) {
    for (const line of readFileSync(join(dataDir, 'polnear', `gold-${split}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as Article;
      if (ids.includes(article.id)) continue;
      count++;
      for (const c of analyzeDocument(article).contradictions) {
        reported++;
        console.log(`  ${article.id} (${c.source}, ${c.confidence})\n    statement: ${c.statement.text}\n    conflicts: ${c.conflictsWith.text}\n    ${c.explanation}`);
      }
    }
  }
  console.log(`\n${reported} contradiction(s) in ${count} unannotated PolNeAR articles`);
}
