import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { WhosaidError } from '../errors.js';
import { extractArticle } from './extract-article.js';
import { toSourceOffset } from './text-blocks.js';

const fixture = readFileSync(new URL('../../test/fixtures/extract/article.html', import.meta.url), 'utf8');
const para = (words: string): string => `<p>${words} The minister said the plan would cost more than expected, and officials agreed with her on every point.</p>`;

test('keeps body paragraphs and blockquotes, joined by a blank line', () => {
  const article = extractArticle(fixture);
  assert.equal(article.paragraphs.length, 5);
  assert.match(article.text, /^WASHINGTON \(Ledger\) — Senator Alice Marsh said/);
  assert.match(article.text, /\n\nThe committee will review every line of this budget/);
  for (const paragraph of article.paragraphs) assert.equal(article.text.slice(paragraph.end, paragraph.end + 2).replace(/^$/, '\n\n'), '\n\n');
});

test('drops navigation, ads, share widgets, captions, related links, sidebars and footers', () => {
  const { text } = extractArticle(fixture);
  for (const boilerplate of ['Home', 'Advertisement', 'Share on Facebook', 'Photo: Example Agency', 'Related stories', 'Budget talks stall', 'Most read', 'All rights reserved', 'By Jane Q. Reporter']) {
    assert.ok(!text.includes(boilerplate), `'${boilerplate}' should not be in the text`);
  }
});

test('never includes script or style contents', () => {
  assert.ok(!extractArticle(fixture).text.includes('not article text'));
});

test('decodes entities in the text', () => {
  const { text } = extractArticle(fixture);
  assert.ok(text.includes('“We cannot vote'));
  assert.ok(text.includes("plan's authors"));
  assert.ok(text.includes('AT&T’s role'));
});

test('maps exact source runs back to the same characters of the HTML', () => {
  const article = extractArticle(fixture);
  assert.ok(article.sourceMap.length > 0);
  for (const [textStart, textEnd, htmlStart, htmlEnd] of article.sourceMap) {
    if (textEnd - textStart === htmlEnd - htmlStart) assert.equal(fixture.slice(htmlStart, htmlEnd), article.text.slice(textStart, textEnd));
    else assert.match(fixture.slice(htmlStart, htmlEnd), /^&[#\w]+;$/);
  }
  const offset = article.text.indexOf('Robert Lee');
  assert.equal(fixture.slice(toSourceOffset(article.sourceMap, offset) ?? -1, (toSourceOffset(article.sourceMap, offset) ?? -1) + 10), 'Robert Lee');
});

test('reads title, byline, date and dateline with their provenance', () => {
  const article = extractArticle(fixture);
  assert.equal(article.title, 'Senator questions budget plan');
  assert.equal(article.byline, 'Jane Q. Reporter');
  assert.equal(article.date, '2017-03-02');
  assert.equal(article.dateline?.text, 'WASHINGTON (Ledger)');
  assert.equal(article.provenance.date, 'rule:extract/date-meta:article:published_time');
  assert.equal(article.provenance.byline, 'rule:extract/byline-json-ld');
});

test('takes the date from JSON-LD, then <time datetime>, then the URL, when richer sources are missing', () => {
  const body = `<article>${para('One.')}${para('Two.')}${para('Three.')}</article>`;
  const jsonLd = extractArticle(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-11-08T10:00:00Z"}</script></head><body>${body}</body></html>`);
  assert.equal(jsonLd.date, '2016-11-08');
  const time = extractArticle(`<html><body><time datetime="2015-06-01T08:00">June 1</time>${body}</body></html>`);
  assert.equal(time.date, '2015-06-01');
  const url = extractArticle(`<html><body>${body}</body></html>`, { url: 'https://news.example/2017/03/02/story.html' });
  assert.equal(url.date, '2017-03-02');
  assert.equal(url.provenance.date, 'rule:extract/date-url');
});

test('finds no date and no byline on a page that states neither', () => {
  const article = extractArticle(`<html><body><article>${para('One.')}${para('Two.')}${para('Three.')}</article></body></html>`, { url: 'https://news.example/politics/story' });
  assert.equal(article.date, null);
  assert.equal(article.byline, null);
});

test('rejects an author meta tag that is a profile URL', () => {
  const article = extractArticle(`<html><head><meta property="article:author" content="https://www.facebook.com/someone"></head><body><article>${para('One.')}${para('Two.')}</article></body></html>`);
  assert.equal(article.byline, null);
});

test('survives broken HTML: unclosed tags, stray closing tags, attributes without quotes', () => {
  const broken = `<html><body><div class=main><p>First paragraph of the story, which the mayor said was long overdue for the city and its people.<p>Second paragraph </span> keeps going with <b>more <i>words</b> about</i> the city council vote on Tuesday.</div></div></div><div><b>bold <i>both</b> italic`;
  const article = extractArticle(broken);
  assert.match(article.text, /First paragraph of the story/);
  assert.match(article.text, /Second paragraph keeps going with more words about the city council vote on Tuesday\./);
});

test('an empty page gives empty text and a no-article diagnostic', () => {
  for (const html of ['', '<html><head></head><body></body></html>']) {
    const article = extractArticle(html);
    assert.equal(article.text, '');
    assert.ok(article.diagnostics.some((d) => d.code === 'no-article'));
  }
});

test('a page without an article gives no article text', () => {
  const article = extractArticle('<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><footer>© 2019</footer></body></html>');
  assert.equal(article.text, '');
  assert.ok(article.diagnostics.some((d) => d.code === 'no-article'));
});

test('hostile content: comments, scripts and a huge attribute neither leak into the text nor stop extraction', () => {
  const hostile = `<html><body><!-- <p>hidden comment paragraph</p> --><script>document.write("<p>injected</p>")</script><div data-x="${'x'.repeat(300_000)}"><article>${para('One.')}${para('Two.')}${para('Three.')}</article></div><img src=x onerror="alert(1)"></body></html>`;
  const article = extractArticle(hostile);
  assert.match(article.text, /The minister said/);
  assert.ok(!/hidden comment|injected|alert/.test(article.text));
});

test('very deep nesting is read without a DOM, with a diagnostic, instead of hanging', () => {
  const deep = `<html><body>${'<div>'.repeat(5000)}${para('Deep.')}${'</div>'.repeat(5000)}</body></html>`;
  const article = extractArticle(deep);
  assert.match(article.text, /^Deep\. The minister said/);
  assert.ok(article.diagnostics.some((d) => d.code === 'page-too-complex'));
});

test('input longer than maxLength is cut, with a diagnostic', () => {
  const article = extractArticle(`<html><body>${para('One.')}${para('Two.')}</body></html>`, { maxLength: 60 });
  assert.ok(article.diagnostics.some((d) => d.code === 'html-truncated'));
});

test('plain text given as HTML is read as paragraphs, mapped exactly, with a not-html diagnostic', () => {
  const source = '  First paragraph here.\n\nSecond one, with a <b or two.\r\n\r\nThird.';
  const article = extractArticle(source);
  assert.equal(article.text, 'First paragraph here.\n\nSecond one, with a <b or two.\n\nThird.');
  assert.ok(article.diagnostics.some((d) => d.code === 'not-html'));
  for (const [textStart, textEnd, htmlStart, htmlEnd] of article.sourceMap) assert.equal(source.slice(htmlStart, htmlEnd), article.text.slice(textStart, textEnd));
});

test('text after a malformed end tag ("</A <p>") maps back to its own characters (a fast-check counterexample)', () => {
  const source = '<html><body><article></A <p>\u201cQuoted words,\u201d she said. </article></body></html>';
  const article = extractArticle(source);
  assert.ok(article.sourceMap.length > 0);
  for (const [textStart, textEnd, htmlStart, htmlEnd] of article.sourceMap) assert.equal(source.slice(htmlStart, htmlEnd), article.text.slice(textStart, textEnd));
});

test('an HTML fragment keeps all of its text', () => {
  assert.equal(extractArticle('<p>Hello <b>world</b></p><p>Again</p>', { fragment: true }).text, 'Hello world\n\nAgain');
});

test('a caption that quotes someone is kept; a plain caption is not', () => {
  const page = (caption: string): string => `<html><body><article>${para('One.')}<figure><figcaption>${caption}</figcaption></figure>${para('Two.')}${para('Three.')}</article></body></html>`;
  assert.ok(extractArticle(page('“We will not back down on this,” the senator said.')).text.includes('We will not back down'));
  assert.ok(!extractArticle(page('The senator at the Capitol on Monday.')).text.includes('the Capitol on Monday'));
});

test('misuse: a non-string input or a bad maxLength throws a typed error', () => {
  assert.throws(() => extractArticle(42 as unknown as string), (error: unknown) => error instanceof WhosaidError && error.code === 'INVALID_INPUT');
  assert.throws(() => extractArticle('<p>x</p>', { maxLength: -1 }), (error: unknown) => error instanceof WhosaidError && error.code === 'INVALID_OPTION');
});

test('the canonical URL is reported and its path dates the page when nothing else does', () => {
  const article = extractArticle(`<html><head><link rel="canonical" href="https://news.example/2018/07/04/parade.html"></head><body><article>${para('One.')}${para('Two.')}</article></body></html>`);
  assert.equal(article.url, 'https://news.example/2018/07/04/parade.html');
  assert.equal(article.provenance.url, 'rule:extract/url-canonical');
  assert.equal(article.date, '2018-07-04');
});

test('a relative or non-web canonical link is ignored', () => {
  for (const href of ['/2018/07/04/parade.html', 'javascript:alert(1)']) {
    assert.equal(extractArticle(`<html><head><link rel="canonical" href="${href}"></head><body><article>${para('One.')}</article></body></html>`).url, null);
  }
});

test('an embedded tweet in a "social" wrapper stays: it is a statement by someone', () => {
  const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The whole point of this campaign is to raise awareness of the problem.</p>— Governor (@gov) November 18, 2019</blockquote></div>';
  const article = extractArticle(`<html><body><article>${para('One.')}${para('Two.')}${tweet}${para('Three.')}</article></body></html>`);
  assert.match(article.text, /The whole point of this campaign is to raise awareness/);
});

test('pull quotes are kept, whether marked up as aside, div or figure, with their source positions', () => {
  for (const pullQuote of ['<aside class="pull-quote">Nobody has explained these numbers to us</aside>', '<div class="pullquote"><p>Nobody has explained these numbers to us</p></div>']) {
    const source = `<html><body><article>${para('One.')}${para('Two.')}${pullQuote}${para('Three.')}</article></body></html>`;
    const article = extractArticle(source);
    const offset = article.text.indexOf('Nobody has explained');
    assert.ok(offset >= 0);
    const htmlOffset = toSourceOffset(article.sourceMap, offset);
    assert.equal(source.slice(htmlOffset ?? 0, (htmlOffset ?? 0) + 20), 'Nobody has explained');
  }
});
