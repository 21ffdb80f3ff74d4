/** Turning errors into JSON responses `{error: {code, message}}`; never with a stack trace. */
import { ERROR_CATALOG, WhosaidError, type ErrorCode } from '../errors.js';

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Build the response for an error; unexpected errors are reported to `log` and answered with a generic INTERNAL. */
export function errorResponse(error: unknown, log: (message: string) => void, headers: Record<string, string> = {}): Response {
  let code: ErrorCode = 'INTERNAL';
  let message = 'the server failed unexpectedly; the problem was logged';
  if (error instanceof WhosaidError) {
    code = error.code;
    message = error.message;
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`internal error: ${detail}`);
  }
  const body: ErrorBody = { error: { code, message } };
  return new Response(JSON.stringify(body), {
    status: ERROR_CATALOG[code].status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
