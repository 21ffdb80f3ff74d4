/**
 * The article with its quotations highlighted: the text is cut at every fragment, cue and speaker
 * boundary, and each piece becomes a text node inside marks. Nothing is parsed as HTML.
 */
import { h, type Child } from '../dom.js';
import type { Analysis, DateExpression, Quote } from '../../src/types.js';
import { describeInferred, describeTimex } from './date-label.js';
import { speakerKey, type SpeakerGroup } from './speakers.js';

interface Annotation {
  start: number;
  end: number;
  /** Index of the quotation (content, cue, speaker) or of the date expression (date). */
  index: number;
  role: 'content' | 'cue' | 'speaker' | 'date';
}

function annotations(quotes: readonly Quote[], dates: readonly DateExpression[], length: number): Annotation[] {
  const found: Annotation[] = [];
  const add = (start: number, end: number, index: number, role: Annotation['role']): void => {
    const from = Math.max(0, Math.min(length, start));
    const to = Math.max(from, Math.min(length, end));
    if (to > from) found.push({ start: from, end: to, index, role });
  };
  dates.forEach((date, index) => add(date.start, date.end, index, 'date'));
  quotes.forEach((quote, index) => {
    const fragments = quote.fragments.length > 0 ? quote.fragments : [quote.content];
    for (const fragment of fragments) add(fragment.start, fragment.end, index, 'content');
    if (quote.cue) add(quote.cue.start, quote.cue.end, index, 'cue');
    if (quote.speaker.mention) add(quote.speaker.mention.start, quote.speaker.mention.end, index, 'speaker');
  });
  return found;
}

/** A date's explanation on hover: as written, as resolved, and what was inferred. */
function dateTitle(date: DateExpression): string {
  const inferred = describeInferred(date);
  return `“${date.text}”: ${describeTimex(date.value)} (${date.value})${inferred ? `; ${inferred}` : ''}`;
}

/** Render the article text with highlighted quotations and subtly marked dates; each quotation's first piece is focusable. */
export function renderHighlightedText(analysis: Analysis, groups: readonly SpeakerGroup[]): HTMLElement {
  const text = analysis.text;
  const quotes = analysis.quotes;
  const colourOf = new Map(groups.map((group) => [group.key, group]));
  const marks = annotations(quotes, analysis.dates ?? [], text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const focusable = new Set<number>();
  const children: Child[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end);
    let node: Child = text.slice(start, end);
    const cue = covering.find((mark) => mark.role === 'cue');
    const speaker = covering.find((mark) => mark.role === 'speaker');
    const date = covering.find((mark) => mark.role === 'date');
    if (date) node = h('span', { class: 'date-mention', title: dateTitle(analysis.dates[date.index] as DateExpression) }, node);
    if (speaker) {
      const group = colourOf.get(speakerKey(quotes[speaker.index] as Quote));
      node = h('span', { class: `speaker-mention speaker-${group?.colour ?? 0}` }, node);
    } else if (cue) {
      node = h('span', { class: 'cue' }, node);
    }
    // The innermost (shortest) quotation wins where quotations nest.
    const content = covering.filter((mark) => mark.role === 'content').sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (content) {
      const quote = quotes[content.index] as Quote;
      const group = colourOf.get(speakerKey(quote));
      const first = !focusable.has(content.index);
      focusable.add(content.index);
      node = h('mark', {
        class: `quote speaker-${group?.colour ?? 0}${group?.anonymous ? ' anonymous' : ''} kind-${quote.kind}`,
        'data-quote': content.index,
        tabindex: first ? 0 : -1,
        'aria-describedby': 'quote-tip',
      }, node);
    }
    children.push(node);
  }
  return h('div', { class: 'article-text', lang: 'en' }, ...children);
}
