/** Small helpers over spans sorted by start: binary search for containment and overlap. */
import type { Span } from '../types.js';

/**
 * Binary search: the first index in [0, count) at which `before` is false, where `before` holds for
 * a prefix of the indexes and fails for the rest; `count` when it holds everywhere. For the common
 * orders the helpers below loop without a callback (they run on hot paths).
 */
export function partitionPoint(count: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span whose start is >= offset (spans sorted by start). */
export function lowerBound<T extends Span>(spans: readonly T[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans sorted by start with the running maximum of their ends, so overlap checks are logarithmic. */
export interface SortedSpans {
  spans: Span[];
  maxEnd: number[];
}

export function sortSpans(spans: readonly Span[]): SortedSpans {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let running = -1;
  for (const span of sorted) maxEnd.push((running = Math.max(running, span.end)));
  return { spans: sorted, maxEnd };
}

/** Whether `span` overlaps any of the sorted spans: one starts before the other ends, both ways. */
export function overlapsAny(span: Span, sorted: SortedSpans): boolean {
  const low = lowerBound(sorted.spans, span.end);
  for (let k = low - 1; k >= 0 && sorted.maxEnd[k]! > span.start; k--) if (sorted.spans[k]!.end > span.start) return true;
  return false;
}

/** Index of the first span that ends after `offset` (spans sorted by start and by end, as tokens are). */
export function firstEndingAfter<T extends Span>(spans: readonly T[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first value >= `value` in a sorted array of numbers. */
function firstAtLeast(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `offset` lies strictly inside one of the spans (sorted by start, not overlapping each other). */
export function strictlyInside(spans: readonly Span[], offset: number): boolean {
  const index = lowerBound(spans, offset) - 1;
  const span = spans[index];
  return span !== undefined && offset > span.start && offset < span.end;
}

/** Insert a number into a sorted array, keeping it sorted (appends are O(1)). */
export function insertSorted(values: number[], value: number): void {
  if (values.length === 0 || values[values.length - 1]! <= value) {
    values.push(value);
    return;
  }
  values.splice(firstAtLeast(values, value), 0, value);
}

/** The largest value below `limit` in a sorted array, or -1. */
export function lastBelow(values: readonly number[], limit: number): number {
  const lo = firstAtLeast(values, limit);
  return lo > 0 ? values[lo - 1]! : -1;
}
