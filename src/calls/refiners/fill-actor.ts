/** Give calls without an explicit actor one from the enclosing quotation's speaker or the sentence's speech verb. */
import type { WorkingDocument } from '../../pipeline/document.js';
import { firstNamedRun, quoteContaining, rangeSpan, speakerRef, speechSubject } from '../attribution.js';
import type { CallCandidate } from '../candidate.js';
import { tokenIndexFrom, type SentenceView } from '../sentence-view.js';

const FIRST_RUN_LIMIT = 12;

/** Fill in missing actors; unattributed noun calls ("calls for him to resign") stay without one. */
export function fillActors(doc: WorkingDocument, view: SentenceView, candidates: CallCandidate[]): void {
  for (const candidate of candidates) {
    if (candidate.sentence !== view.index || candidate.actor || candidate.actorRef) continue;
    if (candidate.rule === 'call-for/noun') continue;
    const quote = quoteContaining(doc, candidate.trigger);
    const quoted = quote ? speakerRef(quote) : null;
    if (quoted) {
      candidate.actorRef = quoted;
      continue;
    }
    const triggerIndex = tokenIndexFrom(view, candidate.trigger.start);
    const subject = speechSubject(doc.text, view, triggerIndex, view.words.length) ?? firstNamedRun(doc.text, view, Math.min(FIRST_RUN_LIMIT, Math.max(triggerIndex, 0)));
    candidate.actor = rangeSpan(view, subject);
  }
}
