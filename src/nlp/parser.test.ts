import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readTreebank } from './treebanks.js';
import { attachmentScores } from './parser-accuracy.js';
import { createGoldTree, transitionCosts } from './parser-oracle.js';
import { applyTransition, classOf, createParserState, isTerminal, LEFT, resetParserState, RIGHT, SHIFT } from './parser-state.js';
import { parserExample, trainParser } from './parser-train.js';
import { trainGate } from './parser-gate-train.js';
import { createGateScratch, decodeGateParse, modelSteps, parseWithGate, scoreTransitionTable } from './parser-gate.js';
import { createParserScratch, DEFAULT_MARGINS, deserializeParser, parseWords, serializeParser, type ParserModel } from './parser.js';
import { parserFeatures, SINGLE_POSITION_ROLES, SINGLE_POSITION_TEMPLATES, singlePositionFeature, singlePositions, tagValue, wordValue } from './parser-features.js';
import { createFeatureBuffer } from './feature-hash.js';
import { scoreModel } from './perceptron.js';

const dataRoot = join('..', 'shared', 'data');
const slice = readTreebank(dataRoot, 'EWT', 'train').slice(0, 200).map(parserExample);
const joint = trainParser(slice, { epochs: 4, bucketBits: 16 });
const gate = trainGate(slice, { epochs: 4, bucketBits: 16 });
const trained: ParserModel = { ...joint, gate, ...DEFAULT_MARGINS };
const dev = readTreebank(dataRoot, 'EWT', 'dev').slice(0, 50).map(parserExample);

test('following zero-cost transitions rebuilds a projective gold tree', () => {
  // "The senator said it ." : The←senator←said→it, said→. ; said is the root.
  const heads = [1, 2, -1, 2, 2];
  const gold = createGoldTree(heads, [0, 1, 2, 3, 4]);
  const state = resetParserState(createParserState(), heads.length);
  const costs = new Float64Array(3);
  while (!isTerminal(state)) {
    transitionCosts(state, gold, costs);
    const kind = [SHIFT, LEFT, RIGHT].find((k) => costs[k] === 0);
    assert.notEqual(kind, undefined);
    const s0 = state.stack[state.stackSize - 1]!;
    applyTransition(state, classOf(kind!, kind === SHIFT ? 0 : gold.labels[s0]!));
  }
  assert.deepEqual(Array.from(state.heads.subarray(0, 5), (h) => (h === 5 ? -1 : h)), heads);
});

test('a parser trained on a small slice fits that slice, with and without its gate', () => {
  assert.ok(attachmentScores(joint, slice).uas > 0.85);
  assert.ok(attachmentScores(trained, slice).uas > 0.85);
});

test('a serialized parser parses exactly like the trained one', () => {
  const loaded = deserializeParser(serializeParser(trained));
  for (const example of dev) {
    assert.deepEqual(parseWords(loaded, example.words, example.upos, example.xpos), parseWords(trained, example.words, example.upos, example.xpos));
  }
});

test('with infinite margins the joint model decides everything; with zero margins the gate does', () => {
  for (const example of dev) {
    const { words, upos, xpos } = example;
    // Heads only: with its gate the parser always labels the root's arc "root".
    assert.deepEqual(parseWords({ ...trained, transitionMargin: Infinity, labelMargin: Infinity }, words, upos, xpos).heads, parseWords(joint, words, upos, xpos).heads);
    assert.deepEqual(parseWords({ ...trained, transitionMargin: 0, labelMargin: 0 }, words, upos, xpos), parseWithGate(gate, words, upos, xpos));
  }
});

test('the gate\'s dense transition table ranks the transitions as its sparse model does', () => {
  const scratch = createGateScratch(gate.labels.length);
  const sparse = new Float32Array(3);
  const dense = new Float32Array(3);
  let compared = 0;
  for (const example of dev) {
    const steps = modelSteps(gate, scratch);
    decodeGateParse(example.words, example.upos, example.xpos, { ...steps, chooseClass: (state, features, scores) => {
      scoreModel(gate.linear, features, sparse);
      scoreTransitionTable(gate, features, dense);
      for (let kind = 0; kind < 3; kind++) assert.equal(Math.fround(dense[kind]! * gate.linear.scale), sparse[kind]!);
      compared++;
      return steps.chooseClass(state, features, scores);
    } }, scratch, gate);
  }
  assert.ok(compared > 500);
});

test('the single-position templates are exactly the features parserFeatures leaves out without singles', () => {
  const scratch = createGateScratch(gate.labels.length);
  const rest = createFeatureBuffer(96);
  const positions = new Int32Array(SINGLE_POSITION_ROLES);
  let compared = 0;
  for (const example of dev) {
    const steps = modelSteps(gate, scratch);
    decodeGateParse(example.words, example.upos, example.xpos, { ...steps, chooseClass: (state, features, scores) => {
      parserFeatures(state, scratch.words, scratch.tags, rest, false);
      const split = Array.from(rest.hashes.subarray(0, rest.length));
      singlePositions(state, positions);
      SINGLE_POSITION_TEMPLATES.forEach((templates, role) => {
        const at = positions[role]!;
        for (const [template, reads] of templates) split.push(singlePositionFeature(template, reads, wordValue(scratch.words, state.n, at), tagValue(scratch.tags, state.n, at)));
      });
      assert.deepEqual(split.sort(), Array.from(features.hashes.subarray(0, features.length)).sort());
      compared++;
      return steps.chooseClass(state, features, scores);
    } }, scratch, gate);
  }
  assert.ok(compared > 500);
});

test('the gate decides from its cached single-position sums as from all its features, also when the cache starts afresh or a sentence is longer than it', () => {
  // Made-up words make more (word, tag) pairs than the cache holds; zero margins let the gate decide everything.
  const words = Array.from({ length: 40_000 }, (_, i) => `${dev[i % dev.length]!.words[i % 7] ?? 'x'}${i}`);
  const tags = (i: number): [string, string] => [dev[0]!.upos[i % dev[0]!.upos.length]!, dev[0]!.xpos[i % dev[0]!.xpos.length]!];
  const upos = words.map((_, i) => tags(i)[0]);
  const xpos = words.map((_, i) => tags(i)[1]);
  const gateOnly = { ...trained, transitionMargin: 0, labelMargin: 0 };
  const scratch = createParserScratch(trained.linear.classCount);
  for (let start = 0; start < words.length; start += 40) {
    const part = [words.slice(start, start + 40), upos.slice(start, start + 40), xpos.slice(start, start + 40)] as const;
    assert.deepEqual(parseWords(gateOnly, ...part, scratch), parseWithGate(gate, ...part));
  }
  assert.deepEqual(parseWords(gateOnly, words, upos, xpos, scratch), parseWithGate(gate, words, upos, xpos));
});

test('the gate gives an arc only a label seen in its direction in training, and only the root\'s arc is labeled root', () => {
  const seen = new Set(slice.flatMap((example) => example.heads.map((head, i) => `${example.deprels[i]} ${head > i ? 'left' : 'right'}`)));
  for (const example of dev) {
    const { heads, deprels } = parseWithGate(gate, example.words, example.upos, example.xpos);
    heads.forEach((head, i) => {
      assert.equal(deprels[i] === 'root', head === -1);
      if (head >= 0) assert.ok(seen.has(`${deprels[i]} ${head > i ? 'left' : 'right'}`));
    });
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
