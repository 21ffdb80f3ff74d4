/** What route handlers share: the store, the analysis runner and the request limits. */
import type { Store } from '../store/types.js';
import type { AnalysisRunner } from './analysis-runner.js';
import type { StatsCache } from './stats-cache.js';

/** Dependencies and settings handed to every route module. */
export interface ServerContext {
  store: Store;
  runner: AnalysisRunner;
  stats: StatsCache;
  maxBodyBytes: number;
  maxTextLength: number;
  /** The bearer token writes need; undefined means writes need none (loopback without WHOSAID_TOKEN). */
  writeToken: string | undefined;
  /** True when writes must carry a token even if none is configured (listening beyond loopback). */
  writesNeedToken: boolean;
  log: (message: string) => void;
}
