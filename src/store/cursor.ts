/** Opaque page cursors: the offset of the next page, base64url-encoded so callers treat it as a token. */
import { WhosaidError } from '../errors.js';

/** Largest page a query returns, whatever the caller asks for. */
export const MAX_PAGE_SIZE = 500;

/** Encode the offset of the next page. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset }), 'utf8').toString('base64url');
}

/** Decode a cursor (undefined or empty: the first page); a forged or broken cursor is a typed error. */
export function decodeCursor(cursor: string | undefined | null): number {
  if (cursor === undefined || cursor === null || cursor === '') return 0;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const offset = (value as { o?: unknown }).o;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // Fall through to the typed error below.
  }
  throw new WhosaidError('INVALID_OPTION', `the cursor '${cursor.slice(0, 40)}' is not one this store returned`);
}

/** The page size to use: the caller's limit within [1, MAX_PAGE_SIZE], else the default. */
export function pageSize(limit: number | undefined, fallback = 20): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)));
}

/** Cut one extra fetched row off a page and say whether there is a next page. */
export function toPage<T>(rows: T[], offset: number, size: number): { items: T[]; nextCursor: string | null } {
  const more = rows.length > size;
  return { items: more ? rows.slice(0, size) : rows, nextCursor: more ? encodeCursor(offset + size) : null };
}
