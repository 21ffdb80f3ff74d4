/** A stored article with its analysis, highlighted like the analyze page; `?start&end` highlights those words (links from a dossier). */
import { getArticle } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { renderAnalysis } from './analysis-panel.js';
import { showError } from './common.js';
import { showInText } from './text-focus.js';

/** The span to highlight from the route's parameters, if both offsets are whole numbers. */
function requestedSpan(params: URLSearchParams): { start: number; end: number } | null {
  const start = Number(params.get('start') ?? 'x');
  const end = Number(params.get('end') ?? 'x');
  return Number.isInteger(start) && Number.isInteger(end) && end > start && start >= 0 ? { start, end } : null;
}

/** Render one stored article. */
export function renderArticleView(main: HTMLElement, id: string, params: URLSearchParams = new URLSearchParams()): void {
  replaceChildren(main, h('p', { class: 'muted', role: 'status' }, 'Loading…'));
  getArticle(id)
    .then(({ article, analysis }) => {
      const host = h('section', { class: 'analysis-host', 'aria-label': 'Analysis' });
      const meta = [article.outlet, article.date, article.byline].filter(Boolean).join(' · ');
      replaceChildren(main, h('h1', {}, article.title ?? 'Article'), meta ? h('p', { class: 'lede' }, meta) : null, article.url && /^https?:\/\//i.test(article.url) ? h('p', {}, h('a', { href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Original')) : null, host);
      renderAnalysis(host, { ...analysis, title: undefined });
      const span = requestedSpan(params);
      const text = host.querySelector<HTMLElement>('.article-text');
      if (span && text) showInText(text, span);
    })
    .catch((error: unknown) => showError(main, error));
}
