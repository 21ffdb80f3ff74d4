/**
 * End-to-end tests of the web application in headless Chromium (Debian's chromium driven by
 * playwright-core): paste the seed article, see highlighted quotations and speakers, search, open a
 * dossier, and render hostile articles without injection. Screenshots go to artifacts/screenshots/.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createPooledRunner, type AnalysisRunner } from '../../src/server/analysis-runner.js';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { FIXTURE_PERSON, fixtureArticles } from './corpus-fixture.js';

const CHROMIUM = process.env.WHOSAID_CHROMIUM ?? '/usr/bin/chromium';
const SEED = '../shared/data/seed/article.txt';
const SCREENSHOTS = 'artifacts/screenshots';
const missing = !existsSync(CHROMIUM) ? `chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set WHOSAID_CHROMIUM)` : !existsSync(SEED) ? `the seed article ${SEED} is missing` : null;
if (missing) process.stderr.write(`\n*** e2e web tests SKIPPED: ${missing} ***\n\n`);

describe('web application in Chromium', { skip: missing ?? false, timeout: 120_000 }, () => {
  let store: Store;
  let runner: AnalysisRunner;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const webRoot = mkdtempSync(join(tmpdir(), 'whosaid-e2e-web-'));
  const profile = mkdtempSync(join(tmpdir(), 'whosaid-e2e-profile-'));
  const pageErrors: string[] = [];

  const shot = async (name: string, fullPage = true): Promise<void> => {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
  };

  /** Load a page afresh: a hash change alone would keep the previous page's state. */
  const open = async (route: string): Promise<void> => {
    await page.goto('about:blank');
    await page.goto(`${server.url}/#${route}`);
  };

  before(async () => {
    const built = spawnSync(process.execPath, ['scripts/build-web.mjs', webRoot], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    mkdirSync(SCREENSHOTS, { recursive: true });
    store = await openStore(':memory:');
    for (const { article, analysis } of fixtureArticles()) await store.saveArticle(article, analysis);
    runner = createPooledRunner({ size: 1 });
    server = await listen({ store, runner, webRoot, rateLimit: false }, { host: '127.0.0.1', port: 0 });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1366, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await context?.close();
    await server?.close();
    await runner?.close();
    await store?.close();
    rmSync(webRoot, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('highlights the quotations of the pasted seed article and lists its speakers', async () => {
    await open('/');
    await page.fill('#article-input', readFileSync(SEED, 'utf8'));
    await page.fill('#article-date', '2017-03-02');
    await page.click('button[type=submit]');
    await page.waitForSelector('mark.quote');
    const marks = await page.locator('mark.quote[tabindex="0"]').count();
    assert.ok(marks >= 5, `only ${marks} highlighted quotations`);
    const cards = await page.locator('.speaker-card').allTextContents();
    assert.ok(cards.some((text) => /Sessions/.test(text)), `no Sessions card among ${cards.length}`);
    await shot('analyze-seed');
  });

  it('explains a quotation when it gets keyboard focus', async () => {
    await page.focus('mark.quote[tabindex="0"]');
    await page.waitForSelector('#quote-tip:not([hidden])');
    const tip = await page.textContent('#quote-tip');
    assert.match(tip ?? '', /Speaker/);
    assert.match(tip ?? '', /Kind(direct|indirect|mixed)/);
    assert.match(tip ?? '', /Source(rule|model|lexicon):/);
    await shot('analyze-focus', false);
  });

  it('saves the analysed article to the corpus and opens the stored copy', async () => {
    await page.click('.save-options summary');
    await page.fill('#article-outlet', 'CNN');
    await page.click('#save-article');
    await page.waitForSelector('.status a');
    assert.match((await page.textContent('.status')) ?? '', /Saved \(inserted\)/);
    await page.click('.status a');
    await page.waitForSelector('.article-text mark.quote');
    assert.match((await page.textContent('.lede')) ?? '', /CNN · 2017-03-02/);
  });

  it('renders a hostile article as text, never as markup', async () => {
    const hostile = 'Breaking <script>window.__pwned = 1</script> news.\n\n"<img src=x onerror="window.__pwned = 2"> is <b>safe</b>," the spokesman said.\n\n<iframe src="javascript:alert(1)"></iframe> ends.';
    await open('/');
    await page.selectOption('#article-format', 'text');
    await page.fill('#article-input', hostile);
    await page.click('button[type=submit]');
    await page.waitForSelector('.article-text');
    assert.equal(await page.locator('.analysis-host script, .analysis-host img, .analysis-host iframe, .analysis-host b').count(), 0);
    assert.equal(await page.textContent('.article-text'), hostile);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });

  it('analyzes an uploaded HTML page through the article extractor', async () => {
    const html = '<!doctype html><html><head><title>Harbour plan</title></head><body><nav><a href="/">Home</a></nav><article><h1>Harbour plan approved</h1><p>"The harbour will be rebuilt by next summer," Mayor Ana Silva said on Monday, adding that the work would start in March.</p><p>Local businesses welcomed the plan, which had been delayed for two years by disputes over funding and design.</p></article><footer>Copyright</footer></body></html>';
    await open('/');
    await page.setInputFiles('#article-file', { name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.waitForFunction(() => (document.querySelector('#article-input') as HTMLTextAreaElement | null)?.value.includes('Harbour'));
    await page.click('button[type=submit]');
    await page.waitForSelector('mark.quote');
    const text = (await page.textContent('.article-text')) ?? '';
    assert.match(text, /The harbour will be rebuilt/);
    assert.doesNotMatch(text, /<p>|Copyright/);
  });

  it('searches quotations and narrows by a speaker facet', async () => {
    await open('/search?q=budget');
    await page.waitForSelector('#search-results .quote-item');
    assert.match((await page.textContent('#search-results')) ?? '', /fair budget/);
    await page.click(`.facet a:text("${FIXTURE_PERSON}")`);
    await page.waitForSelector('#search-results .quote-item');
    assert.match(page.url(), /speaker=Maria/);
    assert.equal(await page.locator('script:not([src])').count(), 0);
    await shot('search');
  });

  it('opens a dossier from the people list with a chart over time', async () => {
    await open('/people');
    await page.click(`.people-list a:text("${FIXTURE_PERSON}")`);
    await page.waitForSelector('h1.person-name');
    assert.equal(await page.textContent('h1.person-name'), FIXTURE_PERSON);
    assert.ok((await page.locator('figure.chart-figure svg rect').count()) >= 2);
    assert.match((await page.textContent('main')) ?? '', /Springfield Ledger/);
    await shot('person');
    await open('/people');
    await page.waitForSelector('.people-list a');
    await shot('people');
  });

  it('shows the dashboard charts', async () => {
    await open('/dashboard');
    await page.waitForSelector('.tiles');
    assert.ok((await page.locator('figure.chart-figure').count()) >= 4);
    await shot('dashboard');
  });

  it('shows a stored article with a hostile title as text', async () => {
    await open('/articles/fixture-1');
    await page.waitForSelector('mark.quote');
    assert.match((await page.textContent('h1')) ?? '', /<script>/);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await shot('article');
    assert.deepEqual(pageErrors, []);
  });
});
