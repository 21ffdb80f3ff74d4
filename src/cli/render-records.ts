/** Plain-text lines for timeline entries, calls and contradictions, shared by `timeline`, `calls`, `contradictions` and `person`. */
import { callLine } from '../report/call-line.js';
import type { CallRecord, ContradictionRecord, TimelineEntry } from '../store/types.js';

/** One timeline entry: date (or "undated"), role, the event's words, and where it was reported. */
export function renderTimelineEntry(entry: TimelineEntry): string {
  const where = [entry.outlet, entry.articleTitle ?? entry.articleId].filter(Boolean).join(', ');
  const role = entry.role === 'participant' ? ' (took part)' : '';
  return `${(entry.date ?? 'undated').padEnd(13)} ${entry.text}${role}\n${' '.repeat(14)}${where} [${entry.articleId} ${entry.start}-${entry.end}]`;
}

/** One call: who urges whom to do what (as in the article report), its evidence and source. */
export function renderCall(call: CallRecord): string {
  const where = [call.outlet, call.date, call.articleTitle ?? call.articleId].filter(Boolean).join(', ');
  return `${callLine({ ...call, actor: call.actor.name, target: call.target.name })}\n    “${call.evidence.text}”\n    ${where} [${call.id}]`;
}

/** One contradiction: the person's statement, what conflicts with it, and where each is. */
export function renderContradiction(item: ContradictionRecord): string {
  const scope = item.scope === 'corpus' ? 'across articles' : 'in one article';
  const dated = (date: string | undefined): string => (date ? ` (${date})` : '');
  return [
    `${item.person.name}, ${scope}, confidence ${item.confidence.toFixed(2)}`,
    `    said:     “${item.statement.text}”${dated(item.statementDate)} [${item.statement.articleId} ${item.statement.start}-${item.statement.end}]`,
    `    against:  “${item.conflictsWith.text}”${dated(item.factDate)} [${item.conflictsWith.articleId} ${item.conflictsWith.start}-${item.conflictsWith.end}]`,
    `    ${item.explanation}`,
  ].join('\n');
}
