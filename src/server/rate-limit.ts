/**
 * Per-client rate limiting with token buckets: each client may burst `requests` and then gets
 * `requests` per `windowMs`. State lives in the limiter instance (one per app), bounded in size.
 */
import { WhosaidError } from '../errors.js';

/** Rate-limit settings. */
export interface RateLimitOptions {
  requests: number;
  windowMs: number;
  /** Most clients tracked at once; the least recently seen are forgotten first. */
  maxClients?: number;
}

/** A limiter: take() throws RATE_LIMITED with the seconds to wait. */
export interface RateLimiter {
  take(client: string, now?: number): void;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** A rate limiting error carrying how long to wait. */
export class RateLimitedError extends WhosaidError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `too many requests; retry in ${retryAfterSeconds} s`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Create a limiter with its own buckets. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  if (!(options.requests > 0) || !(options.windowMs > 0)) throw new WhosaidError('INVALID_OPTION', 'rate limit requests and window must be positive');
  const buckets = new Map<string, Bucket>();
  const maxClients = options.maxClients ?? 10_000;
  const perMs = options.requests / options.windowMs;
  return {
    take(client, now = Date.now()) {
      let bucket = buckets.get(client);
      if (bucket) buckets.delete(client);
      else bucket = { tokens: options.requests, updated: now };
      bucket.tokens = Math.min(options.requests, bucket.tokens + (now - bucket.updated) * perMs);
      bucket.updated = now;
      // Re-inserting keeps the Map in least-recently-seen order, so eviction drops the oldest client.
      buckets.set(client, bucket);
      if (buckets.size > maxClients) {
        const oldest = buckets.keys().next();
        if (!oldest.done) buckets.delete(oldest.value);
      }
      if (bucket.tokens < 1) throw new RateLimitedError(Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)));
      bucket.tokens -= 1;
    },
  };
}
