/** Tabs after the WAI-ARIA tabs pattern: one tab stop for the tab list, arrow keys, Home and End move between tabs. */
import { h, type Child } from '../dom.js';

/** One tab and its panel. */
export interface TabSpec {
  id: string;
  label: string;
  /** A count shown after the label ("Calls 6"). */
  count?: number;
  panel: Child[];
}

/** Build a tab list with its panels; the first tab is selected. */
export function tabs(label: string, specs: readonly TabSpec[]): HTMLElement {
  const list = h('div', { role: 'tablist', 'aria-label': label, class: 'tab-list' });
  const buttons: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  specs.forEach((spec, index) => {
    const selected = index === 0;
    const button = h('button', {
      type: 'button', role: 'tab', id: `tab-${spec.id}`, 'aria-controls': `panel-${spec.id}`,
      'aria-selected': selected ? 'true' : 'false', tabindex: selected ? 0 : -1, class: 'tab',
    }, spec.label, spec.count === undefined ? null : h('span', { class: 'tab-count' }, String(spec.count)));
    const panel = h('div', { role: 'tabpanel', id: `panel-${spec.id}`, 'aria-labelledby': `tab-${spec.id}`, tabindex: 0, class: 'tab-panel', hidden: !selected }, ...spec.panel);
    buttons.push(button);
    panels.push(panel);
    list.appendChild(button);
  });
  const select = (index: number, focus: boolean): void => {
    buttons.forEach((button, at) => {
      const chosen = at === index;
      button.setAttribute('aria-selected', chosen ? 'true' : 'false');
      button.tabIndex = chosen ? 0 : -1;
      (panels[at] as HTMLElement).hidden = !chosen;
    });
    if (focus) buttons[index]?.focus();
  };
  list.addEventListener('click', (event) => {
    const index = buttons.indexOf((event.target as Element).closest('button[role=tab]') as HTMLButtonElement);
    if (index >= 0) select(index, false);
  });
  list.addEventListener('keydown', (event) => {
    const current = buttons.findIndex((button) => button.getAttribute('aria-selected') === 'true');
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select((target + buttons.length) % buttons.length, true);
  });
  return h('div', { class: 'tabs' }, list, ...panels);
}
