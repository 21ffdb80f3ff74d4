/** The data-file patterns the refiners use, loaded lazily on first use. */
import { lazy, readList } from '../../text/lexicon.js';

/** Class and id words that mark page furniture (data/extract/boilerplate-class-words.txt). */
export const boilerplateClassWords = lazy(() => new Set(readList('extract/boilerplate-class-words.txt')));

/** Whole-block patterns of page furniture (data/extract/boilerplate-lines.txt), each anchored at both ends. */
export const boilerplateLines = lazy(() => readList('extract/boilerplate-lines.txt').map((source) => new RegExp(`^(?:${source})$`, 'iu')));

/** Headings that introduce lists of other stories (data/extract/related-headings.txt), anchored at both ends. */
export const relatedHeadings = lazy(() => readList('extract/related-headings.txt').map((source) => new RegExp(`^(?:${source})$`, 'iu')));

/** Words of a class or id attribute: split at spaces, dashes, underscores and camelCase humps, lower-cased. */
export function attributeWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** Whether a text quotes someone: a quotation of at least three words in straight or curly double quotes. */
export function quotesSomeone(text: string): boolean {
  return /["“][^"“”]{0,400}?\S\s+\S+\s+\S[^"“”]{0,400}?["”]/u.test(text);
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
