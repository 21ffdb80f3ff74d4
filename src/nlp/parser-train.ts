/**
 * Training of the dependency parser: epochs over the sentences in a seeded shuffled order, with the
 * dynamic oracle choosing the best zero-cost transition and, after the first epoch, exploration
 * that follows the model's own choice most of the time.
 */
import { normalize } from '../text/chars.js';
import type { ConlluSentence } from './conllu.js';
import { createGoldTree, transitionCosts, type GoldTree } from './parser-oracle.js';
import { kindOf, labelOf, LEFT, RIGHT, SHIFT, type ParserState } from './parser-state.js';
import { bestValidClass, createParserScratch, decodeParse, DEFAULT_MARGINS, type ParserModel } from './parser.js';
import { createTrainer, finishTraining, scoreTrainer, updateTrainer } from './perceptron.js';
import { seededRandom, seededShuffle } from './random.js';

/** A training sentence: normalized words, the tags the parser will see, and the gold tree. */
export interface ParserExample {
  words: string[];
  upos: string[];
  xpos: string[];
  /** Gold head per word (0-based, -1 for the root). */
  heads: number[];
  deprels: string[];
}

/** Options for parser training. */
export interface ParserTrainingOptions {
  epochs?: number;
  bucketBits?: number;
  seed?: number;
  pruneBelow?: number;
  /** Probability of following the model's own transition from the second epoch on. */
  exploration?: number;
  /** Called after each epoch with the share of transitions the model got right and, lazily, the model averaged so far (for dev scores). */
  onEpoch?: (epoch: number, accuracy: number, modelSoFar: () => ParserModel) => void;
}

/** A parser example from a CoNLL-U sentence with its gold tags (replace upos/xpos to train on predicted tags). */
export function parserExample(sentence: ConlluSentence): ParserExample {
  return {
    words: sentence.words.map((word) => normalize(word.form)),
    upos: sentence.words.map((word) => word.upos),
    xpos: sentence.words.map((word) => word.xpos),
    heads: sentence.words.map((word) => word.head),
    deprels: sentence.words.map((word) => word.deprel),
  };
}

/** Train a parser; deterministic for a given input order, options and seed. */
export function trainParser(examples: readonly ParserExample[], options: ParserTrainingOptions = {}): ParserModel {
  const labelCounts = new Map<string, number>();
  for (const example of examples) for (const deprel of example.deprels) labelCounts.set(deprel, (labelCounts.get(deprel) ?? 0) + 1);
  const labels = [...labelCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([label]) => label);
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const classCount = 1 + 2 * labels.length;
  const classNames = ['shift', ...labels.flatMap((label) => [`left:${label}`, `right:${label}`])];
  const trainer = createTrainer({ labels: classNames, bucketBits: options.bucketBits ?? 20 });
  const golds = examples.map((example) => createGoldTree(example.heads, example.deprels.map((deprel) => labelIndex.get(deprel) ?? 0)));
  const scratch = createParserScratch(classCount);
  const score = (features: Parameters<typeof scoreTrainer>[1], scores: Float32Array): Float32Array => scoreTrainer(trainer, features, scores);
  const random = seededRandom((options.seed ?? 1) * 7919);
  const exploration = options.exploration ?? 0.9;
  const costs = new Float64Array(3);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < (options.epochs ?? 10); epoch++) {
    seededShuffle(order, (options.seed ?? 1) + epoch);
    let right = 0;
    let total = 0;
    for (const index of order) {
      const example = examples[index]!;
      const gold = golds[index]!;
      const explore = epoch > 0;
      decodeParse(example.words, example.upos, example.xpos, score, scratch, (state, features, scores) => {
        transitionCosts(state, gold, costs);
        const best = bestZeroCostClass(state, gold, costs, scores, classCount);
        const guess = bestValidClass(state, scores, classCount);
        const guessIsRight = classCost(state, gold, costs, guess) === classCost(state, gold, costs, best);
        updateTrainer(trainer, features, best, guessIsRight ? best : guess);
        total++;
        if (guessIsRight) right++;
        return explore && !guessIsRight && random() < exploration ? guess : best;
      });
    }
    options.onEpoch?.(epoch + 1, total > 0 ? right / total : 0, () => ({ kind: 'parser', linear: finishTraining(trainer, { pruneBelow: options.pruneBelow ?? 1e-3 }), labels, gate: null, ...DEFAULT_MARGINS }));
  }
  return { kind: 'parser', linear: finishTraining(trainer, { pruneBelow: options.pruneBelow ?? 1e-3 }), labels, gate: null, ...DEFAULT_MARGINS };
}

/** Cost of a class: its transition's cost, plus one when it builds a gold arc with the wrong label. */
function classCost(state: ParserState, gold: GoldTree, costs: Float64Array, cls: number): number {
  const kind = kindOf(cls);
  const cost = costs[kind]!;
  if (kind === SHIFT) return cost;
  const s0 = state.stack[state.stackSize - 1]!;
  const head = kind === LEFT ? state.buffer : state.stack[state.stackSize - 2]!;
  return gold.heads[s0] === head && gold.labels[s0] !== labelOf(cls) ? cost + 1 : cost;
}

/** The highest-scoring class among those of least cost (zero for projective gold trees). */
function bestZeroCostClass(state: ParserState, gold: GoldTree, costs: Float64Array, scores: Float32Array, classCount: number): number {
  let best = -1;
  let bestCost = Infinity;
  let bestScore = -Infinity;
  for (let c = 0; c < classCount; c++) {
    const kind = kindOf(c);
    if (costs[kind] === Infinity || (kind !== SHIFT && kind !== LEFT && kind !== RIGHT)) continue;
    const cost = classCost(state, gold, costs, c);
    if (cost < bestCost || (cost === bestCost && scores[c]! > bestScore)) {
      best = c;
      bestCost = cost;
      bestScore = scores[c]!;
    }
  }
  return best;
}
