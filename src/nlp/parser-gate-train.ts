/**
 * Training of the parser's gate (parser-gate.ts): epochs over the sentences in a seeded shuffled
 * order, with the dynamic oracle choosing the best zero-cost transition and, after the first epoch,
 * exploration that follows the model's own choice most of the time; the label model learns the
 * label of every gold arc the parse builds.
 */
import { createGoldTree, transitionCosts, type GoldTree } from './parser-oracle.js';
import { LEFT, RIGHT, SHIFT, type ParserState } from './parser-state.js';
import { assembleGate, bestLabel, bestValidClass, createGateScratch, decodeGateParse, transitionClasses, type GateModel, type GateSteps } from './parser-gate.js';
import type { ParserExample } from './parser-train.js';
import { createTrainer, finishTraining, scoreTrainer, updateTrainer } from './perceptron.js';
import { seededRandom, seededShuffle } from './random.js';

/** Options for gate training. */
export interface GateTrainingOptions {
  epochs?: number;
  bucketBits?: number;
  /** Number of labels per direction, the commonest, that get their own transition class (0: SHIFT, LEFT, RIGHT only). */
  labeledClasses?: number;
  /** log2 of the label model's buckets (default: bucketBits). */
  labelBucketBits?: number;
  seed?: number;
  pruneBelow?: number;
  /** Probability of following the model's own transition from the second epoch on. */
  exploration?: number;
  /** Called after each epoch with the share of transitions the model got right and, lazily, the model averaged so far (for dev scores). */
  onEpoch?: (epoch: number, accuracy: number, modelSoFar: () => GateModel) => void;
}

/** Train a gate; deterministic for a given input order, options and seed. */
export function trainGate(examples: readonly ParserExample[], options: GateTrainingOptions = {}): GateModel {
  const labelCounts = new Map<string, number>();
  for (const example of examples) for (const deprel of example.deprels) labelCounts.set(deprel, (labelCounts.get(deprel) ?? 0) + 1);
  const labels = [...labelCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([label]) => label);
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const rootLabel = labelIndex.get('root') ?? 0;
  // Arcs per (direction, label): the commonest labels of each direction get their own transition class.
  const directionCounts = [new Float64Array(labels.length), new Float64Array(labels.length)];
  for (const example of examples) {
    example.heads.forEach((head, dependent) => {
      if (head >= 0) directionCounts[head > dependent ? 0 : 1]![labelIndex.get(example.deprels[dependent]!)!]!++;
    });
  }
  const specific: Array<[number, number]> = [];
  const labelDirections = new Uint8Array(labels.length);
  [LEFT, RIGHT].forEach((kind, direction) => {
    const counts = directionCounts[direction]!;
    const ranked = labels.map((_, label) => label).filter((label) => counts[label]! > 0 && label !== rootLabel).sort((a, b) => counts[b]! - counts[a]! || a - b);
    const own = ranked.slice(0, options.labeledClasses ?? 0);
    for (const label of own) specific.push([kind, label]);
    for (const label of ranked.slice(own.length)) labelDirections[label]! |= kind === LEFT ? 1 : 2;
  });
  const classes = transitionClasses(specific, rootLabel);
  const kinds = classes.transitionKinds;
  const bucketBits = options.bucketBits ?? 20;
  const transitions = createTrainer({ labels: Array.from(kinds, (kind, c) => `${['shift', 'left', 'right'][kind]}:${labels[classes.transitionLabels[c]!] ?? '*'}`), bucketBits });
  const labeler = createTrainer({ labels, bucketBits: options.labelBucketBits ?? bucketBits });
  const golds = examples.map((example) => createGoldTree(example.heads, example.deprels.map((deprel) => labelIndex.get(deprel) ?? 0)));
  const scratch = createGateScratch(labels.length);
  scratch.scores = new Float32Array(kinds.length);
  const labelScores = new Float32Array(labels.length);
  const random = seededRandom((options.seed ?? 1) * 7919);
  const exploration = options.exploration ?? 0.9;
  const pruneBelow = options.pruneBelow ?? 1e-3;
  const costs = new Float64Array(3);
  let gold: GoldTree = golds[0]!;
  const order = examples.map((_, i) => i);
  const finish = (): GateModel => assembleGate(finishTraining(transitions, { pruneBelow }), finishTraining(labeler, { pruneBelow }), labels, labelDirections, classes);
  // Cost of a class: its kind's cost, plus one when it builds a gold arc that cannot get its gold label.
  const classCost = (state: ParserState, cls: number): number => {
    const kind = kinds[cls]!;
    const cost = costs[kind]!;
    if (kind === SHIFT || cost === Infinity) return cost;
    const dependent = state.stack[state.stackSize - 1]!;
    const head = kind === LEFT ? state.buffer : state.stack[state.stackSize - 2]!;
    if (gold.heads[dependent] !== head || head === state.n) return cost;
    const goldLabel = gold.labels[dependent]!;
    const own = classes.transitionLabels[cls]!;
    const reachable = own >= 0 ? own === goldLabel : (labelDirections[goldLabel]! & (kind === LEFT ? 1 : 2)) !== 0;
    return reachable ? cost : cost + 1;
  };
  for (let epoch = 0; epoch < (options.epochs ?? 10); epoch++) {
    seededShuffle(order, (options.seed ?? 1) + epoch);
    const explore = epoch > 0;
    let right = 0;
    let total = 0;
    const steps: GateSteps = {
      scoreTransitions: (features, scores) => {
        scoreTrainer(transitions, features, scores);
      },
      chooseClass: (state, features, scores) => {
        transitionCosts(state, gold, costs);
        let best = -1;
        let bestCost = Infinity;
        for (let c = 0; c < kinds.length; c++) {
          const cost = classCost(state, c);
          if (cost < bestCost || (cost === bestCost && cost < Infinity && scores[c]! > scores[best]!)) {
            best = c;
            bestCost = cost;
          }
        }
        const guess = bestValidClass(state, kinds, scores);
        const guessIsRight = classCost(state, guess) === bestCost;
        updateTrainer(transitions, features, best, guessIsRight ? best : guess);
        total++;
        if (guessIsRight) right++;
        return explore && !guessIsRight && random() < exploration ? guess : best;
      },
      chooseLabel: (state, kind, features) => {
        const dependent = state.stack[state.stackSize - 1]!;
        const head = kind === LEFT ? state.buffer : state.stack[state.stackSize - 2]!;
        const guess = bestLabel(labelDirections, rootLabel, kind, scoreTrainer(labeler, features, labelScores));
        // Only arcs of the gold tree have a gold label to learn; other arcs keep the model's guess.
        if (gold.heads[dependent] !== head) return guess;
        const goldLabel = gold.labels[dependent]!;
        if ((labelDirections[goldLabel]! & (kind === LEFT ? 1 : 2)) === 0) return guess;
        updateTrainer(labeler, features, goldLabel, guess);
        return explore && guess !== goldLabel && random() < exploration ? guess : goldLabel;
      },
    };
    for (const index of order) {
      const example = examples[index]!;
      gold = golds[index]!;
      decodeGateParse(example.words, example.upos, example.xpos, steps, scratch, classes);
    }
    options.onEpoch?.(epoch + 1, total > 0 ? right / total : 0, finish);
  }
  return finish();
}
