import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readTreebank } from './treebanks.js';
import { attachmentScores } from './parser-accuracy.js';
import { createGoldTree, transitionCosts } from './parser-oracle.js';
import { applyTransition, classOf, createParserState, isTerminal, LEFT, resetParserState, RIGHT, SHIFT } from './parser-state.js';
import { parserExample, trainParser } from './parser-train.js';
import { bestValidClass, createParserScratch, decodeParse, deserializeParser, parseWords, serializeParser } from './parser.js';
import { scoreModel } from './perceptron.js';

const dataRoot = join('..', 'shared', 'data');
const slice = readTreebank(dataRoot, 'EWT', 'train').slice(0, 200).map(parserExample);
const trained = trainParser(slice, { epochs: 4, bucketBits: 16 });

test('following zero-cost transitions rebuilds a projective gold tree', () => {
  // "The senator said it ." : The←senator←said→it, said→. ; said is the root.
  const heads = [1, 2, -1, 2, 2];
  const gold = createGoldTree(heads, [0, 1, 2, 3, 4]);
  const state = resetParserState(createParserState(), heads.length);
  const inStack = new Uint8Array(8);
  const costs = new Float64Array(3);
  while (!isTerminal(state)) {
    transitionCosts(state, gold, inStack, costs);
    const kind = [SHIFT, LEFT, RIGHT].find((k) => costs[k] === 0);
    assert.notEqual(kind, undefined);
    const s0 = state.stack[state.stackSize - 1]!;
    if (kind === SHIFT) inStack[state.buffer] = 1;
    else inStack[s0] = 0;
    applyTransition(state, classOf(kind!, kind === SHIFT ? 0 : gold.labels[s0]!));
  }
  assert.deepEqual(Array.from(state.heads.subarray(0, 5), (h) => (h === 5 ? -1 : h)), heads);
});

test('a parser trained on a small slice fits that slice', () => {
  assert.ok(attachmentScores(trained, slice).uas > 0.85);
});

test('a serialized parser parses exactly like the trained one', () => {
  const loaded = deserializeParser(serializeParser(trained));
  for (const example of readTreebank(dataRoot, 'EWT', 'dev').slice(0, 50).map(parserExample)) {
    assert.deepEqual(parseWords(loaded, example.words, example.upos, example.xpos), parseWords(trained, example.words, example.upos, example.xpos));
  }
});

test('inference, which does not score configurations with an empty stack, parses as scoring every configuration does', () => {
  const scratch = createParserScratch(trained.linear.classCount);
  for (const example of readTreebank(dataRoot, 'EWT', 'dev').slice(0, 100).map(parserExample)) {
    const { heads } = parseWords(trained, example.words, example.upos, example.xpos);
    const n = example.words.length;
    const state = decodeParse(example.words, example.upos, example.xpos, (features, scores) => scoreModel(trained.linear, features, scores), scratch, (current, _features, scores) => bestValidClass(current, scores, scores.length));
    assert.deepEqual(Array.from(heads), Array.from(state.heads.subarray(0, n), (head) => (head === n ? -1 : head)));
  }
});

test('every parse is a tree with exactly one root', () => {
  for (const example of readTreebank(dataRoot, 'GUM', 'dev').slice(0, 50).map(parserExample)) {
    const { heads } = parseWords(trained, example.words, example.upos, example.xpos);
    assert.equal(heads.filter((h) => h === -1).length, 1);
    for (let i = 0; i < heads.length; i++) {
      // Walking up from any word reaches the root without a cycle.
      let node = i;
      for (let steps = 0; node !== -1; steps++) {
        assert.ok(steps <= heads.length, 'cycle');
        node = heads[node]!;
      }
    }
  }
});
