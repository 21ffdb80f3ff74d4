/**
 * Who a stretch of text refers to: an entity mention from doc.entities that overlaps it, else the
 * capitalized name written there. Built once per document as a sorted list of mention spans.
 */
import type { Entity, EntityRef, Span } from '../types.js';
import { lowerBound } from '../text/spans.js';

/** A mention span with the entity it belongs to. */
export interface MentionEntry extends Span {
  entity: Entity;
  kind: string;
}

/** All entity mentions of a document, sorted by start. */
export function indexMentions(entities: readonly Entity[]): MentionEntry[] {
  const entries: MentionEntry[] = [];
  for (const entity of entities) for (const mention of entity.mentions) entries.push({ start: mention.start, end: mention.end, entity, kind: mention.kind });
  return entries.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The mentions overlapping a span, in text order (binary search on start, then a short scan). */
export function mentionsIn(index: readonly MentionEntry[], span: Span): MentionEntry[] {
  // First entry whose start is at or after span.start - 200: mentions are short, so none earlier can overlap.
  const low = lowerBound(index, span.start - 200);
  const found: MentionEntry[] = [];
  for (let i = low; i < index.length && index[i]!.start < span.end; i++) {
    const entry = index[i]!;
    if (entry.end > span.start) found.push(entry);
  }
  return found;
}

/** An EntityRef for a mention entry. */
export function refOf(entry: MentionEntry): EntityRef {
  return { entity: entry.entity.id, name: entry.entity.name };
}
