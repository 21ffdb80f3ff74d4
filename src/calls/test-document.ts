/** Build small working documents for the tests of calls, sourcing and contradictions (segmented, optional quotes and entities). */
import { createDocument, type WorkingDocument } from '../pipeline/document.js';
import { segment } from '../text/segment.js';
import type { Entity, Quote, QuoteKind } from '../types.js';

/** A segmented document for `text`, with no quotes or entities. */
export function segmentedDocument(text: string): WorkingDocument {
  const doc = createDocument(text, {});
  const segmentation = segment(text);
  doc.paragraphs = segmentation.paragraphs;
  doc.sentences = segmentation.sentences;
  doc.tokens = segmentation.tokens;
  return doc;
}

/** A quotation whose content is the first occurrence of `content` and whose speaker is the first occurrence of `speaker` after `content`. */
export function quoteOf(text: string, content: string, speaker: string, kind: QuoteKind = 'direct', entity: string | null = null): Quote {
  const start = text.indexOf(content);
  if (start < 0) throw new Error(`"${content}" is not in the text`);
  const speakerStart = text.indexOf(speaker, start + content.length);
  const mentionStart = speakerStart >= 0 ? speakerStart : text.indexOf(speaker);
  return {
    id: `q${start}`,
    kind,
    content: { start, end: start + content.length, text: content },
    fragments: [{ start, end: start + content.length }],
    cue: null,
    speaker: { mention: { start: mentionStart, end: mentionStart + speaker.length, text: speaker }, entity, name: entity === null ? null : speaker, anonymous: false },
    confidence: 0.9,
    source: 'rule:test',
  };
}

/** A person entity with a name mention at every occurrence of each given surface form. */
export function personEntity(text: string, id: string, name: string, forms: readonly string[], extra: Partial<Entity> = {}): Entity {
  const mentions: Entity['mentions'] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      mentions.push({ start: at, end: at + form.length, text: form, kind: 'name', source: 'rule:test' });
    }
  }
  return { id, type: 'person', name, mentions, ...extra };
}
