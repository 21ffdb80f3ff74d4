import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { createRateLimiter, RateLimitedError } from './rate-limit.js';

describe('rate limiter', () => {
  it('refills a client bucket over the window and says how long to wait', () => {
    const limiter = createRateLimiter({ requests: 3, windowMs: 3000 });
    for (let i = 0; i < 3; i++) limiter.take('a', 0);
    assert.throws(() => limiter.take('a', 0), (error: unknown) => error instanceof RateLimitedError && error.retryAfterSeconds === 1);
    limiter.take('a', 1000);
    assert.throws(() => limiter.take('a', 1000), RateLimitedError);
  });

  it('keeps clients apart and forgets the least recently seen beyond its bound', () => {
    const limiter = createRateLimiter({ requests: 1, windowMs: 60_000, maxClients: 2 });
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('c', 0);
    // 'a' was forgotten when 'c' arrived, so it starts with a full bucket again.
    limiter.take('a', 0);
    assert.throws(() => limiter.take('c', 0), RateLimitedError);
  });
});
