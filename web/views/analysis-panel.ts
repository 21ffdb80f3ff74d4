/**
 * An analysed article: highlighted text beside a panel of tabs (speaker cards, timeline, calls to
 * act, sourcing, contradictions), a tooltip explaining each quotation, and diagnostics. Entries of
 * the panels show their words in the text when chosen.
 */
import { h, link, replaceChildren } from '../dom.js';
import { routeTo } from '../router.js';
import type { Analysis, Quote } from '../../src/types.js';
import { callsPanel } from './calls-panel.js';
import { contradictionsPanel } from './contradictions-panel.js';
import { renderHighlightedText } from './highlight.js';
import { sourcingPanel } from './sourcing-panel.js';
import { groupSpeakers, speakerKey, speakerLabel, type SpeakerGroup } from './speakers.js';
import { tabs } from './tabs.js';
import { clearTextFocus, wireTextFocus } from './text-focus.js';
import { timelineCount, timelinePanel } from './timeline-panel.js';

function tipContent(quote: Quote, group: SpeakerGroup | undefined): HTMLElement[] {
  const rows: Array<[string, string]> = [
    ['Speaker', speakerLabel(quote)],
    ['Cue', quote.cue?.text ?? '—'],
    ['Kind', quote.kind],
    ['Why', quote.reason ?? 'no reason recorded'],
    ['Source', `${quote.source} (confidence ${quote.confidence.toFixed(2)})`],
  ];
  if (quote.medium) rows.splice(2, 0, ['Medium', quote.medium.text]);
  const items = rows.map(([name, value]) => h('div', { class: 'tip-row' }, h('dt', {}, name), h('dd', {}, value)));
  const header = group?.anonymous ? h('p', { class: 'badge anonymous-badge' }, 'Anonymous source') : null;
  return [...(header ? [header] : []), h('dl', {}, ...items)];
}

function speakerCard(group: SpeakerGroup): HTMLElement {
  const entity = group.entity;
  const facts: string[] = [];
  if (entity?.title) facts.push(entity.title);
  if (entity?.party) facts.push(`Party: ${entity.party}`);
  if (entity?.state) facts.push(`State: ${entity.state}`);
  if (entity?.gender) facts.push(`${entity.gender.value}${entity.gender.basis === 'guess' ? ' (guessed)' : ''}`);
  const description = group.description ?? entity?.description;
  const name = group.anonymous || group.key === 'unknown' ? h('span', {}, group.label) : link(routeTo(['people', group.entity?.name ?? group.label]), group.label);
  return h('li', { class: `speaker-card speaker-${group.colour}${group.anonymous ? ' anonymous' : ''}` },
    h('div', { class: 'speaker-name' }, h('span', { class: `swatch speaker-${group.colour}`, 'aria-hidden': 'true' }), name, group.anonymous ? h('span', { class: 'badge anonymous-badge' }, 'anonymous') : null),
    facts.length ? h('p', { class: 'speaker-facts' }, facts.join(' · ')) : null,
    description && description !== group.label ? h('p', { class: 'speaker-facts' }, description) : null,
    h('button', { type: 'button', class: 'link-button', 'data-speaker': group.key }, `${group.quotes.length} quotation${group.quotes.length === 1 ? '' : 's'} →`),
  );
}

/** Render an analysis into a container; returns nothing, wires hover and focus explanations. */
export function renderAnalysis(container: HTMLElement, input: Analysis): void {
  // Analyses stored before a stage existed may lack its list.
  const analysis: Analysis = { ...input, dates: input.dates ?? [], events: input.events ?? [], calls: input.calls ?? [], contradictions: input.contradictions ?? [] };
  clearTextFocus();
  const groups = groupSpeakers(analysis);
  const groupOf = new Map(groups.map((group) => [group.key, group]));
  const text = renderHighlightedText(analysis, groups);
  const tip = h('div', { id: 'quote-tip', class: 'quote-tip', role: 'tooltip', hidden: true });
  const cards = h('ul', { class: 'speaker-cards', 'aria-label': 'Speakers' });
  for (const group of groups) {
    cards.appendChild(speakerCard(group));
  }
  cards.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button[data-speaker]');
    if (!button) return;
    const key = button.getAttribute('data-speaker');
    const index = analysis.quotes.findIndex((quote) => speakerKey(quote) === key);
    const mark = text.querySelector<HTMLElement>(`mark[data-quote="${index}"][tabindex="0"]`);
    mark?.focus();
    mark?.scrollIntoView({ block: 'center' });
  });

  const show = (mark: HTMLElement): void => {
    const quote = analysis.quotes[Number(mark.getAttribute('data-quote'))];
    if (!quote) return;
    replaceChildren(tip, ...tipContent(quote, groupOf.get(speakerKey(quote))));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const host = container.getBoundingClientRect();
    tip.style.left = `${Math.max(0, Math.min(box.left - host.left, host.width - 320))}px`;
    tip.style.top = `${box.bottom - host.top + 6}px`;
  };
  const hide = (): void => {
    tip.hidden = true;
  };
  text.addEventListener('mouseover', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('mark.quote');
    if (mark) show(mark);
  });
  text.addEventListener('mouseout', (event) => {
    if ((event.target as Element).closest('mark.quote')) hide();
  });
  text.addEventListener('focusin', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('mark.quote');
    if (mark) show(mark);
  });
  text.addEventListener('focusout', hide);
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });

  const named = groups.filter((group) => !group.anonymous).reduce((sum, group) => sum + group.quotes.length, 0);
  const anonymous = analysis.quotes.length - named;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const summary = h('p', { class: 'summary' },
    `${plural(analysis.quotes.length, 'quotation')} from ${plural(groups.length, 'speaker')}`,
    anonymous > 0 ? `, ${anonymous} from anonymous sources` : '',
    `; ${plural(analysis.dates.length, 'date')}, ${plural(analysis.calls.length, 'call')} to act`,
    analysis.contradictions.length > 0 ? `, ${plural(analysis.contradictions.length, 'possible contradiction')}` : '',
    `. ${analysis.sentences.length} sentences.`);
  const diagnostics = analysis.diagnostics.length
    ? h('details', { class: 'diagnostics' }, h('summary', {}, `${analysis.diagnostics.length} diagnostic${analysis.diagnostics.length === 1 ? '' : 's'}`),
      h('ul', {}, ...analysis.diagnostics.map((diagnostic) => h('li', { class: `severity-${diagnostic.severity}` }, `${diagnostic.severity}: ${diagnostic.message} (${diagnostic.code})`))))
    : null;
  const shown = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const side = h('aside', { class: 'analysis-side', 'aria-label': 'Findings' },
    tabs('Findings', [
      { id: 'speakers', label: 'Speakers', count: groups.length, panel: [groups.length ? cards : h('p', { class: 'muted' }, 'No quotations found.'), diagnostics] },
      { id: 'timeline', label: 'Timeline', count: timelineCount(analysis), panel: [timelinePanel(analysis)] },
      { id: 'calls', label: 'Calls', count: analysis.calls.length, panel: [callsPanel(analysis)] },
      { id: 'sourcing', label: 'Sourcing', panel: [sourcingPanel(analysis)] },
      { id: 'contradictions', label: 'Contradictions', count: analysis.contradictions.length, panel: [contradictionsPanel(analysis)] },
    ]),
    shown);
  wireTextFocus(side, text, shown, analysis.text);
  replaceChildren(container,
    h('div', { class: 'analysis-layout' },
      h('article', { class: 'article-panel', 'aria-label': 'Article with highlighted quotations' }, analysis.title ? h('h2', {}, analysis.title) : null, analysis.date ? h('p', { class: 'muted' }, `Published ${analysis.date}`) : null, summary, text, tip),
      side));
}
