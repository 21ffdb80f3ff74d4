/**
 * The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): the number of gold arcs a
 * transition makes unreachable from the current configuration, exact for projective trees. Training
 * updates towards the best-scoring zero-cost transition and may then follow the model's own
 * (possibly wrong) choice, so the parser learns to recover from its mistakes.
 */
import { LEFT, RIGHT, SHIFT, isValid, type ParserState } from './parser-state.js';

/** Gold heads (n for the root) and labels of a sentence, with each word's gold dependents. */
export interface GoldTree {
  heads: Int32Array;
  labels: Int32Array;
  /** Dependents of word i are dependents[dependentStart[i] .. dependentStart[i + 1]) (root is i = n). */
  dependents: Int32Array;
  dependentStart: Int32Array;
}

/** Build the gold-tree lookup from heads (-1 or n for the root) and label ids. */
export function createGoldTree(heads: readonly number[], labels: readonly number[]): GoldTree {
  const n = heads.length;
  const normalized = Int32Array.from(heads, (head) => (head < 0 ? n : head));
  const counts = new Int32Array(n + 2);
  for (const head of normalized) counts[head + 1]!++;
  const dependentStart = new Int32Array(n + 2);
  for (let i = 1; i <= n + 1; i++) dependentStart[i] = dependentStart[i - 1]! + counts[i]!;
  const fill = dependentStart.slice(0, n + 1);
  const dependents = new Int32Array(n);
  normalized.forEach((head, dependent) => {
    dependents[fill[head]!++] = dependent;
  });
  return { heads: normalized, labels: Int32Array.from(labels), dependents, dependentStart };
}

/** Number of gold dependents of `word` still in the buffer (index ≥ b0, all unattached there). */
function dependentsInBuffer(gold: GoldTree, word: number, b0: number): number {
  let count = 0;
  for (let k = gold.dependentStart[word]!; k < gold.dependentStart[word + 1]!; k++) if (gold.dependents[k]! >= b0) count++;
  return count;
}

/** Whether word i is on the stack: in arc-hybrid, the stack holds exactly the words before b0 that have no head yet. */
function onStack(state: ParserState, i: number): boolean {
  return i < state.buffer && state.heads[i]! < 0;
}

/** Cost of each transition kind (SHIFT, LEFT, RIGHT) into `costs`; Infinity when invalid. */
export function transitionCosts(state: ParserState, gold: GoldTree, costs: Float64Array): Float64Array {
  const top = state.stackSize;
  const b0 = state.buffer;
  const n = state.n;
  const s0 = top > 0 ? state.stack[top - 1]! : -1;
  const s1 = top > 1 ? state.stack[top - 2]! : -1;
  costs[SHIFT] = Infinity;
  costs[LEFT] = Infinity;
  costs[RIGHT] = Infinity;
  if (isValid(state, SHIFT)) {
    // b0 moves to the stack: it can no longer take dependents from the stack, nor a head below s0.
    let cost = 0;
    const head = gold.heads[b0]!;
    if (head !== s0 && head < b0 && onStack(state, head)) cost++;
    for (let k = gold.dependentStart[b0]!; k < gold.dependentStart[b0 + 1]!; k++) if (onStack(state, gold.dependents[k]!)) cost++;
    costs[SHIFT] = cost;
  }
  if (s0 >= 0) {
    const head = gold.heads[s0]!;
    const lostDependents = dependentsInBuffer(gold, s0, b0);
    if (isValid(state, LEFT)) costs[LEFT] = lostDependents + (head === s1 || (head > b0 && head <= n) ? 1 : 0);
    if (isValid(state, RIGHT)) costs[RIGHT] = lostDependents + (head >= b0 && head <= n ? 1 : 0);
  }
  return costs;
}
