/** Pieces shared by the corpus pages: loading and error states, quotation lists, "load more" paging. */
import { ApiError } from '../api.js';
import { h, link, replaceChildren } from '../dom.js';
import { routeTo } from '../router.js';
import type { Page, QuoteRecord } from '../../src/store/types.js';

/** Show an API failure in a container. */
export function showError(container: HTMLElement, error: unknown): void {
  const message = error instanceof ApiError ? `${error.message} (${error.code})` : 'Something went wrong.';
  replaceChildren(container, h('p', { class: 'error', role: 'alert' }, message));
}

/** One quotation in a result list, with its speaker and article. */
export function quoteItem(quote: QuoteRecord): HTMLElement {
  const speaker = quote.personId
    ? link(routeTo(['people', quote.personId]), quote.speakerName ?? 'unknown')
    : h('span', {}, quote.speakerName ?? (quote.anonymous ? 'Unnamed source' : 'Unattributed'));
  return h('li', { class: `quote-item${quote.anonymous ? ' anonymous' : ''}` },
    h('blockquote', {}, quote.text),
    h('p', { class: 'quote-meta' },
      speaker,
      quote.anonymous ? h('span', { class: 'badge anonymous-badge' }, 'anonymous') : null,
      ` · ${quote.kind}`,
      quote.outlet ? ` · ${quote.outlet}` : '',
      quote.date ? ` · ${quote.date}` : '',
      ' · ',
      link(routeTo(['articles', quote.articleId]), quote.articleTitle ?? 'article')));
}

/** A list that fetches page after page with a "Load more" button. */
export function pagedList<T>(list: HTMLElement, render: (item: T) => HTMLElement, fetchPage: (cursor: string | undefined) => Promise<Page<T>>, onItems?: (items: T[]) => void): HTMLElement {
  const more = h('button', { type: 'button', class: 'load-more', hidden: true }, 'Load more');
  const status = h('p', { class: 'muted', role: 'status' });
  let cursor: string | undefined;
  const loadNext = (): void => {
    more.disabled = true;
    status.textContent = 'Loading…';
    fetchPage(cursor)
      .then((page) => {
        for (const item of page.items) list.appendChild(render(item));
        onItems?.(page.items);
        cursor = page.nextCursor ?? undefined;
        more.hidden = page.nextCursor === null;
        status.textContent = list.childElementCount === 0 ? 'Nothing found.' : '';
      })
      .catch((error: unknown) => {
        status.textContent = error instanceof ApiError ? error.message : 'Could not load more.';
      })
      .finally(() => {
        more.disabled = false;
      });
  };
  more.addEventListener('click', loadNext);
  loadNext();
  return h('div', { class: 'paged' }, list, status, more);
}
