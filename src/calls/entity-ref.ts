/** Map a span of text naming someone to an entity reference, through the entities' mention offsets. */
import type { WorkingDocument } from '../pipeline/document.js';
import type { Entity, EntityRef, Span } from '../types.js';
import { lowerBound } from '../text/spans.js';

const LEADING_WORDS = /^(?:the|a|an|like|some|other|many|several)\s+/i;
/** Capitalized words that open a sentence without naming anyone. */
export const NOT_A_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'Some', 'Many', 'Several', 'Other', 'Others', 'This', 'That', 'These', 'Those', 'Most', 'Few', 'All', 'Both', 'Each', 'Every', 'Like', 'But', 'And']);

/** Entity mentions sorted by start, with the running maximum of their ends, for overlap lookups. */
interface MentionIndex {
  size: number;
  mentions: Array<{ start: number; end: number; kind: string; entity: Entity }>;
  maxEnd: number[];
}

// A memo keyed by the entities array itself: it adds no behaviour, only keeps lookups logarithmic on long input.
const mentionIndexes = new WeakMap<readonly Entity[], MentionIndex>();

function mentionIndex(entities: readonly Entity[]): MentionIndex {
  let index = mentionIndexes.get(entities);
  if (index && index.size === entities.length) return index;
  const mentions = entities.flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, kind: mention.kind as string, entity })));
  mentions.sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let running = -1;
  for (const mention of mentions) maxEnd.push((running = Math.max(running, mention.end)));
  index = { size: entities.length, mentions, maxEnd };
  mentionIndexes.set(entities, index);
  return index;
}

/** The entity with a mention overlapping the span most (people and organizations first), if any. */
export function entityAt(doc: WorkingDocument, span: Span): Entity | undefined {
  const { mentions, maxEnd } = mentionIndex(doc.entities);
  const low = lowerBound(mentions, span.end);
  let best: Entity | undefined;
  let bestScore = 0;
  for (let k = low - 1; k >= 0 && maxEnd[k]! > span.start; k--) {
    const mention = mentions[k]!;
    const overlap = Math.min(mention.end, span.end) - Math.max(mention.start, span.start);
    if (overlap <= 0) continue;
    const entity = mention.entity;
    const score = overlap + (entity.type === 'person' ? 0.5 : entity.type === 'place' ? -0.5 : 0) + (mention.kind === 'pronoun' ? -0.25 : 0);
    if (score > bestScore) {
      best = entity;
      bestScore = score;
    }
  }
  return best;
}

/** The entity with a mention lying inside the span (the longest such mention), if any: "Sessions" in "Sessions' spokeswoman" is not the spokeswoman. */
export function entityWithin(doc: WorkingDocument, span: Span): Entity | undefined {
  const { mentions } = mentionIndex(doc.entities);
  const low = lowerBound(mentions, span.start);
  let best: { entity: Entity; length: number } | undefined;
  for (let k = low; k < mentions.length && mentions[k]!.start < span.end; k++) {
    const mention = mentions[k]!;
    if (mention.end > span.end) continue;
    const length = mention.end - mention.start;
    if (!best || length > best.length) best = { entity: mention.entity, length };
  }
  return best?.entity;
}

/** The longest run of capitalized words in a phrase ("Democratic leader Rep. Nancy Pelosi released a statement" → "Rep. Nancy Pelosi"). */
export function capitalizedCore(phrase: string): string {
  const words = phrase.split(/\s+/);
  let best: string[] = [];
  let run: string[] = [];
  for (const word of words) {
    const first = word.charAt(0);
    if (first !== first.toLowerCase() || (run.length > 0 && (word === 'of' || word === 'for'))) run.push(word);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  while (best.length > 0 && (best[best.length - 1] === 'of' || best[best.length - 1] === 'for')) best.pop();
  while (best.length > 0 && NOT_A_NAME.has(best[0] ?? '')) best.shift();
  // "the South Carolina senator": a capitalized modifier of the phrase's final noun is not the name.
  const end = words.lastIndexOf(best[best.length - 1] ?? '');
  if (best.length > 0 && end === words.length - 2) return '';
  return best.join(' ');
}

/** An entity reference for the words in `span`: the entity whose mention overlaps it, else the words themselves. */
export function entityRefFor(doc: WorkingDocument, span: Span | null): EntityRef {
  if (!span || span.end <= span.start) return { entity: null, name: null };
  const entity = entityAt(doc, span);
  if (entity) return { entity: entity.id, name: entity.name };
  const text = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  const core = capitalizedCore(text);
  return { entity: null, name: core !== '' ? core.replace(/[,'\u2019]+$/, '') : text.replace(LEADING_WORDS, '') };
}
