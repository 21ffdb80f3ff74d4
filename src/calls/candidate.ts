/** The working form of a call while extractors and refiners pass it along: spans, not yet entity references. */
import type { EntityRef, Span, TextSpan } from '../types.js';

/** A call found by one extractor, before refiners resolve its actor and target. */
export interface CallCandidate {
  sentence: number;
  /** The words naming the actor, when the pattern has them. */
  actor: Span | null;
  /** An actor already resolved elsewhere (the speaker of the quotation the call sits in). */
  actorRef?: EntityRef;
  target: Span | null;
  /** The verb, modal or noun that carries the call ("urged", "should", "calls for"). */
  trigger: Span;
  action: Span;
  stance: 'for' | 'against';
  negated: boolean;
  condition?: TextSpan;
  /** Extractor name, e.g. "urging-verb"; becomes `rule:call/<name>`. */
  rule: string;
}

/** The smallest span covering every given span (nulls ignored). */
export function coverSpans(spans: ReadonlyArray<Span | null | undefined>): Span {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return Number.isFinite(start) ? { start, end } : { start: 0, end: 0 };
}

/** Whether two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
