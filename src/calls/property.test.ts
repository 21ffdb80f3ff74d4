// Whatever the input, every span the calls, sourcing and contradictions stages produce lies inside the text and its `text` is the slice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractContradictions } from '../contradictions/extract-contradictions.js';
import { buildSourcingProfile } from '../sourcing/profile.js';
import type { Span, TextSpan } from '../types.js';
import { extractCalls } from './extract-calls.js';
import { segmentedDocument } from './test-document.js';

const WORDS = ['Sessions', 'Schumer', 'said', 'should', 'not', 'resign', 'called', 'on', 'for', 'to', 'urged', 'him', 'if', 'he', 'met', 'with', 'Russians', 'Russian', 'denied', 'had', 'no', 'contact', 'reportedly', 'CNN', 'reported', 'told', 'a', 'senior', 'official', 'Mr.', 'she', 'spokeswoman', ',', '.', '"', '\u201c', '\u201d', 'I', 'did', "n't", 'in', 'fact', 'is', 'That', 'claim', 'false', '\n\n', 'D-NY', '(R-Ind.)', 'wants', 'pushed', 'back', 'need', 'must'];

function inside(text: string, span: Span): void {
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `span ${span.start}-${span.end} outside a text of ${text.length}`);
}

function sliced(text: string, span: TextSpan): void {
  inside(text, span);
  assert.equal(span.text, text.slice(span.start, span.end));
}

test('calls, sourcing and contradictions stay within the text', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), fc.array(fc.constantFrom(' ', '  ', '\u00a0'), { minLength: 60, maxLength: 60 }), (words, spaces) => {
      const text = words.map((word, i) => word + (spaces[i] ?? ' ')).join('');
      const doc = segmentedDocument(text);
      for (const call of extractCalls(doc)) {
        inside(text, call.evidence);
        if (call.condition) sliced(text, call.condition);
        assert.ok(text.includes(call.action));
      }
      const profile = buildSourcingProfile(doc);
      for (const hedge of profile.hedges) sliced(text, hedge);
      for (const media of profile.mediaAttributions) sliced(text, media);
      assert.ok(profile.unattributedClaimShare >= 0 && profile.unattributedClaimShare <= 1);
      for (const contradiction of extractContradictions(doc)) {
        sliced(text, contradiction.statement);
        sliced(text, contradiction.conflictsWith);
        assert.ok(contradiction.confidence > 0 && contradiction.confidence <= 1);
      }
    }),
    { numRuns: 300 },
  );
});
