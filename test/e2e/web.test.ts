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

  /** The text of the article range highlighted by choosing a finding (the CSS highlight). */
  const focusedText = (): Promise<string> => page.evaluate(() => {
    const highlight = (CSS.highlights as unknown as Map<string, Highlight>).get('whosaid-focus');
    const range = highlight ? [...(highlight as unknown as Set<AbstractRange>)][0] : undefined;
    return range instanceof Range ? range.toString() : '';
  });

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

  it('marks the dates of the seed article subtly with their resolved values', async () => {
    const dates = page.locator('.article-text .date-mention');
    assert.ok((await dates.count()) >= 10, `only ${await dates.count()} marked dates`);
    const titles = await dates.evaluateAll((elements) => elements.map((element) => element.getAttribute('title') ?? ''));
    assert.ok(titles.some((title) => /^“Thursday”: Thu 2 Mar 2017 \(2017-03-02\)/.test(title)), titles.join(' | '));
  });

  it('moves between the findings tabs with the arrow keys', async () => {
    await page.focus('#tab-speakers');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-timeline');
    assert.equal(await page.getAttribute('#tab-timeline', 'aria-selected'), 'true');
    assert.equal(await page.isVisible('#panel-timeline'), true);
    assert.equal(await page.isVisible('#panel-speakers'), false);
  });

  it('shows the seed article timeline in calendar order, each date as written and as resolved', async () => {
    await page.click('#tab-timeline');
    const values = await page.locator('#panel-timeline .timeline-entry').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-value') ?? ''));
    assert.ok(values.length >= 8, `only ${values.length} timeline entries`);
    assert.equal(values[0], '2016');
    const days = values.map((value) => value.slice(0, 10));
    assert.deepEqual([...days].sort(), days, 'entries are in calendar order');
    const flynn = page.locator('#panel-timeline .timeline-entry', { hasText: 'Flynn' });
    assert.match((await flynn.textContent()) ?? '', /Mon 13 Feb 2017.*“Feb\. 13”.*year inferred from Thu 2 Mar 2017/);
    await flynn.locator('.timeline-event').click();
    assert.match(await focusedText(), /Flynn/);
    await page.waitForTimeout(400);
    await shot('analyze-timeline', false);
  });

  it('lists the calls to act of the seed article with negated and conditional calls marked', async () => {
    await page.click('#tab-calls');
    const lines = await page.locator('#panel-calls .call-line').allTextContents();
    assert.ok(lines.length >= 6, `only ${lines.length} calls`);
    assert.ok(lines.includes('Charles Schumer → Jeff Sessions: resign'), lines.join(' | '));
    const negated = page.locator('#panel-calls .call-item', { has: page.locator('.negated-badge') });
    assert.match((await negated.first().textContent()) ?? '', /Donald Trump → Jeff Sessions: not recuse himself/);
    const conditional = page.locator('#panel-calls .call-item', { has: page.locator('.conditional-badge') });
    assert.match((await conditional.first().textContent()) ?? '', /Paul Ryan.*if he is the subject of a probe/);
    await shot('analyze-calls', false);
  });

  it('profiles the sourcing of the seed article with guessed genders marked', async () => {
    await page.click('#tab-sourcing');
    const panel = (await page.textContent('#panel-sourcing')) ?? '';
    assert.match(panel, /named sources/);
    assert.match(panel, /anonymous sources/);
    assert.match(panel, /“reportedly”/);
    assert.match(panel, /“told NBC News” NBC News/);
    assert.match(panel, /Gender: male \d+/);
    await shot('analyze-sourcing', false);
  });

  it("shows Sessions' denial against his meeting with Kislyak, each side highlighted in the text", async () => {
    await page.click('#tab-contradictions');
    const item = page.locator('#panel-contradictions .contradiction', { hasText: 'I did not have communications with the Russians' });
    assert.equal(await item.count(), 1);
    assert.match((await item.locator('.explanation').textContent()) ?? '', /Sessions denied contact.*met with Kislyak/);
    await item.locator('.statement-link').click();
    assert.equal(await focusedText(), 'I did not have communications with the Russians');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'span-link fact-link');
    assert.equal(await focusedText(), 'he met with Kislyak before the presidential election last year');
    assert.match((await page.textContent('.analysis-side [role=status]')) ?? '', /Shown in the article: he met with Kislyak/);
    await page.waitForTimeout(400);
    await shot('analyze-contradictions', false);
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

  it("shows Sessions' dossier with his contradictions, the calls made to him and his timeline", async () => {
    await open('/people');
    await page.click('.people-list a:text-is("Jeff Sessions")');
    await page.waitForSelector('h1.person-name');
    await page.waitForSelector('#person-timeline .timeline-entry');
    assert.ok((await page.locator('#person-timeline .timeline-entry').count()) >= 3);
    const received = await page.locator('#calls-received-heading + ol .call-line').allTextContents();
    assert.ok(received.includes('Charles Schumer → Jeff Sessions: resign'), received.join(' | '));
    const denial = page.locator('.contradiction', { hasText: 'I did not have communications with the Russians' });
    assert.equal(await denial.count(), 1);
    assert.match((await denial.textContent()) ?? '', /Conflicts with.*he met with Kislyak/);
    await shot('person-sessions');
    await denial.locator('.statement a').click();
    await page.waitForSelector('.article-text mark.quote');
    assert.equal(await focusedText(), 'I did not have communications with the Russians');
    await shot('article-highlight', false);
  });

  it('shows the dashboard charts, with the balance of quoted sources over time', async () => {
    await open('/dashboard');
    await page.waitForSelector('.tiles');
    assert.ok((await page.locator('figure.chart-figure').count()) >= 7);
    const captions = await page.locator('figure.chart-figure figcaption').allTextContents();
    for (const caption of ['Gender of quoted people, share per month', 'Party of quoted people, share per month', 'Share of anonymous sources, per month']) assert.ok(captions.includes(caption), captions.join(' | '));
    const gender = page.locator('figure.chart-figure', { hasText: 'Gender of quoted people, share per month' });
    const label = (await gender.locator('svg').getAttribute('aria-label')) ?? '';
    assert.match(label, /2017-03: .*male \d+%/);
    assert.match(label, /2021-03: female 100%/);
    const anonymous = page.locator('figure.chart-figure', { hasText: 'Share of anonymous sources, per month' });
    assert.match((await anonymous.locator('svg').getAttribute('aria-label')) ?? '', /2017-03 \d+%.*2021-05 \d+%/);
    assert.match((await page.textContent('#sourcing-tiles')) ?? '', /named sources.*anonymous sources.*hedges.*attributions to other media.*claims without a source/);
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
