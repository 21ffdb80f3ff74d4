/** Small hand-drawn SVG charts: horizontal bars, 100% stacked bars, stacked columns over time, and shares over time. */
import { h, percent, svg } from './dom.js';

/** Number of series colours in styles.css (.series-0 … .series-7). */
const SERIES_COLOURS = 8;

/** One bar. */
export interface Bar {
  label: string;
  value: number;
  href?: string;
}

/** Conventional colours for well-known series (party colours, grey for unknown), so charts read at a glance. */
const FIXED_SERIES: Record<string, number> = {
  democrat: 0, democratic: 0, d: 0,
  republican: 3, r: 3, gop: 3,
  independent: 4, i: 4,
  female: 4, male: 2,
  unknown: 7, none: 7, other: 5,
};

/** The colour class of each series key: fixed colours first, the rest in palette order. */
function seriesClasses(keys: readonly string[]): Map<string, string> {
  const classes = new Map<string, string>();
  const taken = new Set<number>();
  for (const key of keys) {
    const fixed = FIXED_SERIES[key.toLowerCase()];
    if (fixed !== undefined) {
      classes.set(key, `series-${fixed}`);
      taken.add(fixed);
    }
  }
  let next = 0;
  for (const key of keys) {
    if (classes.has(key)) continue;
    while (taken.has(next % SERIES_COLOURS) && taken.size < SERIES_COLOURS) next++;
    classes.set(key, `series-${next % SERIES_COLOURS}`);
    next++;
  }
  return classes;
}

function legend(keys: readonly string[], classes: Map<string, string>): HTMLElement {
  return h('ul', { class: 'legend' }, ...keys.map((key) => h('li', {}, h('span', { class: `swatch ${classes.get(key) ?? 'series-0'}`, 'aria-hidden': 'true' }), key)));
}

/** Horizontal bars, largest first as given; labels may link. */
export function barChart(title: string, bars: readonly Bar[], format: (value: number) => string = String): HTMLElement {
  const width = 560;
  const row = 24;
  const labelWidth = 180;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${Math.max(row, bars.length * row)}`, class: 'chart', role: 'img', 'aria-label': `${title}: ${bars.map((bar) => `${bar.label} ${format(bar.value)}`).join(', ')}` });
  bars.forEach((bar, index) => {
    const y = index * row;
    const length = ((width - labelWidth - 60) * bar.value) / max;
    const label = svg('text', { x: labelWidth - 8, y: y + 16, class: 'chart-label', 'text-anchor': 'end' }, bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label);
    chart.appendChild(bar.href ? svg('a', { href: bar.href }, label) : label);
    chart.appendChild(svg('rect', { x: labelWidth, y: y + 4, width: Math.max(1, length), height: row - 8, class: 'series-0' }, svg('title', {}, `${bar.label}: ${format(bar.value)}`)));
    chart.appendChild(svg('text', { x: labelWidth + length + 6, y: y + 16, class: 'chart-value' }, format(bar.value)));
  });
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, title), bars.length ? chart : h('p', { class: 'muted' }, 'No data yet.'));
}

/** Every key that occurs in the parts of any row, sorted (the series of a stacked chart). */
function partKeys(rows: ReadonlyArray<{ parts: Record<string, number> }>): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row.parts)))].sort();
}

/** The sum of a row's parts. */
function partsTotal(parts: Record<string, number>): number {
  return Object.values(parts).reduce((sum, value) => sum + value, 0);
}

/** One row of a stacked bar: counts per key. */
export interface StackedRow {
  label: string;
  parts: Record<string, number>;
}

/** Horizontal 100% stacked bars (shares within each row), with a legend. */
export function stackedShareChart(title: string, rows: readonly StackedRow[]): HTMLElement {
  const keys = partKeys(rows);
  const classes = seriesClasses(keys);
  const width = 560;
  const row = 26;
  const labelWidth = 150;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${Math.max(row, rows.length * row)}`, class: 'chart', role: 'img', 'aria-label': title });
  rows.forEach((entry, index) => {
    const y = index * row;
    const total = partsTotal(entry.parts);
    chart.appendChild(svg('text', { x: labelWidth - 8, y: y + 17, class: 'chart-label', 'text-anchor': 'end' }, entry.label.length > 20 ? `${entry.label.slice(0, 19)}…` : entry.label));
    let x = labelWidth;
    keys.forEach((key) => {
      const value = entry.parts[key] ?? 0;
      if (value <= 0 || total <= 0) return;
      const span = ((width - labelWidth - 10) * value) / total;
      chart.appendChild(svg('rect', { x, y: y + 4, width: span, height: row - 8, class: classes.get(key) ?? 'series-0' }, svg('title', {}, `${entry.label}, ${key}: ${value} (${Math.round((100 * value) / total)}%)`)));
      x += span;
    });
  });
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, title), rows.length ? chart : h('p', { class: 'muted' }, 'No data yet.'), rows.length ? legend(keys, classes) : null);
}

/** One count in a time series. */
export interface TimePoint {
  period: string;
  series: string;
  count: number;
}

/** Columns per period, stacked by series (e.g. quotations per month by outlet). */
export function timeChart(title: string, points: readonly TimePoint[]): HTMLElement {
  const periods = [...new Set(points.map((point) => point.period))].sort();
  const series = [...new Set(points.map((point) => point.series))].sort();
  const classes = seriesClasses(series);
  const width = 560;
  const height = 180;
  const bottom = 24;
  const totals = periods.map((period) => points.filter((point) => point.period === period).reduce((sum, point) => sum + point.count, 0));
  const max = Math.max(1, ...totals);
  const column = Math.min(64, (width - 20) / Math.max(1, periods.length));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': `${title}: ${periods.map((period, index) => `${period} ${totals[index] ?? 0}`).join(', ')}` });
  chart.appendChild(svg('line', { x1: 10, y1: height - bottom, x2: width - 10, y2: height - bottom, class: 'axis' }));
  periods.forEach((period, index) => {
    const x = 10 + index * column;
    let y = height - bottom;
    series.forEach((name) => {
      const count = points.filter((point) => point.period === period && point.series === name).reduce((sum, point) => sum + point.count, 0);
      if (count <= 0) return;
      const size = ((height - bottom - 10) * count) / max;
      y -= size;
      chart.appendChild(svg('rect', { x: x + 2, y, width: column - 4, height: size, class: classes.get(name) ?? 'series-0' }, svg('title', {}, `${period}, ${name}: ${count}`)));
    });
    const every = Math.ceil(periods.length / 10);
    if (index % every === 0) chart.appendChild(svg('text', { x: x + column / 2, y: height - 6, class: 'chart-label', 'text-anchor': 'middle' }, period));
  });
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, title), points.length ? chart : h('p', { class: 'muted' }, 'No data yet.'), points.length ? legend(series, classes) : null);
}

/** One period of a share chart: counts per series (shares are taken within the period; an empty period stays blank). */
export interface PeriodParts {
  period: string;
  parts: Record<string, number>;
}

/** Where to label periods along the axis: about ten labels, whatever the number of periods. */
function labelEvery(periods: number): number {
  return Math.max(1, Math.ceil(periods / 10));
}

/** Left margin of the share charts, room for the 0–100% axis labels. */
const SHARE_LEFT = 40;

/** The 0%, 50% and 100% lines of a share chart, labelled. */
function shareAxis(chart: SVGSVGElement, width: number, baseline: number, plot: number): void {
  for (const level of [0, 0.5, 1]) {
    const y = baseline - plot * level;
    chart.appendChild(svg('line', { x1: SHARE_LEFT, y1: y, x2: width - 10, y2: y, class: level === 0 ? 'axis' : 'gridline' }));
    chart.appendChild(svg('text', { x: SHARE_LEFT - 6, y: y + 4, class: 'chart-label', 'text-anchor': 'end' }, percent(level)));
  }
}

/** Columns per period, each stacked to 100% by series (e.g. gender of quoted sources per month). */
export function shareOverTimeChart(title: string, periods: readonly PeriodParts[]): HTMLElement {
  const keys = partKeys(periods);
  const classes = seriesClasses(keys);
  const width = 560;
  const height = 180;
  const bottom = 24;
  const top = 8;
  const plot = height - bottom - top;
  const column = (width - SHARE_LEFT - 10) / Math.max(1, periods.length);
  const totals = periods.map((entry) => partsTotal(entry.parts));
  const described = periods.flatMap((entry, index) => {
    const total = totals[index] ?? 0;
    return total > 0 ? [`${entry.period}: ${keys.filter((key) => (entry.parts[key] ?? 0) > 0).map((key) => `${key} ${Math.round((100 * (entry.parts[key] ?? 0)) / total)}%`).join(', ')}`] : [];
  });
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': `${title}. ${described.join('; ')}` });
  shareAxis(chart, width, height - bottom, plot);
  const every = labelEvery(periods.length);
  periods.forEach((entry, index) => {
    const x = SHARE_LEFT + index * column;
    const total = totals[index] ?? 0;
    let y = height - bottom;
    for (const key of keys) {
      const value = entry.parts[key] ?? 0;
      if (value <= 0 || total <= 0) continue;
      const size = (plot * value) / total;
      y -= size;
      chart.appendChild(svg('rect', { x: x + Math.min(2, column / 8), y, width: Math.max(1, column - Math.min(4, column / 4)), height: size, class: classes.get(key) ?? 'series-0' },
        svg('title', {}, `${entry.period}, ${key}: ${value} of ${total} (${Math.round((100 * value) / total)}%)`)));
    }
    if (index % every === 0) chart.appendChild(svg('text', { x: x + column / 2, y: height - 6, class: 'chart-label', 'text-anchor': 'middle' }, entry.period));
  });
  const empty = totals.every((total) => total <= 0);
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, title), empty ? h('p', { class: 'muted' }, 'No data yet.') : chart, empty ? null : legend(keys, classes));
}

/** One share (0..1) per period, with the count it is a share of; a period with no count stays blank. */
export interface PeriodShare {
  period: string;
  share: number;
  of: number;
}

/** Columns against a 0–100% axis, one per period (e.g. share of anonymous sources per month). */
export function shareColumnsChart(title: string, periods: readonly PeriodShare[], unit: string): HTMLElement {
  const width = 560;
  const height = 180;
  const bottom = 24;
  const top = 8;
  const plot = height - bottom - top;
  const column = (width - SHARE_LEFT - 10) / Math.max(1, periods.length);
  const described = periods.filter((entry) => entry.of > 0).map((entry) => `${entry.period} ${percent(entry.share)}`);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': `${title}: ${described.join(', ')}` });
  shareAxis(chart, width, height - bottom, plot);
  const every = labelEvery(periods.length);
  periods.forEach((entry, index) => {
    const x = SHARE_LEFT + index * column;
    if (entry.of > 0) {
      // A period at 0% still gets a sliver, so it reads differently from a period without quotations.
      const size = Math.max(2, plot * entry.share);
      chart.appendChild(svg('rect', { x: x + Math.min(2, column / 8), y: height - bottom - size, width: Math.max(1, column - Math.min(4, column / 4)), height: size, class: 'series-0' },
        svg('title', {}, `${entry.period}: ${percent(entry.share)} of ${entry.of} ${unit}`)));
    }
    if (index % every === 0) chart.appendChild(svg('text', { x: x + column / 2, y: height - 6, class: 'chart-label', 'text-anchor': 'middle' }, entry.period));
  });
  const empty = periods.every((entry) => entry.of <= 0);
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, title), empty ? h('p', { class: 'muted' }, 'No data yet.') : chart);
}
