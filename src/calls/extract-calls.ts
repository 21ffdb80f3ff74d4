/**
 * Calls to act: small extractors, each one pattern family, then ordered refiners. The order of
 * refiners matters: actors are filled in before overlaps are dropped (a call that names its actor
 * wins over the same call found without one), and conditions are read last, from the final action.
 */
import type { WorkingDocument } from '../pipeline/document.js';
import { resolvePronoun } from '../contradictions/people.js';
import type { Call, EntityRef, Span } from '../types.js';
import { quoteContaining } from './attribution.js';
import { coverSpans, type CallCandidate } from './candidate.js';
import { entityRefFor } from './entity-ref.js';
import { extractCallFor } from './extractors/call-for.js';
import { extractModal } from './extractors/modal.js';
import { extractPushBack } from './extractors/push-back.js';
import { extractUrgingVerb } from './extractors/urging-verb.js';
import { markConditions } from './refiners/condition.js';
import { dropOverlaps } from './refiners/drop-overlaps.js';
import { fillActors } from './refiners/fill-actor.js';
import { sentenceViews, viewAt, type SentenceView, tokenIndexFrom } from './sentence-view.js';

const RESOLVABLE_PRONOUNS = new Set(['he', 'she', 'him', 'her']);

type Extractor = (doc: WorkingDocument, view: SentenceView) => CallCandidate[];

/** The extractors, in order; earlier ones win ties in `dropOverlaps`. */
const EXTRACTORS: readonly Extractor[] = [extractUrgingVerb, extractCallFor, extractModal, extractPushBack];

/** "You should resign," Warren told Stumpf: the addressee of "you" is the object of "told" (in the quotation's cue sentence). */
function addresseeOfYou(doc: WorkingDocument, views: readonly SentenceView[], view: SentenceView, at: Span): EntityRef | null {
  const quote = quoteContaining(doc, at);
  const cue = quote?.cue;
  const cueView = cue ? viewAt(views, cue.start) : view;
  if (!cueView) return null;
  const told = cueView.words.indexOf('told');
  const next = cueView.tokens[told + 1];
  if (told < 0 || !next) return null;
  const ref = entityRefFor(doc, { start: next.start, end: next.end });
  return ref.name !== null && ref.name.toLowerCase() !== 'reporters' ? ref : null;
}

/** An entity reference for a span; a lone he/she/him/her without an entity is resolved by the nearby-subject rule. */
function personRef(doc: WorkingDocument, views: readonly SentenceView[], view: SentenceView, span: Span | null): EntityRef {
  const ref = entityRefFor(doc, span);
  if (!span || ref.entity !== null || !RESOLVABLE_PRONOUNS.has((ref.name ?? '').toLowerCase())) return ref;
  const found = tokenIndexFrom(view, span.start);
  const at = found >= 0 && view.tokens[found]!.start === span.start ? found : -1;
  const person = at >= 0 ? resolvePronoun(doc, views, view, at) : null;
  return person ? { entity: person.entity, name: person.name } : ref;
}

/** A call by someone on themself ("she needs to raise revenue") or by a thing ("it would encourage") is no call. */
function isSelfOrThing(call: Call): boolean {
  const actor = call.actor.name?.toLowerCase() ?? null;
  const target = call.target.name?.toLowerCase() ?? null;
  if (actor === 'it' || actor === 'this' || actor === 'that') return true;
  if (call.actor.entity !== null && call.actor.entity === call.target.entity) return true;
  return actor !== null && actor === target;
}

function toCall(doc: WorkingDocument, views: readonly SentenceView[], view: SentenceView, candidate: CallCandidate): Call {
  const actor = candidate.actorRef ?? personRef(doc, views, view, candidate.actor);
  let target = personRef(doc, views, view, candidate.target);
  if (target.entity === null && target.name !== null && target.name.toLowerCase() === 'you') target = addresseeOfYou(doc, views, view, candidate.trigger) ?? target;
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
  const views = sentenceViews(doc);
  for (const view of views) {
    let candidates: CallCandidate[] = [];
    for (const extract of EXTRACTORS) candidates.push(...extract(doc, view));
    if (candidates.length === 0) continue;
    fillActors(doc, view, candidates);
    candidates = dropOverlaps(candidates);
    markConditions(doc, view, candidates);
    for (const candidate of candidates) {
      const call = toCall(doc, views, view, candidate);
      if (isSelfOrThing(call)) continue;
      calls.push(call);
    }
  }
  return calls;
}
