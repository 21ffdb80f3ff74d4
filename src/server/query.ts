/** Validation of query parameters: unknown names, lengths, dates, limits and cursors give clear 400 errors. */
import { WhosaidError } from '../errors.js';
import { normalizeDate } from '../pipeline/input-checks.js';

/** Default and largest page size. */
export const PAGE_LIMITS = { default: 20, max: 100 } as const;

/** Validated query values. */
export type QueryValues = Record<string, string | undefined>;

/** Check that only `allowed` parameters appear, each at most once, and return their values. */
export function readQuery(url: string, allowed: readonly string[]): QueryValues {
  const params = new URL(url).searchParams;
  const values: QueryValues = {};
  for (const [name, value] of params) {
    if (!allowed.includes(name)) throw new WhosaidError('INVALID_INPUT', `unknown query parameter '${name.slice(0, 40)}' (allowed: ${allowed.join(', ')})`);
    if (values[name] !== undefined) throw new WhosaidError('INVALID_INPUT', `query parameter '${name}' is given more than once`);
    if (value.length > 500) throw new WhosaidError('INVALID_INPUT', `query parameter '${name}' is longer than 500 characters`);
    values[name] = value.trim() === '' ? undefined : value.trim();
  }
  return values;
}

/** A page size between 1 and PAGE_LIMITS.max. */
export function readLimit(value: string | undefined): number {
  if (value === undefined) return PAGE_LIMITS.default;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > PAGE_LIMITS.max) {
    throw new WhosaidError('INVALID_INPUT', `'limit' must be a whole number from 1 to ${PAGE_LIMITS.max}`);
  }
  return Number(value);
}

/** An opaque cursor from a previous page: printable ASCII without spaces. */
export function readCursor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,400}$/.test(value)) throw new WhosaidError('INVALID_INPUT', "'cursor' must be the nextCursor of a previous page");
  return value;
}

/** A date bound, YYYY-MM-DD. */
export function readDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = normalizeDate(value);
  if (!date) throw new WhosaidError('INVALID_INPUT', `'${name}' must be a date YYYY-MM-DD, got '${value.slice(0, 40)}'`);
  return date;
}

/** Check that `from` is not after `to`. */
export function checkRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) throw new WhosaidError('INVALID_INPUT', `'from' (${from}) is after 'to' (${to})`);
}

/** An identifier from a path (already percent-decoded by the router): 1–200 characters without control characters. */
export function readId(id: string): string {
  if (id.length < 1 || id.length > 200 || /[\u0000-\u001f\u007f]/.test(id)) throw new WhosaidError('INVALID_INPUT', 'the id must be 1 to 200 printable characters');
  return id;
}
