/** Heap settings of the worker threads that run analyze() (the server's pool and the ingest pool). */
import type { ResourceLimits } from 'node:worker_threads';

/**
 * An analysis of a 5 KB article allocates about 1 MB that dies with it. In V8's default young
 * generation a scavenge runs every few analyses and copies what the article in progress still holds;
 * a young generation of 96 MB scavenges about half as often. Measured with `npm run bench -- load`
 * (28 November 2026): server CPU per request 3.8–4.1 ms instead of 3.9–4.6 ms, and throughput at 50
 * requests in flight 110–116% of the library loop's instead of 94–102%. The old generation bound
 * keeps a runaway input from taking the whole machine.
 */
export const ANALYSIS_THREAD_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 96 };
