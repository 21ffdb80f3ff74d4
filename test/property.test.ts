import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../src/analyze.js';
import { assertSpansValid } from './analysis-invariants.js';

/**
 * A fixed seed keeps CI reproducible; `WHOSAID_PROPERTY_SEED=random` (or a number) explores new inputs,
 * and fast-check prints the seed and the shrunk counterexample of any failure.
 */
const seedSetting = process.env.WHOSAID_PROPERTY_SEED;
const seed = seedSetting === 'random' ? Date.now() % 2 ** 31 : seedSetting ? Number(seedSetting) : 20170302;

const newsAlphabet = fc.constantFrom('"', '\u201c', '\u201d', "'", '\u2019', ' ', '\u00a0', '\n', '\n\n', '.', ',', ':', '--', '\u2014', 'said', 'He', 'Sen.', 'Rep. Adam Schiff', 'D-CA', 'told', 'that', 'according to', 'officials', '(', ')', 'Thursday', '\u0000', '\ufffd', '\ud83d\ude00', 'U.S.', 'a');

test('arbitrary Unicode never breaks the offset invariants', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
      assertSpansValid(analyze(text));
    }),
    { numRuns: 200, seed },
  );
});

test('news-like token soup never breaks the offset invariants', () => {
  fc.assert(
    fc.property(fc.array(newsAlphabet, { maxLength: 300 }), (parts) => {
      const analysis = analyze(parts.join(' '));
      assertSpansValid(analysis);
      for (const quote of analysis.quotes) assert.ok(quote.fragments.length > 0);
    }),
    { numRuns: 300, seed },
  );
});

test('lone surrogates and control characters give diagnostics, not crashes', () => {
  const analysis = analyze('\ud800 said "\u0001\u0002\u0003\u0004\u0005\u0006" \udfff he said.');
  assertSpansValid(analysis);
  assert.ok(analysis.diagnostics.some((d) => d.code === 'control-characters' || d.code === 'binary-input'));
});

test('a one-megabyte line terminates and keeps the invariants', () => {
  const line = 'He said "we will win" and Sen. Smith, D-CA, told NBC News that it was over, according to officials. '.repeat(10_500);
  const analysis = analyze(line);
  assert.ok(line.length > 1_000_000);
  assertSpansValid(analysis);
});

test('thousands of unbalanced quotation marks stay bounded and do not grow quadratically', () => {
  const unit = 'He said "this opens \u201cand this too said the man. ';
  const small = unit.repeat(2_000);
  const large = unit.repeat(8_000);
  analyze(small);
  const t0 = performance.now();
  const smallAnalysis = analyze(small);
  const t1 = performance.now();
  const largeAnalysis = analyze(large);
  const t2 = performance.now();
  assertSpansValid(largeAnalysis);
  assert.ok(smallAnalysis.diagnostics.length > 0);
  // Four times the input must not cost anywhere near sixteen times (quadratic); generous for a loaded machine.
  assert.ok(t2 - t1 < 12 * Math.max(t1 - t0, 5), `4x input took ${(t2 - t1).toFixed(0)} ms vs ${(t1 - t0).toFixed(0)} ms`);
});
