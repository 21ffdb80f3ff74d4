// `npm run train -- ner-clusters [--data DIR] [--min-count N] [--fine K] [--middle K] [--coarse K]`: rebuilds data/lexicons/ner/word-clusters.tsv, the
// distributional word clusters the NER model uses as features (src/nlp/word-clusters.ts), from licence-permitted
// unlabeled text only: UD EWT (all splits, CC BY-SA), UD GUM train without the non-commercial genres (essay, fiction,
// letter, podcast, whow) and without reddit, wikigold's words (CC BY 4.0), the GAP snippets (Apache-2.0) and the
// article bodies of the HTML set's ground truth (MIT). GUM dev and test are left out (NER tuning and the held-out
// figure), and so are the BBC and PolNeAR texts (their licences do not allow shipped models).
//
// Method: each word (lower case, digits → 0) seen at least --min-count times is a vector of positive PMI with the
// most frequent words as left and right neighbours; spherical k-means (deterministic: seeds spread over the frequency
// ranking) groups words into fine clusters, and the fine centroids are grouped twice more into middle and coarse
// clusters. Runs in about a minute.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isNonCommercialGum } from '../../src/nlp/conllu.js';
import { readWikigold } from '../../src/nlp/ner-corpus.js';
import { readTreebank } from '../../src/nlp/treebanks.js';
import { clusterKey } from '../../src/nlp/word-clusters.js';
import { normalize } from '../../src/text/chars.js';
import { segment } from '../../src/text/segment.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, 'min-count': { type: 'string' }, fine: { type: 'string' }, middle: { type: 'string' }, coarse: { type: 'string' } }, allowPositionals: true, strict: false });
const dataRoot = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data');
const minCount = Number(values['min-count'] ?? 3);
const CONTEXT_WORDS = 1000;
const FINE = Number(values.fine ?? 512);
const MIDDLE = Number(values.middle ?? 64);
const COARSE = Number(values.coarse ?? 16);
const ITERATIONS = 20;

const sentences: string[][] = [];
const keyOf = (word: string): string => clusterKey(normalize(word).toLowerCase());
const counts = { EWT: 0, GUM: 0, wikigold: 0, GAP: 0, html: 0 };
for (const split of ['train', 'dev', 'test'] as const) {
  for (const sentence of readTreebank(dataRoot, 'EWT', split)) sentences.push(sentence.words.map((word) => keyOf(word.form)));
}
counts.EWT = sentences.length;
for (const sentence of readTreebank(dataRoot, 'GUM', 'train')) {
  if (isNonCommercialGum(sentence) || (sentence.docId ?? '').startsWith('GUM_reddit')) continue;
  sentences.push(sentence.words.map((word) => keyOf(word.form)));
  counts.GUM++;
}
for (const document of readWikigold(dataRoot)) {
  for (const sentence of document.sentences) sentences.push(sentence.words.map(keyOf));
  counts.wikigold += document.sentences.length;
}
const addText = (text: string, source: 'GAP' | 'html'): void => {
  const { tokens } = segment(text);
  let current: string[] = [];
  let index = -1;
  for (const token of tokens) {
    if (token.sentence !== index && current.length > 0) {
      sentences.push(current);
      counts[source]++;
      current = [];
    }
    index = token.sentence;
    current.push(clusterKey(token.norm.toLowerCase()));
  }
  if (current.length > 0) {
    sentences.push(current);
    counts[source]++;
  }
};
for (const file of ['gap-development.tsv', 'gap-validation.tsv']) {
  const lines = readFileSync(join(dataRoot, 'gap', file), 'utf8').split('\n').slice(1);
  for (const line of lines) if (line.trim() !== '') addText(line.split('\t')[1] ?? '', 'GAP');
}
const truth = JSON.parse(readFileSync(join(dataRoot, 'html', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
for (const key of Object.keys(truth).sort()) addText(truth[key]!.articleBody ?? '', 'html');

// Vocabulary by frequency (ties alphabetical, so the seeds and ids are reproducible).
const frequency = new Map<string, number>();
let tokenCount = 0;
for (const sentence of sentences) for (const word of sentence) {
  frequency.set(word, (frequency.get(word) ?? 0) + 1);
  tokenCount++;
}
const ranked = [...frequency.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocabulary = ranked.filter(([, count]) => count >= minCount).map(([word]) => word);
const wordIndex = new Map(vocabulary.map((word, i) => [word, i]));
const contextIndex = new Map(ranked.slice(0, CONTEXT_WORDS).map(([word], i) => [word, i]));
console.log(`${tokenCount} tokens in ${sentences.length} sentences (${JSON.stringify(counts)}); ${vocabulary.length} words seen ≥ ${minCount} times`);

// Co-occurrence with left and right neighbours (dimension d < C: left neighbour d; C..2C-1: right; 2C, 2C+1: sentence edges).
const dimensions = 2 * CONTEXT_WORDS + 2;
const cooccurrence: Array<Map<number, number>> = vocabulary.map(() => new Map());
const columnTotals = new Float64Array(dimensions);
let pairTotal = 0;
for (const sentence of sentences) {
  for (let i = 0; i < sentence.length; i++) {
    const w = wordIndex.get(sentence[i]!);
    if (w === undefined) continue;
    const left = i === 0 ? 2 * CONTEXT_WORDS : contextIndex.get(sentence[i - 1]!);
    const right = i + 1 === sentence.length ? 2 * CONTEXT_WORDS + 1 : contextIndex.get(sentence[i + 1]!);
    const row = cooccurrence[w]!;
    for (const d of [left, right === undefined || right >= 2 * CONTEXT_WORDS ? right : right + CONTEXT_WORDS]) {
      if (d === undefined) continue;
      row.set(d, (row.get(d) ?? 0) + 1);
      columnTotals[d]! += 1;
      pairTotal++;
    }
  }
}
// Positive PMI with context-distribution smoothing (exponent 0.75), rows L2-normalized.
let smoothedTotal = 0;
for (let d = 0; d < dimensions; d++) smoothedTotal += columnTotals[d]! ** 0.75;
interface SparseRow { index: Uint32Array; value: Float32Array }
const rows: SparseRow[] = cooccurrence.map((row) => {
  let rowTotal = 0;
  for (const count of row.values()) rowTotal += count;
  const entries: Array<[number, number]> = [];
  for (const [d, count] of row) {
    const pmi = Math.log((count / rowTotal) / (columnTotals[d]! ** 0.75 / smoothedTotal));
    if (pmi > 0) entries.push([d, pmi]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((sum, [, v]) => sum + v * v, 0)) || 1;
  return { index: Uint32Array.from(entries, ([d]) => d), value: Float32Array.from(entries, ([, v]) => v / norm) };
});

/** Spherical k-means of sparse rows into k clusters; seeds spread evenly over the rows' order. Returns each row's cluster and the centroids. */
function sphericalKMeans(points: readonly SparseRow[], weights: Float32Array, k: number): { assignment: Int32Array; centroids: Float32Array } {
  const centroids = new Float32Array(k * dimensions);
  for (let c = 0; c < k; c++) {
    const seed = points[Math.floor((c * points.length) / k)]!;
    for (let j = 0; j < seed.index.length; j++) centroids[c * dimensions + seed.index[j]!] = seed.value[j]!;
  }
  const assignment = new Int32Array(points.length).fill(-1);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let moved = 0;
    for (let p = 0; p < points.length; p++) {
      const { index, value } = points[p]!;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const base = c * dimensions;
        let score = 0;
        for (let j = 0; j < index.length; j++) score += centroids[base + index[j]!]! * value[j]!;
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (assignment[p] !== best) moved++;
      assignment[p] = best;
    }
    const sums = new Float32Array(k * dimensions);
    const members = new Int32Array(k);
    for (let p = 0; p < points.length; p++) {
      const { index, value } = points[p]!;
      const base = assignment[p]! * dimensions;
      members[assignment[p]!]!++;
      for (let j = 0; j < index.length; j++) sums[base + index[j]!]! += value[j]! * weights[p]!;
    }
    for (let c = 0; c < k; c++) {
      if (members[c] === 0) continue;
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += sums[c * dimensions + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d++) centroids[c * dimensions + d] = sums[c * dimensions + d]! / norm;
    }
    console.log(`  k=${k} iteration ${iteration + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return { assignment, centroids };
}

/** The non-zero entries of each centroid as sparse rows (to cluster the clusters). */
function centroidRows(centroids: Float32Array, k: number): SparseRow[] {
  return Array.from({ length: k }, (_, c) => {
    const index: number[] = [];
    const value: number[] = [];
    for (let d = 0; d < dimensions; d++) {
      const v = centroids[c * dimensions + d]!;
      if (v !== 0) {
        index.push(d);
        value.push(v);
      }
    }
    return { index: Uint32Array.from(index), value: Float32Array.from(value) };
  });
}

const fine = sphericalKMeans(rows, new Float32Array(rows.length).fill(1), FINE);
const fineSizes = new Float32Array(FINE);
for (const c of fine.assignment) fineSizes[c]!++;
const middle = sphericalKMeans(centroidRows(fine.centroids, FINE), fineSizes, MIDDLE);
const middleSizes = new Float32Array(MIDDLE);
for (let c = 0; c < FINE; c++) middleSizes[middle.assignment[c]!]! += fineSizes[c]!;
const coarse = sphericalKMeans(centroidRows(middle.centroids, MIDDLE), middleSizes, COARSE);

const lines = vocabulary.map((word, w) => {
  const f = fine.assignment[w]!;
  const m = middle.assignment[f]!;
  return `${word}\t${coarse.assignment[m]! + 1}/${m + 1}/${f + 1}`;
}).sort();
const header = [
  '# Distributional word clusters for NER features (src/nlp/word-clusters.ts): word (lower case, digits as 0) TAB coarse/middle/fine cluster.',
  `# Rebuilt by \`npm run train -- ner-clusters\` (scripts/train/ner-clusters.ts) from ${tokenCount} tokens of licence-permitted unlabeled text: UD EWT, GUM train (commercial-use genres), wikigold, GAP, the HTML set's article bodies.`,
  `# ${vocabulary.length} words seen at least ${minCount} times; ${FINE} fine, ${MIDDLE} middle, ${COARSE} coarse clusters; spherical k-means over positive PMI with the ${CONTEXT_WORDS} most frequent words as neighbours.`,
];
writeFileSync(join('data', 'lexicons', 'ner', 'word-clusters.tsv'), `${header.join('\n')}\n${lines.join('\n')}\n`);
console.log(`wrote data/lexicons/ner/word-clusters.tsv (${lines.length} words)`);
