import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../analyze.js';
import type { Analysis } from '../../types.js';
import type { ArticleRecord } from '../types.js';
import { codePointOffsets } from './code-points.js';
import { csvCell, quoteCsvLines } from './csv.js';
import { ANNOTATION_CONTEXT, webAnnotations } from './web-annotation.js';

const TEXT = '🙂 Jeff Sessions said: "I did not, have communications."';

function stored(): { article: ArticleRecord; analysis: Analysis } {
  const start = TEXT.indexOf('I did');
  const end = TEXT.indexOf('."') + 1;
  const name = TEXT.indexOf('Jeff Sessions');
  const analysis: Analysis = {
    ...analyze({ text: TEXT }),
    entities: [{ id: 'e1', type: 'person', name: 'Jeff Sessions', mentions: [{ start: name, end: name + 13, text: 'Jeff Sessions', kind: 'name', source: 'rule:test' }] }],
    quotes: [{
      id: 'q1', kind: 'direct', content: { start, end, text: TEXT.slice(start, end) }, fragments: [{ start, end }], cue: { start: name + 14, end: name + 18, text: 'said' },
      speaker: { mention: null, entity: 'e1', name: 'Jeff Sessions', anonymous: false }, confidence: 0.9, source: 'rule:test',
    }],
  };
  return { article: { id: 'a1', text: TEXT, contentHash: 'x', outlet: 'CNN' }, analysis };
}

test('web annotations carry a quote selector and a code point position selector', () => {
  const { article, analysis } = stored();
  const annotations = webAnnotations(article, analysis);
  assert.equal(annotations.length, 2);
  for (const annotation of annotations) {
    assert.equal(annotation['@context'], ANNOTATION_CONTEXT);
    assert.equal(annotation.type, 'Annotation');
    assert.ok(annotation.id.startsWith('urn:whosaid:article:a1#'));
    const [quote, position] = annotation.target.selector;
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(position.type, 'TextPositionSelector');
    // The position counts code points: the emoji is one character, two UTF-16 units.
    assert.equal([...TEXT].slice(position.start, position.end).join(''), quote.exact);
    assert.ok(TEXT.includes(quote.prefix + quote.exact + quote.suffix));
  }
  assert.equal(annotations[0]?.target.selector[0].exact, 'I did not, have communications.');
  assert.equal(annotations[1]?.motivation, 'identifying');
});

test('code point offsets equal UTF-16 offsets for text without astral characters', () => {
  assert.equal(codePointOffsets('plain text')(5), 5);
  assert.equal(codePointOffsets('🙂🙂x')(4), 2);
});

test('csv rows quote commas and quote marks and defuse formulas', () => {
  const { article, analysis } = stored();
  const [line] = quoteCsvLines(article, analysis);
  assert.ok(line?.endsWith('"I did not, have communications."\r\n'));
  assert.ok(line?.startsWith('a1,CNN,,,q1,direct,'));
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell(null), '');
});
