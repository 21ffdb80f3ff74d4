/**
 * The configuration of the arc-hybrid transition system (Kuhlmann et al. 2011): a stack, a buffer
 * that is always a suffix of the sentence followed by an artificial root at index n, and the arcs
 * built so far with the children bookkeeping the features need. Buffers are typed arrays reused
 * across sentences.
 */

/** Transition kinds; a class index encodes kind and label (see classOf). */
export const SHIFT = 0;
/** Pop s0 and attach it to b0. */
export const LEFT = 1;
/** Pop s0 and attach it to s1. */
export const RIGHT = 2;

/** Class index of a transition: 0 = SHIFT, 1 + 2l = LEFT with label l, 2 + 2l = RIGHT with label l. */
export function classOf(kind: number, label: number): number {
  return kind === SHIFT ? 0 : kind === LEFT ? 1 + 2 * label : 2 + 2 * label;
}

/** The transition kind of a class index. */
export function kindOf(cls: number): number {
  return cls === 0 ? SHIFT : (cls & 1) === 1 ? LEFT : RIGHT;
}

/** The label of a LEFT or RIGHT class index. */
export function labelOf(cls: number): number {
  return (cls - 1) >> 1;
}

/** A parser configuration over a sentence of n words (index n is the root). */
export interface ParserState {
  n: number;
  stack: Int32Array;
  stackSize: number;
  /** Index of the first buffer item (b0); equals n when only the root is left. */
  buffer: number;
  heads: Int32Array;
  labels: Int32Array;
  leftmost: Int32Array;
  leftmost2: Int32Array;
  rightmost: Int32Array;
  rightmost2: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;
  /** Bit sets (label id mod 31) of the labels of each word's left and right children. */
  leftLabels: Int32Array;
  rightLabels: Int32Array;
}

/** Make a state with room for sentences of `capacity` words. */
export function createParserState(capacity = 64): ParserState {
  const size = capacity + 1;
  return {
    n: 0, stack: new Int32Array(size), stackSize: 0, buffer: 0,
    heads: new Int32Array(size), labels: new Int32Array(size),
    leftmost: new Int32Array(size), leftmost2: new Int32Array(size), rightmost: new Int32Array(size), rightmost2: new Int32Array(size),
    leftCount: new Int32Array(size), rightCount: new Int32Array(size), leftLabels: new Int32Array(size), rightLabels: new Int32Array(size),
  };
}

/** Reset a state for a sentence of n words, growing its buffers when needed; returns the state to use. */
export function resetParserState(state: ParserState, n: number): ParserState {
  const target = state.heads.length > n ? state : createParserState(Math.max(n, 2 * state.heads.length));
  target.n = n;
  target.stackSize = 0;
  target.buffer = 0;
  for (const array of [target.heads, target.labels, target.leftmost, target.leftmost2, target.rightmost, target.rightmost2]) array.fill(-1, 0, n + 1);
  for (const array of [target.leftCount, target.rightCount, target.leftLabels, target.rightLabels]) array.fill(0, 0, n + 1);
  return target;
}

/** True when the parse is complete: empty stack and only the root in the buffer. */
export function isTerminal(state: ParserState): boolean {
  return state.stackSize === 0 && state.buffer === state.n;
}

/** Whether a transition kind is allowed; the root takes exactly one dependent, as the last LEFT. */
export function isValid(state: ParserState, kind: number): boolean {
  if (kind === SHIFT) return state.buffer < state.n;
  if (kind === LEFT) return state.stackSize > 0 && (state.buffer < state.n || state.stackSize === 1);
  return state.stackSize > 1;
}

/** Apply a transition class to the state. */
export function applyTransition(state: ParserState, cls: number): void {
  const kind = kindOf(cls);
  if (kind === SHIFT) {
    state.stack[state.stackSize++] = state.buffer++;
    return;
  }
  const dependent = state.stack[--state.stackSize]!;
  const head = kind === LEFT ? state.buffer : state.stack[state.stackSize - 1]!;
  addArc(state, head, dependent, labelOf(cls));
}

function addArc(state: ParserState, head: number, dependent: number, label: number): void {
  state.heads[dependent] = head;
  state.labels[dependent] = label;
  const bit = 1 << (label % 31);
  if (dependent < head) {
    state.leftCount[head]!++;
    state.leftLabels[head]! |= bit;
    const first = state.leftmost[head]!;
    if (first < 0 || dependent < first) {
      state.leftmost2[head] = first;
      state.leftmost[head] = dependent;
    } else if (state.leftmost2[head]! < 0 || dependent < state.leftmost2[head]!) state.leftmost2[head] = dependent;
  } else {
    state.rightCount[head]!++;
    state.rightLabels[head]! |= bit;
    const last = state.rightmost[head]!;
    if (last < 0 || dependent > last) {
      state.rightmost2[head] = last;
      state.rightmost[head] = dependent;
    } else if (dependent > state.rightmost2[head]!) state.rightmost2[head] = dependent;
  }
}

/** The parse a finished state holds: the head of each word (-1 for the root) and its relation name. */
export function parseOf(state: ParserState, labels: readonly string[]): { heads: Int32Array; deprels: string[] } {
  const n = state.n;
  const heads = new Int32Array(n);
  const deprels: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const head = state.heads[i]!;
    heads[i] = head === n ? -1 : head;
    deprels[i] = labels[state.labels[i]!] ?? 'dep';
  }
  return { heads, deprels };
}
