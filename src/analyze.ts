/** The library's entry point: analyze one article. */
import { WhosaidError } from './errors.js';
import { createDocument, toAnalysis } from './pipeline/document.js';
import { checkText, normalizeDate } from './pipeline/input-checks.js';
import { defaultStages } from './pipeline/stages.js';
import { SCHEMA_VERSION, type Analysis, type AnalyzeInput, type AnalyzeOptions } from './types.js';
import { ANALYZER_VERSION } from './version.js';

/** Largest text analyze() accepts by default, in UTF-16 code units (about 20 MB of English). */
export const DEFAULT_MAX_LENGTH = 20_000_000;

/** Analyze one article: quotations with speakers, people, dates, calls, sourcing, contradictions. */
export function analyze(input: AnalyzeInput | string, options: AnalyzeOptions & { maxLength?: number } = {}): Analysis {
  const article: AnalyzeInput = typeof input === 'string' ? { text: input } : input;
  if (article === null || typeof article !== 'object' || typeof article.text !== 'string') {
    throw new WhosaidError('INVALID_INPUT', 'analyze() needs a string or an object with a string `text`');
  }
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (article.text.length > maxLength) {
    throw new WhosaidError('INPUT_TOO_LARGE', `the text has ${article.text.length} characters, more than the limit of ${maxLength}`);
  }
  const diagnostics = checkText(article.text);
  let date: string | undefined;
  if (article.date !== undefined && article.date !== null && article.date !== '') {
    const normalized = normalizeDate(String(article.date));
    if (normalized) date = normalized;
    else diagnostics.push({ code: 'unreadable-date', severity: 'warning', message: `the publication date '${String(article.date)}' is not YYYY-MM-DD; relative dates stay unresolved` });
  }
  const doc = createDocument(article.text, { ...(article.id !== undefined ? { id: String(article.id) } : {}), ...(article.title !== undefined ? { title: String(article.title) } : {}), ...(date ? { date } : {}) });
  doc.diagnostics.push(...diagnostics);
  // Tokens are returned with their POS tags and dependencies, so the syntax models run only when asked for.
  for (const stage of defaultStages(options.tokens === true)) stage.run(doc);
  return toAnalysis(doc, ANALYZER_VERSION, SCHEMA_VERSION, options.tokens === true);
}
