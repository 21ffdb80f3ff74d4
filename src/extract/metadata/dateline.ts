/** The dateline that opens a news story: "WASHINGTON (CNN) —", "CLEVELAND, Ohio –", "LONDON, March 2 (Reuters) -". */
import type { Span } from '../../types.js';

// Upper-case place words, an optional ", State" or ", Month Day", an optional "(Agency)", then a dash.
// Every repetition is bounded and separated by a required character, so matching stays linear.
const DATELINE = /^([A-Z][A-Z.'’-]{1,30}(?:[ /][A-Z][A-Z.'’-]{0,30}){0,3}(?:,\s[A-Z][A-Za-z.]{1,20}(?:\s[A-Z0-9][A-Za-z0-9.]{0,20}){0,2})?(?:\s\([A-Za-z .&-]{1,40}\))?)\s{0,3}[—–-]{1,2}\s/u;

/** The dateline at the start of the first paragraph, as a span of the text (without the dash), or null. */
export function findDateline(text: string, firstParagraph: Span | undefined): (Span & { text: string }) | null {
  if (!firstParagraph) return null;
  const paragraph = text.slice(firstParagraph.start, Math.min(firstParagraph.end, firstParagraph.start + 200));
  const match = DATELINE.exec(paragraph);
  const place = match?.[1];
  if (!place || !/[A-Z]{3}/.test(place)) return null;
  const start = firstParagraph.start;
  return { start, end: start + place.length, text: place };
}
