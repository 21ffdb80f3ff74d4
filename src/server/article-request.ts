/** Parsing and validation of the JSON body of POST /api/analyze and POST /api/articles. */
import { WhosaidError } from '../errors.js';
import { normalizeDate } from '../pipeline/input-checks.js';

/** A validated article request: exactly one of `text` or `html`, plus optional metadata. */
export interface ArticleRequest {
  text?: string;
  html?: string;
  date?: string;
  title?: string;
  id?: string;
  url?: string;
  outlet?: string;
  byline?: string;
}

/** Metadata fields accepted beside text/html, with their largest length in characters. */
const METADATA_LIMITS = { date: 40, title: 2000, id: 200, url: 4000, outlet: 200, byline: 1000 } as const;

type MetadataField = keyof typeof METADATA_LIMITS;

const FIELDS = new Set<string>(['text', 'html', ...Object.keys(METADATA_LIMITS)]);

/** Decode and validate a request body; throws INVALID_INPUT (400) or INPUT_TOO_LARGE (413) with a message naming the field. */
export function parseArticleRequest(body: Uint8Array, maxTextLength: number): ArticleRequest {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new WhosaidError('INVALID_INPUT', 'the request body is not valid UTF-8 JSON');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new WhosaidError('INVALID_INPUT', `the request body is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new WhosaidError('INVALID_INPUT', 'the request body must be a JSON object');
  }
  const record = parsed as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!FIELDS.has(key)) throw new WhosaidError('INVALID_INPUT', `unknown field '${key.slice(0, 40)}'`);
  }
  const request: ArticleRequest = {};
  for (const key of ['text', 'html'] as const) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new WhosaidError('INVALID_INPUT', `'${key}' must be a string`);
    if (value.length > maxTextLength) throw new WhosaidError('INPUT_TOO_LARGE', `'${key}' has ${value.length} characters, more than the limit of ${maxTextLength}`);
    request[key] = value;
  }
  if (request.text !== undefined && request.html !== undefined) throw new WhosaidError('INVALID_INPUT', "send either 'text' or 'html', not both");
  if (request.text === undefined && request.html === undefined) throw new WhosaidError('INVALID_INPUT', "the body needs a string 'text' or 'html'");
  for (const key of Object.keys(METADATA_LIMITS) as MetadataField[]) {
    const value = record[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') throw new WhosaidError('INVALID_INPUT', `'${key}' must be a string`);
    if (value.length > METADATA_LIMITS[key]) throw new WhosaidError('INVALID_INPUT', `'${key}' is longer than ${METADATA_LIMITS[key]} characters`);
    request[key] = value;
  }
  if (request.date !== undefined) {
    const date = normalizeDate(request.date);
    if (!date) throw new WhosaidError('INVALID_INPUT', `'date' must be YYYY-MM-DD (or an ISO timestamp), got '${request.date.slice(0, 40)}'`);
    request.date = date;
  }
  if (request.url !== undefined && !/^https?:\/\//i.test(request.url)) throw new WhosaidError('INVALID_INPUT', "'url' must start with http:// or https://");
  return request;
}
