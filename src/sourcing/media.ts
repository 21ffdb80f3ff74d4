/** Attribution to other media: "CNN reported", "told Business Insider", "according to The Washington Post". */
import { sentenceViews, tokenSpan, type SentenceView } from '../calls/sentence-view.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { TextSpan } from '../types.js';
import { mediaCues, outletIndex } from './lexicon.js';
import { phrasesStartingWith } from '../calls/phrase-index.js';

function outletAt(view: SentenceView, at: number): { length: number; name: string } | null {
  // Only outlets whose first token is this one can match here (the index keeps longest first).
  for (const outlet of phrasesStartingWith(outletIndex(), view.tokens[at]?.norm)) {
    let ok = true;
    for (let k = 0; k < outlet.words.length; k++) {
      if (view.tokens[at + k]?.norm !== outlet.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { length: outlet.words.length, name: outlet.name };
  }
  return null;
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'last', 'this', 'on', 'in']);
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'appeared', 'appearing', 'speaking', 'spoke', 'interview', 'saying', 'added']);

/** Find outlet names used as a source, with the cue word included in the span. */
export function findMediaAttributions(doc: WorkingDocument, views: readonly SentenceView[] = sentenceViews(doc)): Array<TextSpan & { outlet: string }> {
  const found: Array<TextSpan & { outlet: string }> = [];
  const cues = mediaCues();
  for (const view of views) {
    for (let i = 0; i < view.words.length; i++) {
      const outlet = outletAt(view, i);
      if (!outlet) continue;
      const end = i + outlet.length;
      let from = view.words[i - 1] === 'the' ? i - 1 : i;
      const before = view.words[from - 1] ?? '';
      const after = view.words[end] ?? '';
      // "(CNN) –" is the publisher's own dateline, not a source.
      if (before === '(' && after === ')') {
        i = end - 1;
        continue;
      }
      // "according to CNN", "in an interview with NBC", "said on CNN": the weak cues need their companions.
      const near = view.words.slice(Math.max(0, from - 5), from - 1);
      const cueBefore = cues.before.has(before)
        && (before !== 'to' || view.words[from - 2] === 'according')
        && (before !== 'with' || near.includes('interview'))
        && (before !== 'on' || near.some((word) => SPEECH.has(word)));
      // "told the RT America audience": the outlet is part of a longer name or a noun phrase.
      const next = view.tokens[end];
      const nextWord = view.words[end] ?? '';
      if (next && /^[A-Z]/.test(doc.text.charAt(next.start)) && !TIME_WORDS.has(nextWord) && next.start === view.tokens[end - 1]!.end + 1) {
        i = end - 1;
        continue;
      }
      const cueAfter = cues.after.has(after) && (after !== 'has' || view.words[end + 1] === 'learned' || view.words[end + 1] === 'reported');
      if (!cueBefore && !cueAfter) {
        i = end - 1;
        continue;
      }
      if (cueBefore) from -= before === 'to' ? 2 : 1;
      const spanEnd = cueAfter ? end + (after === 'has' ? 2 : 1) : end;
      const span = tokenSpan(view, from, spanEnd);
      found.push({ ...span, text: doc.text.slice(span.start, span.end), outlet: outlet.name });
      i = spanEnd - 1;
    }
  }
  return found;
}
