/** Public API of the whosaid library. */
export { analyze, DEFAULT_MAX_LENGTH } from './analyze.js';
export { WhosaidError, ERROR_CATALOG, type ErrorCode } from './errors.js';
export { ANALYZER_VERSION } from './version.js';
export * from './types.js';
