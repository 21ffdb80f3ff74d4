/** Grouping quotations by speaker and giving each speaker a stable colour class. */
import type { Analysis, Entity, Quote } from '../../src/types.js';

/** Number of distinct speaker colours in styles.css (.speaker-0 … .speaker-7). */
export const SPEAKER_COLOURS = 8;

/** One speaker of an article with their quotations. */
export interface SpeakerGroup {
  key: string;
  label: string;
  colour: number;
  anonymous: boolean;
  entity: Entity | null;
  description?: string;
  quotes: Quote[];
}

/** A key that identifies the same speaker across quotations: the entity, else the name, else the description. */
export function speakerKey(quote: Quote): string {
  if (quote.speaker.entity) return `entity:${quote.speaker.entity}`;
  if (quote.speaker.name) return `name:${quote.speaker.name.toLowerCase()}`;
  if (quote.speaker.anonymous) return `anonymous:${(quote.speaker.description ?? quote.speaker.mention?.text ?? '').toLowerCase()}`;
  return 'unknown';
}

/** A speaker's readable label. */
export function speakerLabel(quote: Quote): string {
  return quote.speaker.name ?? quote.speaker.description ?? quote.speaker.mention?.text ?? (quote.speaker.anonymous ? 'Unnamed source' : 'Unattributed');
}

/** Group an analysis' quotations by speaker, most quoted first; the eight most quoted get distinct colours. */
export function groupSpeakers(analysis: Analysis): SpeakerGroup[] {
  const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const groups = new Map<string, SpeakerGroup>();
  const ordered = [...analysis.quotes].sort((a, b) => a.content.start - b.content.start);
  for (const quote of ordered) {
    const key = speakerKey(quote);
    let group = groups.get(key);
    if (!group) {
      const entity = quote.speaker.entity ? entities.get(quote.speaker.entity) ?? null : null;
      group = {
        key,
        label: speakerLabel(quote),
        colour: 0,
        anonymous: quote.speaker.anonymous || entity?.anonymous === true,
        entity,
        ...(quote.speaker.description ? { description: quote.speaker.description } : {}),
        quotes: [],
      };
      groups.set(key, group);
    }
    group.quotes.push(quote);
  }
  const ranked = [...groups.values()].sort((a, b) => b.quotes.length - a.quotes.length);
  ranked.forEach((group, rank) => {
    group.colour = rank % SPEAKER_COLOURS;
  });
  return ranked;
}
