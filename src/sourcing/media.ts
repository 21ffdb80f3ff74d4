/** Attribution to other media: "CNN reported", "told Business Insider", "according to The Washington Post". */
import { sentenceViews, tokenSpan, type SentenceView } from '../calls/sentence-view.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { TextSpan } from '../types.js';
import { mediaCues, outlets } from './lexicon.js';

function outletAt(view: SentenceView, at: number): { length: number; name: string } | null {
  for (const outlet of outlets()) {
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
      const cueBefore = cues.before.has(before) && (before !== 'to' || view.words[from - 2] === 'according');
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
