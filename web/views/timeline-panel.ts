/**
 * The article's timeline: its dated events in calendar order, each date shown as written in the
 * article and as resolved (with what was inferred), each event a control that shows its words in the text.
 */
import { timeline } from '../../src/events/timeline.js';
import type { Analysis, DateExpression, EntityRef, Event, Span } from '../../src/types.js';
import { h } from '../dom.js';
import { describeInferred, describeTimex } from './date-label.js';
import { spanTarget } from './text-focus.js';

/** A reference's readable name. */
export function refName(ref: EntityRef | null | undefined, fallback: string): string {
  return ref?.name ?? fallback;
}

/** The date expression an event's date was taken from: the one at the same span, else the first overlapping it. */
function expressionAt(dates: readonly DateExpression[], span: Span): DateExpression | undefined {
  return dates.find((date) => date.start === span.start && date.end === span.end)
    ?? dates.find((date) => date.start < span.end && date.end > span.start);
}

/** One event in words: "Jeff Sessions met ambassador Sergey Kislyak". */
export function eventSentence(event: Event): string {
  const actors = event.actors.map((actor) => refName(actor, 'someone')).join(' and ');
  return [actors, event.action.text, event.object?.text].filter(Boolean).join(' ');
}

function entry(analysis: Analysis, event: Event, value: string): HTMLElement {
  const span = event.date?.span;
  const expression = span ? expressionAt(analysis.dates, span) : undefined;
  const stated = span ? analysis.text.slice(span.start, span.end) : '';
  const inferred = expression ? describeInferred(expression) : null;
  return h('li', { class: 'timeline-entry', 'data-value': value },
    h('div', { class: 'timeline-date' },
      h('span', { class: 'resolved-date' }, describeTimex(value)),
      describeTimex(value) === value ? null : h('span', { class: 'timex-value' }, value),
      span ? h('span', { class: 'stated-date' }, 'written ', h('button', { type: 'button', class: 'span-link', ...spanTarget(span) }, `“${stated}”`)) : null,
      inferred ? h('span', { class: 'inferred-date' }, inferred) : null),
    h('button', { type: 'button', class: 'span-link timeline-event', ...spanTarget(event.evidence) }, eventSentence(event)));
}

/** The timeline panel of an analysis. */
export function timelinePanel(analysis: Analysis): HTMLElement {
  const entries = timeline(analysis).flatMap((item) => item.kind === 'event' ? [entry(analysis, item.event, item.value)] : []);
  if (entries.length === 0) return h('p', { class: 'muted' }, 'No dated events found.');
  return h('div', {},
    h('p', { class: 'panel-note' }, 'Dated events in calendar order. Each date is shown resolved, then as written in the article; choose an event or a date to see it in the text.'),
    h('ol', { class: 'timeline' }, ...entries));
}

/** How many entries timelinePanel shows. */
export function timelineCount(analysis: Analysis): number {
  return timeline(analysis).filter((item) => item.kind === 'event').length;
}
