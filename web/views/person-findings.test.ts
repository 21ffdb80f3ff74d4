import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { CallRecord, ContradictionRecord, Dossier, TimelineEntry } from '../../src/store/types.js';
import { installDocument } from '../test-document.js';
import { callsSection, contradictionsSection, spanRoute, timelineSection } from './person-findings.js';

const HOSTILE = '<script>window.__pwned = 1</script>';
const HOSTILE_IMG = '<img src=x onerror="window.__pwned = 2">';

function call(overrides: Partial<CallRecord>): CallRecord {
  return {
    id: 'c1', articleId: 'cnn-1', articleTitle: 'Sessions recuses himself', outlet: 'CNN', date: '2017-03-02',
    actor: { personId: 'p1', name: 'Charles Schumer' }, target: { personId: 'p2', name: 'Jeff Sessions' }, action: 'resign', stance: 'for', negated: false, conditional: false,
    evidence: { start: 10, end: 31, text: 'Sessions should resign' }, ...overrides,
  };
}

function dossier(overrides: Partial<Dossier>): Dossier {
  return {
    person: { id: 'p2', name: 'Jeff Sessions', titles: [], parties: [], states: [], quoteCount: 0, articleCount: 0 },
    quotesByMonth: [], quotes: [], talksAbout: [], quotedBy: [], timeline: [], calls: { made: [], received: [] }, contradictions: [], ...overrides,
  };
}

const realFetch = globalThis.fetch;

beforeEach(() => {
  installDocument();
});

afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('person findings', () => {
  test('calls received name the actor, the action and the article with the words to highlight', () => {
    const section = callsSection(dossier({ calls: { made: [], received: [call({}), call({ id: 'c2', actor: { personId: 'p3', name: 'Donald Trump' }, action: 'recuse himself', negated: true })] } }));
    const items = Array.from(section.querySelectorAll('#calls-received-heading + ol .call-item'));
    assert.deepEqual(items.map((item) => item.querySelector('.call-line')?.textContent), ['Charles Schumer → Jeff Sessions: resign', 'Donald Trump → Jeff Sessions: not recuse himself']);
    assert.ok(items[1]?.querySelector('.negated-badge'));
    assert.equal(items[0]?.querySelector('.finding-source a')?.getAttribute('href'), '#/articles/cnn-1?start=10&end=31');
    assert.equal(section.querySelector('#calls-made-heading')?.textContent, 'Made (0)');
  });

  test('a contradiction across articles links each side to its own article', () => {
    const contradiction: ContradictionRecord = {
      id: 'x1', scope: 'corpus', person: { personId: 'p2', name: 'Jeff Sessions' },
      statement: { articleId: 'a-1', start: 5, end: 20, text: 'I did not meet them' }, conflictsWith: { articleId: 'a-2', start: 40, end: 60, text: 'he met with Kislyak' },
      statementDate: '2017-01', factDate: '2016', confidence: 0.8, explanation: 'Denied meetings, but met.',
    };
    const item = contradictionsSection(dossier({ contradictions: [contradiction] })).querySelector('.contradiction') as Element;
    assert.equal(item.querySelector('.statement a')?.getAttribute('href'), '#/articles/a-1?start=5&end=20');
    assert.equal(item.querySelector('.fact a')?.getAttribute('href'), '#/articles/a-2?start=40&end=60');
    assert.equal(item.querySelector('.scope-badge')?.textContent, 'across articles');
    assert.equal(item.querySelector('.statement .clash-date')?.textContent, 'January 2017');
  });

  test('a dossier from a server without calls or contradictions shows none', () => {
    const old = dossier({});
    delete (old as Partial<Dossier>).calls;
    delete (old as Partial<Dossier>).contradictions;
    assert.match(callsSection(old).textContent ?? '', /Made \(0\)None found\.Received \(0\)None found\./);
    assert.match(contradictionsSection(old).textContent ?? '', /None found/);
  });

  test('the timeline is read page by page and shows each date resolved', async () => {
    const entries: TimelineEntry[] = [
      { date: '2016', articleId: 'cnn-1', articleTitle: 'Recusal', outlet: 'CNN', action: 'met', text: 'Sessions met twice last year with ambassador Sergey Kislyak', start: 3, end: 60, role: 'actor' },
      { date: null, articleId: 'cnn-1', action: 'hearing', text: 'his hearing', start: 70, end: 81, role: 'participant' },
    ];
    const requested: string[] = [];
    globalThis.fetch = (async (url: string) => {
      requested.push(url);
      return new Response(JSON.stringify({ items: entries, nextCursor: null }), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const section = timelineSection('p2');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(requested, ['/api/people/p2/timeline?limit=50']);
    const items = Array.from(section.querySelectorAll('.timeline-entry'));
    assert.deepEqual(items.map((item) => item.querySelector('.timeline-date')?.textContent), ['2016', 'undated']);
    assert.ok(items[1]?.querySelector('.role-badge'));
    assert.equal(items[0]?.querySelector('.finding-source a')?.getAttribute('href'), `#${spanRoute('cnn-1', { start: 3, end: 60 })}`);
  });

  test('markup in names, actions, evidence, titles and explanations stays text', () => {
    const hostile = dossier({
      calls: { made: [call({ actor: { personId: 'p2', name: HOSTILE }, target: { personId: null, name: HOSTILE_IMG }, action: HOSTILE, evidence: { start: 0, end: 5, text: HOSTILE_IMG }, articleTitle: HOSTILE, outlet: HOSTILE_IMG })], received: [] },
      contradictions: [{ id: 'x', scope: 'article', person: { personId: null, name: HOSTILE }, statement: { articleId: HOSTILE, start: 0, end: 1, text: HOSTILE }, conflictsWith: { articleId: 'a', start: 0, end: 1, text: HOSTILE_IMG }, confidence: 0.5, explanation: HOSTILE_IMG }],
    });
    const container = document.createElement('div');
    container.append(callsSection(hostile), contradictionsSection(hostile));
    assert.equal(container.querySelectorAll('script, img').length, 0);
    assert.ok((container.textContent ?? '').includes(HOSTILE));
    assert.ok((container.textContent ?? '').includes(HOSTILE_IMG));
    assert.equal(container.querySelector('.statement a')?.getAttribute('href'), `#/articles/${encodeURIComponent(HOSTILE)}?start=0&end=1`);
  });
});
