import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../pipeline/document.js';
import { checkPipeline } from '../pipeline/stage.js';
import { segment } from '../text/segment.js';
import { syntaxStage } from './syntax-stage.js';
import { readModelFile } from './model-files.js';
import { sentenceRanges } from './syntax.js';
import { WhosaidError } from '../errors.js';

const text = 'Attorney General Jeff Sessions said Thursday he would recuse himself. "I have now decided to recuse myself," Sessions told reporters.';

test('the syntax stage tags every token and gives each sentence one root and in-sentence heads', () => {
  const doc = createDocument(text, {});
  const segmentation = segment(text);
  doc.paragraphs = segmentation.paragraphs;
  doc.sentences = segmentation.sentences;
  doc.tokens = segmentation.tokens;
  syntaxStage.run(doc);
  for (const [first, end] of sentenceRanges(doc.tokens)) {
    let roots = 0;
    for (let i = first; i < end; i++) {
      const token = doc.tokens[i]!;
      assert.ok(token.upos && token.xpos && token.deprel, `token ${i} is annotated`);
      if (token.head === -1) roots++;
      else assert.ok(token.head !== undefined && token.head >= first && token.head < end && token.head !== i);
    }
    assert.equal(roots, 1);
  }
  const said = doc.tokens.find((token) => text.slice(token.start, token.end) === 'said');
  assert.equal(said?.upos, 'VERB');
});

test('the syntax stage declares that it needs tokens and sentences', () => {
  assert.throws(() => checkPipeline([syntaxStage]));
});

test('a missing model file is reported as MODEL_UNAVAILABLE', () => {
  assert.throws(() => readModelFile('no-such-model.bin'), (error: unknown) => error instanceof WhosaidError && error.code === 'MODEL_UNAVAILABLE');
});
