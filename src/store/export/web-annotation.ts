/**
 * W3C Web Annotation (JSON-LD) for an article's quotations and entity mentions: each annotation
 * targets the article with a TextQuoteSelector (exact text with prefix and suffix) and a
 * TextPositionSelector (code point offsets, as the model counts characters).
 */
import type { Analysis } from '../../types.js';
import type { ArticleRecord } from '../types.js';
import { codePointOffsets } from './code-points.js';

/** The JSON-LD context of the Web Annotation data model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const CONTEXT_CHARS = 32;

/** One annotation as a plain JSON-LD object. */
export interface WebAnnotation {
  '@context': string;
  id: string;
  type: 'Annotation';
  motivation: 'describing' | 'identifying';
  creator: { type: 'Software'; name: string };
  body: Array<{ type: 'TextualBody'; purpose: 'describing' | 'tagging' | 'identifying'; value: string; format?: string }>;
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/** The IRI an article is annotated under: its URL, else a whosaid URN. */
export function articleIri(article: ArticleRecord): string {
  return article.url ?? `urn:whosaid:article:${encodeURIComponent(article.id)}`;
}

/** Annotations for every quotation and every entity mention of one stored article. */
export function webAnnotations(article: ArticleRecord, analysis: Analysis): WebAnnotation[] {
  const text = article.text;
  const toCodePoint = codePointOffsets(text);
  const source = articleIri(article);
  const creator = { type: 'Software' as const, name: analysis.analyzer };
  const target = (start: number, end: number): WebAnnotation['target'] => ({
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS) },
      { type: 'TextPositionSelector', start: toCodePoint(start), end: toCodePoint(end) },
    ],
  });
  const inText = (start: number, end: number): boolean => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  const annotations: WebAnnotation[] = [];
  for (const quote of analysis.quotes) {
    if (!inText(quote.content.start, quote.content.end)) continue;
    const speaker = quote.speaker.name ?? (quote.speaker.anonymous ? 'an anonymous source' : 'an unidentified speaker');
    annotations.push({
      '@context': ANNOTATION_CONTEXT, id: `${source}#quote-${encodeURIComponent(quote.id)}`, type: 'Annotation', motivation: 'describing', creator,
      body: [
        { type: 'TextualBody', purpose: 'describing', value: `${quote.kind} quotation attributed to ${speaker} (${quote.source}, confidence ${quote.confidence})`, format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'quotation' },
      ],
      target: target(quote.content.start, quote.content.end),
    });
  }
  for (const entity of analysis.entities) {
    entity.mentions.forEach((mention, index) => {
      if (!inText(mention.start, mention.end)) return;
      annotations.push({
        '@context': ANNOTATION_CONTEXT, id: `${source}#entity-${encodeURIComponent(entity.id)}-${index}`, type: 'Annotation', motivation: 'identifying', creator,
        body: [
          { type: 'TextualBody', purpose: 'identifying', value: entity.name, format: 'text/plain' },
          { type: 'TextualBody', purpose: 'tagging', value: entity.type },
        ],
        target: target(mention.start, mention.end),
      });
    });
  }
  return annotations;
}
