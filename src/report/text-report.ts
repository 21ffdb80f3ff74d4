/** A readable plain-text report of an Analysis: quotations grouped by speaker, people, dates, calls, diagnostics. */
import { callLine } from './call-line.js';
import { timeline } from '../events/timeline.js';
import type { Analysis, Entity, Quote } from '../types.js';

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function describe(entity: Entity | undefined): string {
  if (!entity) return '';
  const parts = [entity.title, entity.party && entity.state ? `${entity.party}-${entity.state}` : entity.party ?? entity.state].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** Render the report; `width` bounds quoted text per line. */
export function renderTextReport(analysis: Analysis, width = 100): string {
  const out: string[] = [];
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const header = [analysis.title, analysis.date ? `published ${analysis.date}` : undefined].filter(Boolean).join(' — ');
  if (header) out.push(header, '');
  out.push(`${analysis.quotes.length} quotation(s), ${analysis.entities.filter((e) => e.type === 'person').length} people`, '');

  const groups = new Map<string, Quote[]>();
  for (const quote of analysis.quotes) {
    const key = quote.speaker.entity ?? (quote.speaker.name ? `name:${quote.speaker.name}` : 'unknown');
    const list = groups.get(key) ?? [];
    list.push(quote);
    groups.set(key, list);
  }
  if (groups.size) out.push('QUOTATIONS BY SPEAKER');
  for (const [key, quotes] of groups) {
    const first = quotes[0]!;
    const entity = entities.get(key);
    const name = entity?.name ?? first.speaker.name ?? (first.speaker.anonymous ? first.speaker.description ?? 'anonymous source' : 'unknown speaker');
    const anonymous = first.speaker.anonymous ? ' [anonymous]' : '';
    out.push(`\n● ${name}${describe(entity)}${anonymous}`);
    for (const quote of quotes) {
      const cue = quote.cue ? ` — ${quote.cue.text}` : '';
      const medium = quote.medium ? `, ${quote.medium.text}` : '';
      const content = quote.fragments.map((f) => analysis.text.slice(f.start, f.end)).join(' … ');
      out.push(`  [${quote.kind}] ${clip(content, width)}${cue}${medium}`);
    }
  }

  const people = analysis.entities.filter((e) => e.type === 'person' && !e.anonymous);
  if (people.length) {
    out.push('', 'PEOPLE');
    for (const person of people) {
      const said = analysis.quotes.filter((q) => q.speaker.entity === person.id).length;
      out.push(`  ${person.name}${describe(person)} — ${person.mentions.length} mention(s), ${said} quotation(s)`);
    }
  }
  const others = analysis.entities.filter((e) => e.type !== 'person' && !e.anonymous);
  if (others.length) {
    out.push('', 'ORGANIZATIONS, PLACES AND GROUPS');
    out.push(`  ${others.map((e) => `${e.name} (${e.type})`).join('; ')}`);
  }
  if (analysis.dates.length) {
    out.push('', 'DATES');
    for (const date of analysis.dates) out.push(`  ${date.text} → ${date.value}`);
  }
  // Dated events only: statements are events too ("Schumer said Thursday"), so quotations would repeat them.
  const events = timeline(analysis).filter((entry) => entry.kind === 'event');
  if (events.length) {
    out.push('', 'TIMELINE');
    const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
    for (const entry of events) {
      if (entry.kind !== 'event') continue;
      const actors = entry.event.actors.map((a) => (a.entity ? names.get(a.entity) : a.name) ?? '?').join(', ');
      out.push(`  ${entry.value.padEnd(12)} ${actors} ${entry.event.action.text}${entry.event.object ? ` ${entry.event.object.text}` : ''}`);
    }
  }
  if (analysis.calls.length) {
    out.push('', 'CALLS TO ACT');
    for (const call of analysis.calls) out.push(`  ${callLine({ ...call, actor: call.actor.name, target: call.target.name })}`);
  }
  if (analysis.sourcing) {
    const s = analysis.sourcing;
    out.push('', 'SOURCING', `  named sources: ${s.namedSources}, anonymous: ${s.anonymousSources}, hedges: ${s.hedges.map((h) => h.text).join(', ') || 'none'}`);
  }
  if (analysis.contradictions.length) {
    out.push('', 'CONTRADICTIONS');
    for (const c of analysis.contradictions) {
      out.push(`  ${c.person.name ?? '?'}: “${clip(c.statement.text, width)}”`, `    vs “${clip(c.conflictsWith.text, width)}”`, `    ${c.explanation}`);
    }
  }
  if (analysis.diagnostics.length) {
    out.push('', 'DIAGNOSTICS');
    for (const d of analysis.diagnostics) out.push(`  ${d.severity}: ${d.code}: ${d.message}${d.span ? ` (at ${d.span.start})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
