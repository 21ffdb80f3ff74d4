import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { analyze } from '../../src/analyze.js';
import type { Analysis, Entity } from '../../src/types.js';
import { installDocument } from '../test-document.js';
import { renderAnalysis } from './analysis-panel.js';
import { callsPanel } from './calls-panel.js';
import { contradictionsPanel } from './contradictions-panel.js';
import { describeInferred, describeTimex } from './date-label.js';
import { renderHighlightedText } from './highlight.js';
import { sourcingPanel } from './sourcing-panel.js';
import { groupSpeakers } from './speakers.js';
import { locateOffset } from './text-focus.js';
import { timelinePanel } from './timeline-panel.js';

const TEXT = 'Michael Flynn resigned Feb. 13. Sessions reportedly met twice last year with ambassador Sergey Kislyak. "We need answers," Senator Chuck Schumer said on Thursday.';

/** A bare analysis of `text` with nothing found, to be filled in by a test. */
function empty(text: string): Analysis {
  return { schemaVersion: 1, analyzer: 'test', text, paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length, paragraph: 0 }], quotes: [], entities: [], dates: [], events: [], calls: [], contradictions: [], diagnostics: [] };
}

function span(text: string, part: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `${part} not in the text`);
  return { start, end: start + part.length, text: part };
}

const HOSTILE = '<script>window.__pwned = 1</script>';
const HOSTILE_IMG = '<img src=x onerror="window.__pwned = 2">';

/** An analysis whose text, names, actions, outlets and explanations are all markup. */
function hostileAnalysis(): Analysis {
  const text = `${HOSTILE} Sen. <b>Bad</b> said ${HOSTILE_IMG} should resign. <iframe src="javascript:alert(1)"></iframe> He reportedly met them, ${HOSTILE} reported, on Thursday.`;
  const analysis = empty(text);
  const name = span(text, '<b>Bad</b>');
  const entity: Entity = { id: 'e1', type: 'person', name: `<b>Bad</b>${HOSTILE}`, party: HOSTILE_IMG, gender: { value: 'male', basis: 'guess', evidence: name }, mentions: [{ ...name, kind: 'name', source: 'rule:test' }] };
  const content = span(text, `${HOSTILE_IMG} should resign`);
  analysis.entities = [entity];
  analysis.quotes = [{ id: 'q1', kind: 'indirect', content, fragments: [content], cue: span(text, 'said'), speaker: { mention: name, entity: 'e1', name: entity.name, anonymous: false }, confidence: 0.8, source: 'rule:test', reason: HOSTILE }];
  const thursday = span(text, 'Thursday');
  analysis.dates = [{ ...thursday, type: 'DATE', value: '2017-03-02', anchor: '2017-03-02', inferred: ['year', 'month', 'day'], source: 'rule:test' }];
  analysis.events = [{ id: 'v1', actors: [{ entity: 'e1', name: entity.name }], action: span(text, 'met'), object: span(text, '<iframe src="javascript:alert(1)"></iframe>'), date: { value: '2017-03-02', span: thursday }, evidence: span(text, 'He reportedly met them'), source: 'rule:test' }];
  analysis.calls = [{ actor: { entity: 'e1', name: entity.name }, target: { entity: null, name: HOSTILE_IMG }, action: `resign ${HOSTILE}`, stance: 'for', negated: true, conditional: true, condition: span(text, '<iframe src="javascript:alert(1)"></iframe>'), evidence: content, source: 'rule:test' }];
  analysis.sourcing = { namedSources: 1, anonymousSources: 0, hedges: [{ ...span(text, 'reportedly'), kind: 'hedge' }], mediaAttributions: [{ ...span(text, `${HOSTILE} reported`, 60), outlet: HOSTILE }], unattributedClaimShare: 0.5, genderOfQuoted: { female: 0, male: 1, unknown: 0 }, partyOfQuoted: { [HOSTILE_IMG]: 1 } };
  analysis.contradictions = [{ person: { entity: 'e1', name: entity.name }, statement: content, conflictsWith: span(text, 'He reportedly met them'), factDate: '2017-03-02', confidence: 0.8, explanation: `${HOSTILE} ${HOSTILE_IMG}`, source: 'rule:test' }];
  return analysis;
}

beforeEach(() => {
  installDocument();
});

describe('date labels', () => {
  test('a resolved value reads as words with its weekday and part of day', () => {
    assert.equal(describeTimex('2017-03-02'), 'Thu 2 Mar 2017');
    assert.equal(describeTimex('2017-03-02TMO'), 'Thu 2 Mar 2017, morning');
    assert.equal(describeTimex('2017-01'), 'January 2017');
    assert.equal(describeTimex('2016'), '2016');
    assert.equal(describeTimex('P2Y'), '2 years');
    assert.equal(describeTimex('PRESENT_REF'), 'the present');
  });

  test('a value it does not know is shown as written', () => {
    assert.equal(describeTimex('XXXX-WXX-4'), 'XXXX-WXX-4');
  });

  test('the inferred parts name the reference they came from', () => {
    assert.equal(describeInferred({ inferred: ['year', 'month', 'day'], anchor: '2017-03-02' }), 'year, month and day inferred from Thu 2 Mar 2017');
    assert.equal(describeInferred({ anchor: null }), null);
  });
});

describe('timeline panel', () => {
  test('lists dated events in calendar order, each date as resolved and as written', () => {
    const panel = timelinePanel(analyze({ text: TEXT, date: '2017-03-02' }));
    const entries = Array.from(panel.querySelectorAll('.timeline-entry'));
    assert.deepEqual(entries.map((entry) => entry.getAttribute('data-value')), ['2016', '2017-02-13', '2017-03-02']);
    const flynn = entries[1] as Element;
    assert.equal(flynn.querySelector('.timex-value')?.textContent, '2017-02-13');
    assert.equal(entries[0]?.querySelector('.timex-value'), null, 'a value that reads as itself is not repeated');
    assert.equal(flynn.querySelector('.resolved-date')?.textContent, 'Mon 13 Feb 2017');
    assert.equal(flynn.querySelector('.stated-date button')?.textContent, '“Feb. 13”');
    assert.equal(flynn.querySelector('.inferred-date')?.textContent, 'year inferred from Thu 2 Mar 2017');
    assert.match(flynn.querySelector('.timeline-event')?.textContent ?? '', /Michael Flynn resigned/);
  });

  test('each event and each written date points at its words in the text', () => {
    const analysis = analyze({ text: TEXT, date: '2017-03-02' });
    const buttons = Array.from(timelinePanel(analysis).querySelectorAll('button[data-start]'));
    assert.ok(buttons.length >= 6);
    const written = buttons.map((button) => TEXT.slice(Number(button.getAttribute('data-start')), Number(button.getAttribute('data-end'))));
    assert.ok(written.includes('Feb. 13'));
    assert.ok(written.some((words) => words.includes('resigned')));
  });

  test('an analysis without dated events says so', () => {
    assert.equal(timelinePanel(empty('Nothing happened.')).textContent, 'No dated events found.');
  });
});

describe('calls panel', () => {
  test('shows actor, target and action, and marks negated and conditional calls', () => {
    const text = 'Trump said Sessions should not recuse himself. Ryan said Sessions should recuse himself if he is the subject of a probe.';
    const analysis = empty(text);
    const sessions = { entity: 'e2', name: 'Jeff Sessions' };
    analysis.calls = [
      { actor: { entity: 'e3', name: 'Paul Ryan' }, target: sessions, action: 'recuse himself', stance: 'for', negated: false, conditional: true, condition: span(text, 'if he is the subject of a probe'), evidence: span(text, 'Sessions should recuse himself if he is the subject of a probe'), source: 'rule:test' },
      { actor: { entity: 'e1', name: 'Donald Trump' }, target: sessions, action: 'recuse himself', stance: 'for', negated: true, conditional: false, evidence: span(text, 'Sessions should not recuse himself'), source: 'rule:test' },
    ];
    const items = Array.from(callsPanel(analysis).querySelectorAll('.call-item'));
    assert.equal(items.length, 2);
    assert.equal(items[0]?.querySelector('.call-line')?.textContent, 'Donald Trump → Jeff Sessions: not recuse himself');
    assert.ok(items[0]?.querySelector('.negated-badge'));
    assert.equal(items[0]?.querySelector('.conditional-badge'), null);
    assert.ok(items[1]?.querySelector('.conditional-badge'));
    assert.equal(items[1]?.querySelector('.call-condition')?.textContent, 'if he is the subject of a probe');
    assert.equal(items[1]?.querySelector('.call-line')?.getAttribute('data-start'), String(text.indexOf('Sessions should recuse')));
  });

  test('an unnamed actor or target is said to be unnamed', () => {
    const text = 'Democrats called for an investigation.';
    const analysis = empty(text);
    analysis.calls = [{ actor: { entity: null, name: null }, target: { entity: null, name: null }, action: 'an investigation', stance: 'for', negated: false, conditional: false, evidence: span(text, 'called for an investigation'), source: 'rule:test' }];
    assert.equal(callsPanel(analysis).querySelector('.call-line')?.textContent, 'someone unnamed → no one named: an investigation');
  });
});

describe('sourcing panel', () => {
  test('counts sources and lists hedges and media attributions as links into the text', () => {
    const panel = sourcingPanel(analyze({ text: TEXT, date: '2017-03-02' }));
    assert.match(panel.querySelector('.figures')?.textContent ?? '', /named sources/);
    const hedge = Array.from(panel.querySelectorAll('button[data-start]')).find((button) => button.textContent === '“reportedly”');
    assert.ok(hedge);
    assert.equal(TEXT.slice(Number(hedge.getAttribute('data-start')), Number(hedge.getAttribute('data-end'))), 'reportedly');
  });

  test('a gender guessed from a first name is marked as a guess, a stated one is not', () => {
    const text = '"Yes," Maria Lopez said. "No," Sen. John Smith said, and he left.';
    const analysis = empty(text);
    const maria = span(text, 'Maria Lopez');
    const john = span(text, 'Sen. John Smith');
    analysis.entities = [
      { id: 'e1', type: 'person', name: 'Maria Lopez', gender: { value: 'female', basis: 'guess', evidence: maria }, mentions: [{ ...maria, kind: 'name', source: 'rule:test' }] },
      { id: 'e2', type: 'person', name: 'John Smith', party: 'Democrat', gender: { value: 'male', basis: 'stated', evidence: span(text, 'he ') }, mentions: [{ ...john, kind: 'name', source: 'rule:test' }] },
    ];
    analysis.quotes = [span(text, '"Yes,"'), span(text, '"No,"')].map((content, index) => ({ id: `q${index + 1}`, kind: 'direct', content, fragments: [content], cue: null, speaker: { mention: null, entity: `e${index + 1}`, name: null, anonymous: false }, confidence: 1, source: 'rule:test' }));
    analysis.sourcing = { namedSources: 2, anonymousSources: 0, hedges: [], mediaAttributions: [], unattributedClaimShare: 0, genderOfQuoted: { female: 1, male: 1, unknown: 0 }, partyOfQuoted: { Democrat: 1, unknown: 1 } };
    const rows = Array.from(sourcingPanel(analysis).querySelectorAll('.people-table tbody tr')).map((row) => Array.from(row.children).map((cell) => cell.textContent));
    assert.deepEqual(rows, [['Maria Lopez', 'female guess', 'unknown'], ['John Smith', 'male', 'Democrat']]);
  });

  test('an analysis without a sourcing profile says so', () => {
    assert.match(sourcingPanel(empty('Text.')).textContent ?? '', /no sourcing profile/);
  });
});

describe('contradictions panel', () => {
  test('shows the statement and the conflicting fact, each pointing at its words, with the explanation', () => {
    const text = 'Sessions said: "I did not have communications with the Russians." His spokeswoman confirmed he met with Kislyak last year.';
    const analysis = empty(text);
    analysis.contradictions = [{ person: { entity: 'e1', name: 'Jeff Sessions' }, statement: span(text, 'I did not have communications with the Russians'), conflictsWith: span(text, 'he met with Kislyak last year'), factDate: '2016', confidence: 0.8, explanation: 'Jeff Sessions denied contact, but it is confirmed that he met with Kislyak.', source: 'rule:test' }];
    const item = contradictionsPanel(analysis).querySelector('.contradiction') as Element;
    const statement = item.querySelector('.statement-link') as Element;
    const fact = item.querySelector('.fact-link') as Element;
    assert.equal(text.slice(Number(statement.getAttribute('data-start')), Number(statement.getAttribute('data-end'))), 'I did not have communications with the Russians');
    assert.equal(text.slice(Number(fact.getAttribute('data-start')), Number(fact.getAttribute('data-end'))), 'he met with Kislyak last year');
    assert.equal(item.querySelector('.fact .clash-date')?.textContent, '2016');
    assert.match(item.querySelector('.explanation')?.textContent ?? '', /denied contact/);
  });
});

describe('highlighted text', () => {
  test('dates are marked with their resolved value and the text is unchanged', () => {
    const analysis = analyze({ text: TEXT, date: '2017-03-02' });
    const rendered = renderHighlightedText(analysis, groupSpeakers(analysis));
    assert.equal(rendered.textContent, TEXT);
    const dates = Array.from(rendered.querySelectorAll('.date-mention'));
    assert.deepEqual(dates.map((date) => date.textContent), ['Feb. 13', 'last year', 'Thursday']);
    assert.match(dates[0]?.getAttribute('title') ?? '', /^“Feb. 13”: Mon 13 Feb 2017 \(2017-02-13\); year inferred/);
  });

  test('an article offset is found in the text node that holds it, across marks', () => {
    const analysis = analyze({ text: TEXT, date: '2017-03-02' });
    const rendered = renderHighlightedText(analysis, groupSpeakers(analysis));
    for (const offset of [0, TEXT.indexOf('We need'), TEXT.indexOf('Thursday') + 3, TEXT.length - 1]) {
      const point = locateOffset(rendered, offset);
      assert.equal(point?.node.data[point.offset], TEXT[offset]);
    }
    assert.equal(locateOffset(rendered, TEXT.length)?.offset, (locateOffset(rendered, TEXT.length)?.node.data.length));
    assert.equal(locateOffset(rendered, TEXT.length + 1), null);
  });
});

describe('hostile article text', () => {
  test('markup in the text, names, actions, outlets and explanations stays text in every panel', () => {
    const container = document.createElement('section');
    const analysis = hostileAnalysis();
    renderAnalysis(container, analysis);
    assert.equal(container.querySelectorAll('script, img, iframe, b').length, 0);
    const shown = container.textContent ?? '';
    assert.ok(shown.includes(analysis.text), 'the article text reads as written');
    for (const panel of ['speakers', 'timeline', 'calls', 'sourcing', 'contradictions']) assert.ok(container.querySelector(`#panel-${panel}`), `no ${panel} panel`);
    assert.match(container.querySelector('#panel-calls')?.textContent ?? '', /resign <script>window.__pwned = 1<\/script>/);
    assert.match(container.querySelector('#panel-contradictions .explanation')?.textContent ?? '', /<img src=x onerror=/);
    assert.match(container.querySelector('#panel-sourcing')?.textContent ?? '', /<script>window.__pwned = 1<\/script> reported/);
    assert.match(container.querySelector('#panel-timeline')?.textContent ?? '', /<iframe src="javascript:alert\(1\)"><\/iframe>/);
    for (const element of Array.from(container.querySelectorAll('*'))) {
      for (const attribute of element.getAttributeNames()) assert.doesNotMatch(attribute, /^on/i, `${element.tagName} has ${attribute}`);
    }
  });

  test('an analysis stored before calls, events and contradictions existed still renders', () => {
    const container = document.createElement('section');
    const { calls: _calls, events: _events, contradictions: _contradictions, dates: _dates, ...old } = empty('Old text.');
    renderAnalysis(container, old as Analysis);
    assert.equal(container.querySelector('#panel-calls')?.textContent, 'No calls to act found.');
  });
});
