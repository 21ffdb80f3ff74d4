/** Calls to act in an article: who urges whom to do what, with negated and conditional calls marked. */
import type { Analysis, Call } from '../../src/types.js';
import { h, type Child } from '../dom.js';
import { spanTarget } from './text-focus.js';

/** The parts of a call that are shown, shared by the article view and the person page. */
export interface CallView {
  actor: string | null;
  target: string | null;
  action: string;
  stance: 'for' | 'against';
  negated: boolean;
  conditional: boolean;
  condition?: string;
}

/** A call as a line of words: "Charles Schumer → Jeff Sessions: resign", with its marks. */
export function callLine(call: CallView): Child[] {
  return [
    h('span', { class: 'call-actor' }, call.actor ?? 'someone unnamed'),
    h('span', { class: 'call-arrow', 'aria-label': 'calls on' }, ' → '),
    h('span', { class: 'call-target' }, call.target ?? 'no one named'),
    ': ',
    call.negated ? h('strong', { class: 'call-not' }, 'not ') : null,
    h('span', { class: 'call-action' }, call.action),
  ];
}

/** The marks of a call: negated, conditional (with its condition), against. */
export function callMarks(call: CallView): HTMLElement | null {
  const marks: Child[] = [];
  if (call.negated) marks.push(h('span', { class: 'badge negated-badge' }, 'negated'));
  if (call.conditional) marks.push(h('span', { class: 'badge conditional-badge' }, 'conditional'), call.condition ? h('span', { class: 'call-condition' }, call.condition) : null);
  if (call.stance === 'against') marks.push(h('span', { class: 'badge against-badge' }, 'against'));
  return marks.length ? h('p', { class: 'call-marks' }, ...marks) : null;
}

function callView(call: Call): CallView {
  return {
    actor: call.actor.name, target: call.target.name, action: call.action, stance: call.stance,
    negated: call.negated, conditional: call.conditional, ...(call.condition ? { condition: call.condition.text } : {}),
  };
}

/** The calls panel of an analysis. */
export function callsPanel(analysis: Analysis): HTMLElement {
  const calls = [...analysis.calls].sort((a, b) => a.evidence.start - b.evidence.start);
  if (calls.length === 0) return h('p', { class: 'muted' }, 'No calls to act found.');
  return h('div', {},
    h('p', { class: 'panel-note' }, 'Who urges whom to do what, in text order; choose one to see it in the text.'),
    h('ol', { class: 'call-list' }, ...calls.map((call) => {
      const view = callView(call);
      return h('li', { class: `call-item${call.negated ? ' negated' : ''}${call.conditional ? ' conditional' : ''}` },
        h('button', { type: 'button', class: 'span-link call-line', ...spanTarget(call.evidence) }, ...callLine(view)),
        callMarks(view));
    })));
}
