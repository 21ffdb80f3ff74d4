/** The whosaid web application: hash routes → views rendering into <main>. */
import { h, replaceChildren } from './dom.js';
import { currentRoute } from './router.js';
import { renderAnalyzeView } from './views/analyze-view.js';
import { renderArticleView } from './views/article-view.js';
import { renderDashboardView } from './views/dashboard-view.js';
import { renderPeopleView } from './views/people-view.js';
import { renderPersonView } from './views/person-view.js';
import { renderSearchView } from './views/search-view.js';

function render(): void {
  const main = document.getElementById('main');
  if (!main) return;
  const route = currentRoute();
  const [section = '', id] = route.path;
  for (const item of Array.from(document.querySelectorAll('nav a'))) {
    if (item.getAttribute('data-section') === section) item.setAttribute('aria-current', 'page');
    else item.removeAttribute('aria-current');
  }
  if (section === '') renderAnalyzeView(main);
  else if (section === 'people' && id) renderPersonView(main, id);
  else if (section === 'people') renderPeopleView(main, route.params);
  else if (section === 'search') renderSearchView(main, route.params);
  else if (section === 'dashboard') renderDashboardView(main);
  else if (section === 'articles' && id) renderArticleView(main, id, route.params);
  else replaceChildren(main, h('h1', {}, 'Not found'), h('p', {}, 'There is no such page.'));
  main.focus({ preventScroll: true });
}

// The skip link must not change the hash, which is the route.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main')?.focus();
});
window.addEventListener('hashchange', render);
render();
