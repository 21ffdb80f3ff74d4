/** Bearer-token check for write endpoints, compared in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { WhosaidError } from '../errors.js';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Throw UNAUTHORIZED unless the Authorization header carries the expected token; with no token configured, writes are refused. */
export function checkBearerToken(header: string | undefined, expected: string | undefined): void {
  if (!expected) throw new WhosaidError('UNAUTHORIZED', 'this server listens beyond loopback and has no WHOSAID_TOKEN set, so writing is disabled');
  const match = /^Bearer ([^\s]{1,512})$/.exec(header ?? '');
  if (!match || !timingSafeEqual(digest(match[1] ?? ''), digest(expected))) throw new WhosaidError('UNAUTHORIZED', 'missing or wrong bearer token');
}
