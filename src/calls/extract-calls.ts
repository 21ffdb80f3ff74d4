/**
 * Calls to act: small extractors, each one pattern family, then ordered refiners. The order of
 * refiners matters: actors are filled in before overlaps are dropped (a call that names its actor
 * wins over the same call found without one), and conditions are read last, from the final action.
 */
import type { WorkingDocument } from '../pipeline/document.js';
import type { Call, EntityRef } from '../types.js';
import { coverSpans, type CallCandidate } from './candidate.js';
import { entityRefFor } from './entity-ref.js';
import { extractCallFor } from './extractors/call-for.js';
import { extractModal } from './extractors/modal.js';
import { extractPushBack } from './extractors/push-back.js';
import { extractUrgingVerb } from './extractors/urging-verb.js';
import { markConditions } from './refiners/condition.js';
import { dropOverlaps } from './refiners/drop-overlaps.js';
import { fillActors } from './refiners/fill-actor.js';
import { sentenceViews, type SentenceView } from './sentence-view.js';

type Extractor = (doc: WorkingDocument, view: SentenceView) => CallCandidate[];

/** The extractors, in order; earlier ones win ties in `dropOverlaps`. */
const EXTRACTORS: readonly Extractor[] = [extractUrgingVerb, extractCallFor, extractModal, extractPushBack];

/** "You should resign," Warren told Stumpf: the addressee of "you" is the object of "told". */
function addresseeOfYou(doc: WorkingDocument, view: SentenceView): EntityRef | null {
  const told = view.words.indexOf('told');
  if (told < 0) return null;
  const next = view.tokens[told + 1];
  if (!next) return null;
  const ref = entityRefFor(doc, { start: next.start, end: next.end });
  return ref.name !== null && ref.name.toLowerCase() !== 'reporters' ? ref : null;
}

function toCall(doc: WorkingDocument, view: SentenceView, candidate: CallCandidate): Call {
  const actor = candidate.actorRef ?? entityRefFor(doc, candidate.actor);
  let target = entityRefFor(doc, candidate.target);
  if (target.entity === null && target.name !== null && target.name.toLowerCase() === 'you') target = addresseeOfYou(doc, view) ?? target;
  const evidence = coverSpans([candidate.actor, candidate.target, candidate.trigger, candidate.action, candidate.condition]);
  return {
    actor, target,
    action: doc.text.slice(candidate.action.start, candidate.action.end),
    stance: candidate.stance,
    negated: candidate.negated,
    conditional: candidate.condition !== undefined,
    ...(candidate.condition ? { condition: candidate.condition } : {}),
    evidence,
    source: `rule:call/${candidate.rule}`,
  };
}

/** Find the calls to act in a segmented document (quotes and entities are used when present). */
export function extractCalls(doc: WorkingDocument): Call[] {
  const calls: Call[] = [];
  for (const view of sentenceViews(doc)) {
    let candidates: CallCandidate[] = [];
    for (const extract of EXTRACTORS) candidates.push(...extract(doc, view));
    if (candidates.length === 0) continue;
    fillActors(doc, view, candidates);
    candidates = dropOverlaps(candidates);
    markConditions(doc, view, candidates);
    for (const candidate of candidates) calls.push(toCall(doc, view, candidate));
  }
  return calls;
}
