import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../text/segment.js';
import { loadNerModel, recognizeEntities } from './ner.js';
import { findNameCandidates } from './ner-stage.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addFeature, clearFeatures, createFeatureBuffer, type FeatureBuffer } from './feature-hash.js';
import { createDecodeScratch, createScoreMemo, decode, PREVIOUS_ROW } from './ner-decode.js';
import { addContextualStaticFeatures, addContextualStaticFeaturesWithoutCasing, casingFeature, casingFeatureCount, coarseState, documentCasingOfRanges, prepareSentence } from './ner-features.js';
import { NER_LABELS, TRANSITIONS } from './ner-tags.js';
import { scoreModel } from './perceptron.js';
import { sentenceRanges } from './syntax.js';

function entities(text: string): string[] {
  return recognizeEntities(text, segment(text).tokens).map((entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`);
}

test('a missing model file is reported as MODEL_UNAVAILABLE', () => {
  assert.throws(() => loadNerModel(new URL('file:///nonexistent/ner.bin')), { name: 'WhosaidError', code: 'MODEL_UNAVAILABLE' });
});

test('entities come back as character offsets into the original text, with type, score and provenance', () => {
  const text = 'Kremlin spokesperson Dmitry Peskov said Moscow would respond.';
  const found = recognizeEntities(text, segment(text).tokens);
  const person = found.find((entity) => entity.type === 'PER');
  assert.ok(person, JSON.stringify(found));
  assert.equal(text.slice(person.start, person.end), 'Dmitry Peskov');
  assert.ok(person.score > 0 && person.score < 1);
  assert.match(person.source, /^model:ner@\d+$/);
});

test('offsets stay right with curly quotes and a possessive split by the tokenizer', () => {
  const text = '\u201cWe will respond,\u201d said Sarah Isgur Flores, the Justice Department\u2019s spokeswoman.';
  const found = entities(text);
  assert.ok(found.includes('PER Sarah Isgur Flores'), JSON.stringify(found));
  assert.ok(found.includes('ORG Justice Department'), JSON.stringify(found));
});

test('no entity for capitalized sentence-initial common words', () => {
  assert.deepEqual(entities('Yesterday the committee met to discuss the budget.'), []);
  assert.deepEqual(entities('Nevertheless the plan failed, officials said.'), []);
});

test('no entity in a Title Case headline made of common words', () => {
  assert.deepEqual(entities('Stocks Fall As Investors Weigh Another Rate Hike'), []);
});

test('ALL CAPS text: no entity in a shouted headline of common words, and names are still found', () => {
  assert.deepEqual(entities('BREAKING NEWS: MARKETS TUMBLE AFTER WEAK JOBS REPORT'), []);
  assert.deepEqual(entities('PRESIDENT OBAMA SPOKE IN CHICAGO ON TUESDAY.'), ['PER OBAMA', 'LOC CHICAGO']);
});

test('"May" the month is not a person, "Theresa May" is', () => {
  assert.deepEqual(entities('The new rules take effect in May.'), []);
  assert.deepEqual(entities('Prime Minister Theresa May said the talks would continue.'), ['PER Theresa May']);
});

test('empty text and text without letters yield no entities', () => {
  assert.deepEqual(entities(''), []);
  assert.deepEqual(entities('... 42 -- 17 !!!'), []);
});

test('tokens that do not belong to the text are refused with INVALID_INPUT', () => {
  assert.throws(() => recognizeEntities('short', segment('a much longer text with Paris in it').tokens), { name: 'WhosaidError', code: 'INVALID_INPUT' });
});

test('a very long sentence of odd tokens (NUL, lone surrogates, emoji) yields spans inside the text', () => {
  const pieces = ['Paris', 'the', '\u0000', '\ud800', 'x'.repeat(300), '\u{1F600}', 'Acme', 'Corp.'];
  const text = Array.from({ length: 3000 }, (_, i) => pieces[(i * 7) % pieces.length]).join(' ');
  const found = recognizeEntities(text, segment(text).tokens);
  assert.ok(found.every((entity) => entity.start >= 0 && entity.start < entity.end && entity.end <= text.length));
});

test('name candidates for the pipeline carry whosaid entity types and their text', () => {
  const text = 'Attorney General Jeff Sessions spoke to CNN.';
  const candidates = findNameCandidates({ text, tokens: segment(text).tokens });
  const person = candidates.find((candidate) => candidate.type === 'person');
  assert.equal(person?.text, 'Jeff Sessions');
  assert.equal(person?.nerType, 'PER');
});

test('labeling windows of a sentence finds the names inside them as the whole sentence does', () => {
  const text = 'In a statement on Thursday, Justice Department spokeswoman Sarah Isgur Flores said that Gerald Ford had visited the Alden Courier office in Lyon. Nothing else happened.';
  const { tokens } = segment(text);
  const whole = recognizeEntities(text, tokens).map((entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`);
  assert.ok(whole.includes('PER Sarah Isgur Flores'), JSON.stringify(whole));
  const at = (word: string): number => tokens.findIndex((token) => text.slice(token.start, token.end) === word);
  // One window around "Sarah Isgur Flores", one around "Gerald Ford": the features still read the whole sentence.
  const windows: Array<[number, number]> = [[at('spokeswoman'), at('Flores') + 2], [at('Gerald') - 1, at('Ford') + 2]];
  const windowed = recognizeEntities(text, tokens, undefined, windows).map((entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`);
  const inside = whole.filter((entry) => entry.endsWith('Sarah Isgur Flores') || entry.endsWith('Gerald Ford'));
  assert.deepEqual(windowed, inside);
  // A window whose edge cuts a name ("Sarah | Isgur Flores") gets the whole sentence labeled instead, once.
  const cutting: Array<[number, number]> = [[at('Isgur'), at('Flores') + 2], [at('Gerald') - 1, at('Ford') + 2]];
  assert.deepEqual(recognizeEntities(text, tokens, undefined, cutting), recognizeEntities(text, tokens).filter((entity) => entity.start < text.indexOf('Nothing')));
  // Windows covering whole sentences give exactly the whole-text answer.
  const sentenceWindows: Array<[number, number]> = [[0, at('.') + 1], [at('.') + 1, tokens.length]];
  assert.deepEqual(recognizeEntities(text, tokens, undefined, sentenceWindows), recognizeEntities(text, tokens));
});

test('a window that crosses a sentence boundary or runs backwards is refused', () => {
  const text = 'Sarah Flores spoke. Gerald Ford left.';
  const { tokens } = segment(text);
  assert.throws(() => recognizeEntities(text, tokens, undefined, [[1, 6]]), { name: 'WhosaidError', code: 'INVALID_INPUT' });
  assert.throws(() => recognizeEntities(text, tokens, undefined, [[2, 1]]), { name: 'WhosaidError', code: 'INVALID_INPUT' });
});

test('summing the casing features once per casing key scores every token as summing them per token', () => {
  const model = loadNerModel();
  // Prose, a Title Case headline, an ALL CAPS line, sentence starts and ends, words seen elsewhere in lower case.
  const lines = readFileSync(join('..', 'shared', 'data', 'news', 'bbc.jsonl'), 'utf8').split('\n').slice(0, 20).filter((line) => line.trim() !== '');
  const texts = [...lines.map((line) => (JSON.parse(line) as { text: string }).text), 'Stocks Fall As Investors Weigh Rate Hike In London', 'PRIME MINISTER VISITS PARIS. the prime minister said so.'];
  const score = (features: FeatureBuffer, scores: Float32Array): void => {
    scoreModel(model.linear, features, scores);
  };
  let compared = 0;
  for (const text of texts) {
    const tokens = segment(text).tokens;
    const words = tokens.map((token) => token.norm);
    const ranges = sentenceRanges(tokens);
    const casing = documentCasingOfRanges(words, ranges);
    for (const [first, end] of ranges) {
      const sentence = prepareSentence(words.slice(first, end), undefined, model.context, casing);
      // The casing features and the others are the token's contextual static features, each once.
      const all = createFeatureBuffer(64);
      const rest = createFeatureBuffer(64);
      for (let i = 0; i < sentence.length; i++) {
        clearFeatures(all);
        addContextualStaticFeatures(sentence, i, all);
        clearFeatures(rest);
        addContextualStaticFeaturesWithoutCasing(sentence, i, rest);
        const key = sentence.casingKeys[i]!;
        for (let k = 0; k < casingFeatureCount(key); k++) addFeature(rest, casingFeature(k, key));
        assert.deepEqual(Array.from(rest.hashes.subarray(0, rest.length)).sort(), Array.from(all.hashes.subarray(0, all.length)).sort());
      }
      const perToken = createDecodeScratch();
      const perKey = createDecodeScratch();
      const labels = new Uint8Array(sentence.length);
      decode(sentence, { score, cacheWordScores: true, memo: createScoreMemo() }, perToken, labels);
      decode(sentence, { score, cacheWordScores: true, memo: createScoreMemo(), linear: model.linear }, perKey, labels);
      assert.deepEqual(perKey.emit.subarray(0, sentence.length * NER_LABELS.length), perToken.emit.subarray(0, sentence.length * NER_LABELS.length));
      compared += sentence.length;
    }
  }
  assert.ok(compared > 5000);
});

test('every previous label BILOU allows before a label has the coarse state whose context row decoding reads for it', () => {
  const count = NER_LABELS.length;
  let allowed = 0;
  for (let previous = 0; previous < count; previous++) {
    for (let y = 0; y < count; y++) {
      if (TRANSITIONS[previous * count + y] !== 1) continue;
      assert.equal(coarseState(previous) * count, PREVIOUS_ROW[y], `${NER_LABELS[previous]} → ${NER_LABELS[y]}`);
      allowed++;
    }
  }
  assert.ok(allowed > count);
});
