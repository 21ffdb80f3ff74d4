import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { shareColumnsChart, shareOverTimeChart } from '../charts.js';
import { installDocument } from '../test-document.js';
import { balancePeriods, renderDashboardView } from './dashboard-view.js';

const month = (name: string, quotes: number, anonymousShare: number, gender: Record<string, number> = {}, party: Record<string, number> = {}): { month: string; quotes: number; anonymousShare: number; gender: Record<string, number>; party: Record<string, number> } =>
  ({ month: name, quotes, anonymousShare, gender, party });

beforeEach(() => {
  installDocument();
});

describe('balance over time', () => {
  test('every month from the first to the last is a period, so months without quotations show as gaps', () => {
    const { unit, periods } = balancePeriods([month('2017-11', 4, 0.25, { male: 3 }), month('2018-02', 2, 0, { female: 1, male: 1 })]);
    assert.equal(unit, 'month');
    assert.deepEqual(periods.map((period) => [period.period, period.quotes]), [['2017-11', 4], ['2017-12', 0], ['2018-01', 0], ['2018-02', 2]]);
    assert.equal(periods[0]?.anonymous, 1);
  });

  test('more than five years of months are drawn year by year, counts added up', () => {
    const { unit, periods } = balancePeriods([month('2010-03', 2, 0.5, { male: 2 }, { Republican: 2 }), month('2010-09', 2, 0, { female: 1, male: 1 }), month('2016-01', 1, 1)]);
    assert.equal(unit, 'year');
    assert.deepEqual(periods.map((period) => period.period), ['2010', '2011', '2012', '2013', '2014', '2015', '2016']);
    assert.deepEqual(periods[0], { period: '2010', quotes: 4, anonymous: 1, gender: { male: 3, female: 1 }, party: { Republican: 2 } });
  });

  test('no dated months, no periods', () => {
    assert.deepEqual(balancePeriods([]).periods, []);
  });

  test('the share chart gives each period its shares in words and leaves empty periods blank', () => {
    const chart = shareOverTimeChart('Gender', [{ period: '2017-11', parts: { female: 1, male: 3 } }, { period: '2017-12', parts: {} }]);
    assert.equal(chart.querySelector('svg')?.getAttribute('aria-label'), 'Gender. 2017-11: female 25%, male 75%');
    assert.equal(chart.querySelectorAll('rect').length, 2);
    assert.deepEqual(Array.from(chart.querySelectorAll('.legend li')).map((item) => item.textContent), ['female', 'male']);
  });

  test('the anonymous share chart draws one column per period with quotations', () => {
    const chart = shareColumnsChart('Anonymous', [{ period: '2017-11', share: 0.25, of: 4 }, { period: '2017-12', share: 0, of: 0 }], 'quotations');
    assert.equal(chart.querySelector('svg')?.getAttribute('aria-label'), 'Anonymous: 2017-11 25%');
    assert.equal(chart.querySelectorAll('rect').length, 1);
    assert.equal(chart.querySelector('rect title')?.textContent, '2017-11: 25% of 4 quotations');
  });
});

describe('dashboard page', () => {
  const realFetch = globalThis.fetch;
  const stats = { articles: 2, quotes: 4, people: 1, anonymousShare: 0.25, gender: {}, party: {}, byOutlet: [], topPeople: [] };
  const serve = (body: unknown): void => {
    globalThis.fetch = (async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })) as typeof fetch;
  };
  const render = async (): Promise<HTMLElement> => {
    const main = document.createElement('main');
    renderDashboardView(main);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return main;
  };

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  test('stats from a server without byMonth or sourcing still render, with a note for each', async () => {
    serve(stats);
    const text = (await render()).textContent ?? '';
    assert.match(text, /Balance over time appears once the corpus has dated articles/);
    assert.match(text, /The sourcing profile appears once articles are analysed with it/);
  });

  test('the sourcing profile shows sources, hedges, media attributions and the unattributed share', async () => {
    serve({ ...stats, byMonth: [month('2017-03', 4, 0.25, { male: 3 })], sourcing: { articles: 2, namedSources: 6, anonymousSources: 2, hedges: 3, mediaAttributions: 1, unattributedShare: 0.15 } });
    const main = await render();
    const tiles = Array.from(main.querySelectorAll('#sourcing-tiles .tile')).map((tile) => tile.textContent);
    assert.deepEqual(tiles, [
      '6named sources (3.0 per article)', '2anonymous sources (25% of sources)', '3hedges and distancing words (1.5 per article)',
      '1attributions to other media (0.5 per article)', '15%claims without a source (mean per article)',
    ]);
    assert.ok(main.querySelector('figure svg[aria-label^="Gender of quoted people, share per month"]'));
  });
});
