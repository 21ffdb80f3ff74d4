/** Convenience entry point: segment a text and extract its dates against an optional reference date (YYYY-MM-DD). */
import { segment } from '../text/segment.js';
import type { DateExpression } from '../types.js';
import { extractDates } from './extract.js';
import { chooseReference } from './reference-date.js';

/** Find and normalize the temporal expressions of a plain text. */
export function findDates(text: string, reference?: string): DateExpression[] {
  const { tokens } = segment(text);
  return extractDates(text, tokens, chooseReference(text, tokens, reference).day);
}
