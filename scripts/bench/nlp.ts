// `npm run bench -- nlp [--limit N] [--data DIR] [--no-compromise]`: throughput of the tagger, parser and NER on
// ../shared/data/news/bbc.jsonl (tokens per second of wall time and per CPU second, i.e. on one core), model
// load time and resident memory, with compromise's tagger and name finder on the same articles in the same run for comparison.
// Run it with `nice` on a shared machine; CPU-second figures are the ones that stay stable under load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadParser, loadTagger } from '../../src/nlp/model-registry.js';
import { createSyntaxContext, parseSentence, sentenceRanges, tagTokens } from '../../src/nlp/syntax.js';
import { recognizeEntities, shippedNerModel } from '../../src/nlp/ner.js';
import { preloadGazetteers } from '../../src/nlp/ner-gazetteer.js';
import { segment } from '../../src/text/segment.js';
import type { Token } from '../../src/types.js';

const { values } = parseArgs({ options: { limit: { type: 'string' }, data: { type: 'string' }, 'no-compromise': { type: 'boolean' } }, allowPositionals: true, strict: false });
const dataRoot = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data');
const limit = Number(values.limit ?? 2225);

interface Timing {
  wall: number;
  cpu: number;
}
function measure(run: () => void): Timing {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
}
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;
// A change of resident memory, with its sign (loading can end with less when a collection frees earlier buffers).
const signedMb = (bytes: number): string => `${bytes < 0 ? '' : '+'}${mb(bytes)}`;
function report(name: string, tokens: number, timing: Timing): void {
  console.log(`${name.padEnd(22)} ${Math.round(tokens / timing.wall).toLocaleString('en-US').padStart(10)} tokens/s wall  ${Math.round(tokens / timing.cpu).toLocaleString('en-US').padStart(10)} tokens/s per CPU second  (${timing.cpu.toFixed(2)} CPU s)`);
}

// Models load first, as at the start of a process: loaded later, next to the tokenized corpus (about
// 200 MB of heap), their large arrays trigger collections of that heap and the load looks up to twice as slow.
// The figures are the loading alone (reading, decoding, building the lookup tables); the modules were imported
// before this line runs, and what that took (Node's start, the tsx loader compiling the TypeScript, the imports) is
// reported apart, as the time since the process started. CPU time includes V8's compiler and collector threads,
// so it can exceed wall time; on a busy machine it is the steadier figure.
const sinceStart = { wall: performance.now() / 1000, cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1e6 };
const rssBefore = process.memoryUsage().rss;
const taggerLoad = measure(() => loadTagger());
const parserLoad = measure(() => loadParser());
const rssAfterSyntax = process.memoryUsage().rss;
const nerLoad = measure(() => {
  shippedNerModel();
  preloadGazetteers();
});
const rssAfter = process.memoryUsage().rss;
const ms = (timing: Timing): string => `${(timing.wall * 1000).toFixed(0)} ms (${(timing.cpu * 1000).toFixed(0)} CPU)`;
console.log(`model load, fresh process: tagger ${ms(taggerLoad)}, parser ${ms(parserLoad)}, NER with its gazetteers ${ms(nerLoad)}; `
  + `all ${((taggerLoad.wall + parserLoad.wall + nerLoad.wall) * 1000).toFixed(0)} ms wall (${((taggerLoad.cpu + parserLoad.cpu + nerLoad.cpu) * 1000).toFixed(0)} ms CPU)`);
console.log(`before the models: ${ms(sinceStart)} since the process started (Node, the tsx loader, importing the modules)`);
console.log(`resident memory: ${mb(rssBefore)} → ${mb(rssAfter)} (${signedMb(rssAfterSyntax - rssBefore)} tagger and parser, ${signedMb(rssAfter - rssAfterSyntax)} NER)`);

const articles = readFileSync(join(dataRoot, 'news', 'bbc.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '').slice(0, limit).map((line) => JSON.parse(line) as { id: string; title: string; text: string });
const documents = articles.map((article) => segment(article.text).tokens);
const tokenCount = documents.reduce((sum, tokens) => sum + tokens.length, 0);
console.log(`${articles.length} BBC articles, ${tokenCount.toLocaleString('en-US')} tokens (whosaid tokenizer)`);

const context = createSyntaxContext();
const ranges = documents.map((tokens) => sentenceRanges(tokens));
// Warm up the JIT on a few documents so that the figures describe steady-state throughput.
const warm = (count: number, work: (tokens: Token[], first: number, end: number) => void): void => {
  for (let d = 0; d < Math.min(count, documents.length); d++) for (const [first, end] of ranges[d]!) work(documents[d]!, first, end);
};
warm(50, (tokens, first, end) => {
  tagTokens(tokens, first, end, context);
  parseSentence(tokens, first, end, context);
});
const tagging = measure(() => documents.forEach((tokens, d) => ranges[d]!.forEach(([first, end]) => tagTokens(tokens, first, end, context))));
report('tagger', tokenCount, tagging);
const parsing = measure(() => documents.forEach((tokens, d) => ranges[d]!.forEach(([first, end]) => parseSentence(tokens, first, end, context))));
report('parser', tokenCount, parsing);
console.log(`resident memory after tagging and parsing: ${mb(process.memoryUsage().rss)}`);

// NER over the same tokens (whole documents: recognizeEntities also gathers document casing statistics).
for (let d = 0; d < Math.min(50, documents.length); d++) recognizeEntities(articles[d]!.text, documents[d]!);
let nerEntities = 0;
const ner = measure(() => documents.forEach((tokens, d) => {
  nerEntities += recognizeEntities(articles[d]!.text, tokens).length;
}));
report('NER', tokenCount, ner);
console.log(`NER found ${nerEntities.toLocaleString('en-US')} entities; resident memory after NER: ${mb(process.memoryUsage().rss)}`);

if (values['no-compromise'] !== true) {
  const { default: nlp } = await import('compromise');
  for (const article of articles.slice(0, 20)) nlp(article.text).json();
  const compromise = measure(() => {
    for (const article of articles) nlp(article.text).json();
  });
  report('compromise .json()', tokenCount, compromise);
  const compromiseNames = measure(() => {
    for (const article of articles) {
      const doc = nlp(article.text);
      doc.people().json();
      doc.places().json();
      doc.organizations().json();
    }
  });
  report('compromise names', tokenCount, compromiseNames);
}
