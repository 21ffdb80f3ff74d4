/** A stored article with its analysis, highlighted like the analyze page. */
import { getArticle } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { renderAnalysis } from './analysis-panel.js';
import { showError } from './common.js';

/** Render one stored article. */
export function renderArticleView(main: HTMLElement, id: string): void {
  replaceChildren(main, h('p', { class: 'muted', role: 'status' }, 'Loading…'));
  getArticle(id)
    .then(({ article, analysis }) => {
      const host = h('section', { class: 'analysis-host', 'aria-label': 'Analysis' });
      const meta = [article.outlet, article.date, article.byline].filter(Boolean).join(' · ');
      replaceChildren(main, h('h1', {}, article.title ?? 'Article'), meta ? h('p', { class: 'lede' }, meta) : null, article.url && /^https?:\/\//i.test(article.url) ? h('p', {}, h('a', { href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Original')) : null, host);
      renderAnalysis(host, { ...analysis, title: undefined });
    })
    .catch((error: unknown) => showError(main, error));
}
