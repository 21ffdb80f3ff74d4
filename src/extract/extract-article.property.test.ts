import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractArticle } from './extract-article.js';

const pieces = fc.constantFrom(
  '<p>', '</p>', '<div class="story">', '</div>', '<b>', '</b>', '<a href="/x">', '</a>', '<br>', '<blockquote>', '</blockquote>',
  '<script>', '</script>', '<!--', '-->', '<nav>', '</nav>', '&amp;', '&mdash;', '&#8220;', '&nbsp;', '&bogus;', '<', '>', '"', '\n\n',
  'The mayor said the vote would go ahead. ', 'Officials disagreed on Tuesday, and the council adjourned. ', '“Quoted words,” she said. ',
);
const html = fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => `<html><body><article>${parts.join('')}</article></body></html>`);

test('on any mix of markup and text: no exception, paragraphs split by blank lines, exact runs equal their HTML', () => {
  fc.assert(
    fc.property(html, (source) => {
      const article = extractArticle(source);
      let previousEnd = -2;
      for (const paragraph of article.paragraphs) {
        assert.equal(paragraph.start, previousEnd + 2);
        assert.ok(paragraph.end > paragraph.start);
        previousEnd = paragraph.end;
      }
      assert.equal(article.paragraphs.length > 0 ? previousEnd : 0, article.text.length);
      for (const [textStart, textEnd, htmlStart, htmlEnd] of article.sourceMap) {
        if (textEnd - textStart === htmlEnd - htmlStart) assert.equal(source.slice(htmlStart, htmlEnd), article.text.slice(textStart, textEnd));
        else assert.ok(source.startsWith('&', htmlStart));
      }
    }),
    { numRuns: 150 },
  );
});
