/** Builds the inputs of event extraction from a plain text, for tests and scripts that run without the full pipeline. */
import { extractDates } from '../dates/extract.js';
import { parseDay } from '../dates/calendar.js';
import { segment } from '../text/segment.js';
import type { Entity } from '../types.js';
import type { EventInput } from './extract.js';

/** Segment a text and find its dates against a reference date, with the given entities. */
export function eventInput(text: string, reference: string, entities: Entity[] = []): EventInput {
  const { tokens, sentences } = segment(text);
  return { text, tokens, sentences, dates: extractDates(text, tokens, parseDay(reference)), entities };
}

/** A person entity whose mentions are every occurrence of the given surface forms in the text. */
export function personEntity(text: string, id: string, name: string, forms: readonly string[]): Entity {
  const mentions = forms.flatMap((form) => {
    const found = [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      found.push({ start: at, end: at + form.length, text: form, kind: 'name' as const, source: 'rule:test' as const });
    }
    return found;
  });
  return { id, type: 'person', name, mentions };
}
