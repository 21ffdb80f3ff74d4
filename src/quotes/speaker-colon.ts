/**
 * Transcript and headline attributions: a short name opening a paragraph, then a colon
 * ("PENCE: Gennifer Flowers will not be attending…", "Pence: Trump Was 'Mocking' Clinton Camp"), and a headline
 * opening the document with its source as label ("Poll: Clinton and Trump in dead heat").
 * The content is the rest of the paragraph. Labels that are not speakers ("Update:", "Photo:") are
 * listed in data/lexicons/not-speaker-labels.tsv.
 */
import { lazy, readList } from '../text/lexicon.js';
import { isCapitalizedToken, type TextView } from '../text/view.js';
import type { Paragraph } from '../types.js';
import type { Attribution } from './attribution.js';
import { hasClass } from './phrases.js';

/** A paragraph opening with a capitalized label and a colon. */
const LABEL = /^["\u201c]?[A-Z][\p{L}.' -]{0,40}:/u;

/** Labels that are not speakers ("Update:", "Photo:"), lower-cased. */
export const notSpeakers = lazy(() => new Set(readList('lexicons/not-speaker-labels.tsv').map((w) => w.toLowerCase())));

/** Longest headline, in tokens, whose label reads as its source ("Pence: Gennifer Flowers Won't Be at Debate"). */
const HEADLINE_TOKENS = 40;

/**
 * A document opening with a one-line headline `Name: claim` ("Poll: Clinton and Trump in dead heat",
 * "Pat Caddell: Democrat Voters Worried …"): the label is its source. A label opening with a determiner
 * ("The Latest:", "A Curious Plan …:") is a title, not a source.
 */
function isHeadlineLabel(view: TextView, paragraph: Paragraph, nameFrom: number, colon: number): boolean {
  if (view.text.slice(paragraph.start, paragraph.end).includes('\n')) return false;
  if (hasClass(view.lower[nameFrom]!, 'det') || hasClass(view.lower[nameFrom]!, 'poss')) return false;
  let tokens = 0;
  for (let k = colon; k < view.tokens.length && view.tokens[k]!.end <= paragraph.end; k++) tokens++;
  return tokens <= HEADLINE_TOKENS;
}

/** Find `NAME: content` paragraphs. */
export function findSpeakerColons(view: TextView, paragraphs: readonly Paragraph[], usedCues: Set<number>): Attribution[] {
  const found: Attribution[] = [];
  let t = 0;
  const labelled = paragraphs.map((p) => LABEL.test(view.text.slice(p.start, Math.min(p.end, p.start + 40))));
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    while (t < view.tokens.length && view.tokens[t]!.start < paragraph.start) t++;
    let k = t;
    if (view.tokens[k]?.norm === '"') k++;
    const nameFrom = k;
    while (k < view.tokens.length && k - nameFrom < 4 && view.tokens[k]!.end <= paragraph.end && isCapitalizedToken(view, k)) k++;
    if (k === nameFrom || view.tokens[k]?.norm !== ':' || usedCues.has(k)) continue;
    if (notSpeakers().has(view.lower[nameFrom]!) || notSpeakers().has(view.lower[k - 1]!)) continue;
    // Transcript labels are in capitals ("PENCE:"); a Title Case label is a headline unless a quotation follows.
    let capitals = true;
    for (let w = nameFrom; w < k; w++) if (view.tokens[w]!.norm !== view.tokens[w]!.norm.toUpperCase()) capitals = false;
    const quotationFollows = view.tokens[k + 1]?.norm === '"';
    if (!capitals && !quotationFollows && !(index === 0 && isHeadlineLabel(view, paragraph, nameFrom, k))) continue;
    // At least three words of content after the colon, within the paragraph.
    let contentEnd = k + 1;
    while (contentEnd < view.tokens.length && view.tokens[contentEnd]!.end <= paragraph.end) contentEnd++;
    if (contentEnd - (k + 1) < 3) continue;
    // A transcript turn goes on over following quoted paragraphs until the next label.
    for (let next = index + 1; next < paragraphs.length && capitals && !labelled[next]; next++) {
      const following = paragraphs[next]!;
      const opening = view.text.charAt(following.start);
      if (opening !== '"' && opening !== '\u201c') break;
      if (view.text.charAt(following.start + 1) === '(') break;
      while (contentEnd < view.tokens.length && view.tokens[contentEnd]!.end <= following.end) contentEnd++;
    }
    let last = contentEnd;
    while (last > k + 1 && (view.tokens[last - 1]!.norm === '"' || view.tokens[last - 1]!.norm === '.')) last--;
    usedCues.add(k);
    found.push({
      fragments: [{ start: view.tokens[k + 1]!.start, end: view.tokens[last - 1]!.end }],
      cue: { from: k, to: k + 1 },
      speaker: { from: nameFrom, to: k },
      appositive: null,
      medium: null,
      quotedSpans: [],
      confidence: 0.7,
      source: 'rule:quote/speaker-colon',
      reason: 'a name and a colon open the paragraph, as in a transcript or a headline',
    });
  }
  return found;
}
