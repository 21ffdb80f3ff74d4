/** A compact, reviewable projection of an Analysis for golden files: what a reader checks, not every offset. */
import type { Analysis } from '../../src/types.js';

/** Project the fields a reviewer reads: quotations with speakers, people, dates, calls, contradictions. */
export function projectAnalysis(analysis: Analysis): unknown {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return {
    quotes: analysis.quotes.map((q) => ({
      kind: q.kind,
      speaker: q.speaker.entity ? names.get(q.speaker.entity) : q.speaker.name,
      anonymous: q.speaker.anonymous,
      cue: q.cue?.text ?? null,
      content: q.content.text.replace(/\s+/g, ' ').slice(0, 120),
    })),
    people: analysis.entities
      .filter((e) => e.type === 'person')
      .map((e) => [e.name, e.title ?? '', e.party ?? '', e.state ?? '', e.anonymous ? 'anonymous' : ''].join(' | ')),
    others: analysis.entities.filter((e) => e.type !== 'person').map((e) => `${e.type}: ${e.name}`),
    dates: analysis.dates.map((d) => `${d.text} → ${d.value}`),
    calls: analysis.calls.map((c) => `${c.actor.name ?? '?'} → ${c.target.name ?? '?'}: ${c.negated ? 'not ' : ''}${c.action}${c.conditional ? ' (if)' : ''}`),
    contradictions: analysis.contradictions.map((c) => `${c.person.name}: ${c.statement.text} ⟂ ${c.conflictsWith.text}`),
    diagnostics: analysis.diagnostics.map((d) => d.code),
  };
}
