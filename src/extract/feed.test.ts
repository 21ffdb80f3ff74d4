import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readFeed } from './feed.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/extract/${name}`, import.meta.url), 'utf8');

test('reads RSS 2.0 items: guid, link, title, date, creator, and content:encoded over description', () => {
  const feed = readFeed(fixture('feed.rss'));
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'The Example Ledger');
  assert.equal(feed.items.length, 2);
  const [first, second] = feed.items;
  assert.deepEqual({ ...first, html: undefined }, { id: 'ledger-1001', url: 'https://ledger.example/2017/03/02/budget', title: 'Senator questions budget plan', byline: 'Jane Q. Reporter', date: '2017-03-02', html: undefined });
  assert.match(first?.html ?? '', /^<p>Senator Alice Marsh/);
  assert.equal(second?.title, 'Mayor & council agree on transit');
  assert.equal(second?.text, 'The mayor and the council agreed on Friday to extend the tram line.');
});

test('reports an RSS item without content instead of returning it', () => {
  const feed = readFeed(fixture('feed.rss'));
  assert.deepEqual(feed.diagnostics.map((d) => d.code), ['feed-item-empty']);
});

test('reads Atom entries: alternate link, published date, author, html, text and xhtml content', () => {
  const feed = readFeed(fixture('feed.atom'));
  assert.equal(feed.format, 'atom');
  assert.equal(feed.items.length, 3);
  const [first, second, third] = feed.items;
  assert.equal(first?.url, 'https://ledger.example/2017/03/02/budget');
  assert.equal(first?.date, '2017-03-02');
  assert.equal(first?.byline, 'Jane Q. Reporter');
  assert.equal(first?.html, '<p>Senator Alice Marsh said the plan would hurt rural hospitals.</p><p>Officials disagreed.</p>');
  assert.equal(second?.text, 'The council met on Friday and postponed the vote.');
  assert.match(third?.html ?? '', /The governor vetoed the bill/);
});

test('still reads the items of a truncated, broken feed', () => {
  const whole = fixture('feed.rss');
  const broken = whole.slice(0, whole.indexOf('<item>', whole.indexOf('<item>') + 1) + 40);
  const feed = readFeed(broken);
  assert.ok(feed.items.length >= 1);
  assert.equal(feed.items[0]?.title, 'Senator questions budget plan');
});

test('something that is not a feed gives a not-a-feed diagnostic', () => {
  assert.deepEqual(readFeed('<html><body>hi</body></html>').diagnostics.map((d) => d.code), ['not-a-feed']);
  assert.equal(readFeed('').items.length, 0);
});
