// `npm run eval -- html [--errors [N]] [--data DIR]`: HTML article extraction on ../shared/data/html, scored
// with the article-extraction-benchmark method (\w+ tokens, multiset of 4-token shingles, per-page precision
// and recall averaged over pages, F1 of the two averages), for whosaid and for plain Readability.js, same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractFromBytes } from '../../src/extract/index.js';

const { values } = parseArgs({ options: { errors: { type: 'string' }, data: { type: 'string' } }, allowPositionals: true, strict: false });
const dataDir = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data', 'html');
const errorsArg = process.argv.includes('--errors') ? Number(typeof values.errors === 'string' ? values.errors : 10) || 10 : 0;

interface Gold {
  articleBody?: string;
  url?: string;
}
type Counts = [tp: number, fp: number, fn: number];

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const shingle = tokens.slice(i, i + 4).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

function match(truth: string, prediction: string): Counts {
  const gold = shingles(truth);
  const predicted = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...gold.keys(), ...predicted.keys()])) {
    const g = gold.get(key) ?? 0;
    const p = predicted.get(key) ?? 0;
    tp += Math.min(g, p);
    fp += Math.max(0, p - g);
    fn += Math.max(0, g - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

function precision([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recall([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

function metrics(all: Counts[]): { precision: number; recall: number; f1: number } {
  const p = mean(all.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(all.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r || 1) };
}

function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/** Paragraphs of `text` whose shingles mostly do not occur in `reference`: what one side has and the other lacks. */
function unmatchedParagraphs(text: string, reference: string): string[] {
  const known = shingles(reference);
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const own = shingles(paragraph);
    let missing = 0;
    let total = 0;
    for (const [key, count] of own) {
      total += count;
      if (!known.has(key)) missing += count;
    }
    if (total > 0 && missing / total > 0.5 && (paragraph.match(TOKEN)?.length ?? 0) >= 2) out.push(paragraph.length > 160 ? `${paragraph.slice(0, 157)}...` : paragraph);
  }
  return out;
}

const gold = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<string, Gold>;
const ours: Counts[] = [];
const theirs: Counts[] = [];
const pages: { id: string; url: string; counts: Counts; truth: string; text: string }[] = [];
let ourTime = 0;
let theirTime = 0;
for (const [id, entry] of Object.entries(gold)) {
  const bytes = readFileSync(join(dataDir, 'pages', `${id}.html.gz`));
  const truth = entry.articleBody ?? '';
  let started = performance.now();
  const article = extractFromBytes(bytes, `${id}.html.gz`, entry.url ? { url: entry.url } : {});
  ourTime += performance.now() - started;
  const counts = match(truth, article.text);
  ours.push(counts);
  pages.push({ id, url: entry.url ?? '', counts, truth, text: article.text });
  const html = gunzipSync(bytes).toString('utf8');
  started = performance.now();
  const baseline = plainReadability(html);
  theirTime += performance.now() - started;
  theirs.push(match(truth, baseline));
}

const format = (m: { precision: number; recall: number; f1: number }): string => `precision=${m.precision.toFixed(3)}  recall=${m.recall.toFixed(3)}  F1=${m.f1.toFixed(3)}`;
console.log(`pages: ${pages.length} (${dataDir})`);
console.log(`whosaid extract      ${format(metrics(ours))}  (${(ourTime / pages.length).toFixed(1)} ms/page)`);
console.log(`Readability.js plain ${format(metrics(theirs))}  (${(theirTime / pages.length).toFixed(1)} ms/page, linkedom DOM)`);

if (errorsArg > 0) {
  const f1 = (c: Counts): number => {
    const p = precision(c);
    const r = recall(c);
    return (2 * p * r) / (p + r || 1);
  };
  const worst = [...pages].sort((a, b) => f1(a.counts) - f1(b.counts)).slice(0, errorsArg);
  for (const page of worst) {
    console.log(`\n${page.id.slice(0, 12)} F1=${f1(page.counts).toFixed(3)} P=${precision(page.counts).toFixed(3)} R=${recall(page.counts).toFixed(3)} ${page.url}`);
    for (const extra of unmatchedParagraphs(page.text, page.truth).slice(0, 8)) console.log(`  + ${extra}`);
    for (const missed of unmatchedParagraphs(page.truth, page.text).slice(0, 8)) console.log(`  - ${missed}`);
  }
}
