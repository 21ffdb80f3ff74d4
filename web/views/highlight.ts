/**
 * The article with its quotations highlighted: the text is cut at every fragment, cue and speaker
 * boundary, and each piece becomes a text node inside marks. Nothing is parsed as HTML.
 */
import { h, type Child } from '../dom.js';
import type { Analysis, Quote } from '../../src/types.js';
import { speakerKey, type SpeakerGroup } from './speakers.js';

interface Annotation {
  start: number;
  end: number;
  quote: number;
  role: 'content' | 'cue' | 'speaker';
}

function annotations(quotes: readonly Quote[], length: number): Annotation[] {
  const found: Annotation[] = [];
  const add = (start: number, end: number, quote: number, role: Annotation['role']): void => {
    const from = Math.max(0, Math.min(length, start));
    const to = Math.max(from, Math.min(length, end));
    if (to > from) found.push({ start: from, end: to, quote, role });
  };
  quotes.forEach((quote, index) => {
    const fragments = quote.fragments.length > 0 ? quote.fragments : [quote.content];
    for (const fragment of fragments) add(fragment.start, fragment.end, index, 'content');
    if (quote.cue) add(quote.cue.start, quote.cue.end, index, 'cue');
    if (quote.speaker.mention) add(quote.speaker.mention.start, quote.speaker.mention.end, index, 'speaker');
  });
  return found;
}

/** Render the article text with highlighted quotations; each quotation's first piece is focusable. */
export function renderHighlightedText(analysis: Analysis, groups: readonly SpeakerGroup[]): HTMLElement {
  const text = analysis.text;
  const quotes = analysis.quotes;
  const colourOf = new Map(groups.map((group) => [group.key, group]));
  const marks = annotations(quotes, text.length);
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
    if (speaker) {
      const group = colourOf.get(speakerKey(quotes[speaker.quote] as Quote));
      node = h('span', { class: `speaker-mention speaker-${group?.colour ?? 0}` }, node);
    } else if (cue) {
      node = h('span', { class: 'cue' }, node);
    }
    // The innermost (shortest) quotation wins where quotations nest.
    const content = covering.filter((mark) => mark.role === 'content').sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (content) {
      const quote = quotes[content.quote] as Quote;
      const group = colourOf.get(speakerKey(quote));
      const first = !focusable.has(content.quote);
      focusable.add(content.quote);
      node = h('mark', {
        class: `quote speaker-${group?.colour ?? 0}${group?.anonymous ? ' anonymous' : ''} kind-${quote.kind}`,
        'data-quote': content.quote,
        tabindex: first ? 0 : -1,
        'aria-describedby': 'quote-tip',
      }, node);
    }
    children.push(node);
  }
  return h('div', { class: 'article-text', lang: 'en' }, ...children);
}
