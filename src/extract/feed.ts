/** readFeed(): the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, read leniently so a broken feed still yields what it can. */
import { DOMParser } from 'linkedom';
import type { Diagnostic } from '../types.js';
import { readWrittenDate } from './metadata/written-date.js';
import { looksLikeHtml } from './plain-text.js';
import type { FeedItem } from './types.js';

/** The items of a feed, and what was noticed while reading it. */
export interface Feed {
  format: 'rss' | 'atom' | 'unknown';
  title?: string;
  items: FeedItem[];
  diagnostics: Diagnostic[];
}

/** Whether text looks like an RSS, RDF or Atom feed (checked on its first 2,000 characters). */
export function looksLikeFeed(text: string): boolean {
  return /<(?:rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2000));
}

function children(element: Element, name: string): Element[] {
  const wanted = name.toLowerCase();
  return Array.from(element.children).filter((child) => child.tagName.toLowerCase() === wanted);
}

function childText(element: Element, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const child of children(element, name)) {
      const text = (child.textContent ?? '').trim();
      if (text !== '') return text;
    }
  }
  return undefined;
}

function body(raw: string | undefined, declaredHtml: boolean): Pick<FeedItem, 'text' | 'html'> | null {
  if (raw === undefined || raw.trim() === '') return null;
  return declaredHtml || looksLikeHtml(raw) ? { html: raw } : { text: raw.trim() };
}

function withDate(item: FeedItem, written: string | undefined): FeedItem {
  const date = written ? readWrittenDate(written) : null;
  return date ? { ...item, date } : item;
}

function rssItem(element: Element): FeedItem {
  const link = childText(element, 'link');
  const guid = childText(element, 'guid');
  const title = childText(element, 'title');
  const byline = childText(element, 'dc:creator', 'author');
  let item: FeedItem = {
    ...(guid ?? link ? { id: guid ?? link } : {}),
    ...(link ? { url: link } : {}),
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
  };
  item = withDate(item, childText(element, 'pubDate', 'dc:date', 'published'));
  // content:encoded carries the full article; description is often only a teaser.
  const content = body(childText(element, 'content:encoded'), true) ?? body(childText(element, 'description'), false);
  return { ...item, ...(content ?? {}) };
}

function atomLink(entry: Element): string | undefined {
  const links = children(entry, 'link');
  const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href') ?? undefined;
}

function atomContent(entry: Element): Pick<FeedItem, 'text' | 'html'> | null {
  for (const name of ['content', 'summary']) {
    const element = children(entry, name)[0];
    if (!element) continue;
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    // type="xhtml" holds markup as child elements; type="html" holds escaped markup as text.
    const raw = type === 'xhtml' ? element.innerHTML : element.textContent ?? '';
    const content = body(raw, type === 'html' || type === 'xhtml' || type.includes('html'));
    if (content) return content;
  }
  return null;
}

function atomEntry(entry: Element): FeedItem {
  const id = childText(entry, 'id');
  const url = atomLink(entry);
  const title = childText(entry, 'title');
  const author = children(entry, 'author')[0];
  const byline = author ? childText(author, 'name') : undefined;
  let item: FeedItem = {
    ...(id ?? url ? { id: id ?? url } : {}),
    ...(url ? { url } : {}),
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
  };
  item = withDate(item, childText(entry, 'published', 'updated', 'issued', 'created'));
  return { ...item, ...(atomContent(entry) ?? {}) };
}

/** Read the items of an RSS or Atom feed; items without text are reported as diagnostics and left out. */
export function readFeed(xml: string): Feed {
  const diagnostics: Diagnostic[] = [];
  if (typeof xml !== 'string' || !looksLikeFeed(xml)) {
    return { format: 'unknown', items: [], diagnostics: [{ code: 'not-a-feed', severity: 'error', message: 'the input is not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)' }] };
  }
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const entries = Array.from(document.getElementsByTagName('entry'));
  const rssItems = Array.from(document.getElementsByTagName('item'));
  const format = entries.length > rssItems.length ? 'atom' : 'rss';
  const raw = format === 'atom' ? entries.map(atomEntry) : rssItems.map(rssItem);
  const items: FeedItem[] = [];
  raw.forEach((item, index) => {
    if (item.text === undefined && item.html === undefined) {
      diagnostics.push({ code: 'feed-item-empty', severity: 'warning', message: `item ${index + 1}${item.title ? ` ('${item.title}')` : ''} has no content or description; skipped` });
    } else items.push(item);
  });
  if (raw.length === 0) diagnostics.push({ code: 'feed-empty', severity: 'warning', message: 'the feed has no items' });
  const root = document.documentElement;
  const channel = root ? (children(root, 'channel')[0] ?? root) : null;
  const title = channel ? childText(channel, 'title') : undefined;
  return { format, ...(title ? { title } : {}), items, diagnostics };
}
