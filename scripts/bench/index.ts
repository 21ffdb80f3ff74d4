/**
 * `npm run bench` — whole-analysis throughput on ../shared/data/news/bbc.jsonl (one core), peak memory,
 * compromise's people()/places()/organizations() on the same articles in the same run, and a scaling run
 * (one article of 5 KB, 50 KB, 500 KB, 5 MB built from the corpus) to show cost linear in length.
 * Options: --limit N (articles), --skip-compromise, --skip-scaling.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/analyze.js';

const { values } = parseArgs({ options: { limit: { type: 'string' }, 'skip-compromise': { type: 'boolean' }, 'skip-scaling': { type: 'boolean' } } });
const lines = readFileSync('../shared/data/news/bbc.jsonl', 'utf8').split('\n').filter(Boolean);
let articles = lines.map((line) => JSON.parse(line) as { id: string; title: string; text: string });
if (values.limit) articles = articles.slice(0, Number(values.limit));
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
const mb = bytes / 1e6;

function peakMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

// Warm up (JIT, lexicons, models) on a few articles, then time the whole corpus.
for (const article of articles.slice(0, 20)) analyze({ text: article.text });
let quotes = 0;
let people = 0;
const started = performance.now();
for (const article of articles) {
  const analysis = analyze({ text: article.text, id: article.id });
  quotes += analysis.quotes.length;
  people += analysis.entities.filter((e) => e.type === 'person').length;
}
const seconds = (performance.now() - started) / 1000;
console.log(`corpus: ${articles.length} BBC articles, ${mb.toFixed(2)} MB`);
console.log(`whosaid analyze (whole analysis): ${seconds.toFixed(2)} s  ${(mb / seconds).toFixed(2)} MB/s  ${(articles.length / seconds).toFixed(0)} articles/s  (${quotes} quotes, ${people} people)  peak RSS ${peakMb().toFixed(0)} MB`);

if (!values['skip-compromise']) {
  const { default: nlp } = await import('compromise');
  for (const article of articles.slice(0, 20)) nlp(article.text).people().out('array');
  let names = 0;
  const t0 = performance.now();
  for (const article of articles) {
    const doc = nlp(article.text);
    names += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`compromise people()/places()/organizations(): ${s.toFixed(2)} s  ${(mb / s).toFixed(2)} MB/s  ${(articles.length / s).toFixed(0)} articles/s  (${names} names)  peak RSS ${peakMb().toFixed(0)} MB`);
  console.log(`whosaid is ${(s / seconds).toFixed(1)}x compromise's name finding alone`);
}

if (!values['skip-scaling']) {
  const corpus = articles.map((a) => a.text).join('\n\n');
  console.log('\nscaling (one article of growing length):');
  for (const size of [5_000, 50_000, 500_000, 5_000_000]) {
    let text = corpus;
    while (text.length < size) text += `\n\n${corpus}`;
    text = text.slice(0, size);
    const runs = size <= 50_000 ? 20 : size <= 500_000 ? 3 : 1;
    const t0 = performance.now();
    for (let r = 0; r < runs; r++) analyze(text);
    const ms = (performance.now() - t0) / runs;
    console.log(`  ${(size / 1000).toFixed(0).padStart(5)} KB: ${ms.toFixed(1).padStart(8)} ms  ${((ms / size) * 1000).toFixed(2)} ms per 1000 chars`);
  }
}
