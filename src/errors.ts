/**
 * The catalog of typed errors: misuse of the API or broken configuration. Odd input never throws;
 * it becomes a diagnostic. Every code is documented in docs/errors.md (a test checks the two agree).
 */

/** Every error code with its HTTP status and what to do about it. */
export const ERROR_CATALOG = {
  INVALID_INPUT: { status: 400, hint: 'pass { text: string } (or html), with optional id, title and date' },
  INPUT_TOO_LARGE: { status: 413, hint: 'split the input, or raise the limit (maxLength / --max-size)' },
  INVALID_OPTION: { status: 400, hint: 'check the option against the documentation' },
  UNSUPPORTED_FORMAT: { status: 415, hint: 'use .txt, .html, .htm, .html.gz, .jsonl or an RSS/Atom feed' },
  NOT_FOUND: { status: 404, hint: 'check the id' },
  STORE_UNAVAILABLE: { status: 503, hint: 'check the --db path or PostgreSQL URL and that the server is running' },
  UNAUTHORIZED: { status: 401, hint: 'send Authorization: Bearer $WHOSAID_TOKEN' },
  RATE_LIMITED: { status: 429, hint: 'slow down and retry after the time given in Retry-After' },
  MODEL_UNAVAILABLE: { status: 500, hint: 'rebuild the models with `npm run train -- <name>` or reinstall the package' },
  INTERNAL: { status: 500, hint: 'please report this with the input that caused it' },
} as const;

/** A stable error code from the catalog. */
export type ErrorCode = keyof typeof ERROR_CATALOG;

/** An error with a stable code, an HTTP status and a message that says how to fix it. */
export class WhosaidError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  constructor(code: ErrorCode, message: string) {
    super(`${message} (${ERROR_CATALOG[code].hint})`);
    this.name = 'WhosaidError';
    this.code = code;
    this.status = ERROR_CATALOG[code].status;
  }
}
