/** The library's entry point: analyze one article. */
import { WhosaidError } from './errors.js';
import { createDocument, toAnalysis, type WorkingDocument } from './pipeline/document.js';
import { checkText, normalizeDate } from './pipeline/input-checks.js';
import { defaultStages } from './pipeline/stages.js';
import { SCHEMA_VERSION, type Analysis, type AnalyzeInput, type AnalyzeOptions, type Diagnostic } from './types.js';
import { ANALYZER_VERSION } from './version.js';

/** Largest text analyze() accepts by default, in UTF-16 code units (about 20 MB of English). */
export const DEFAULT_MAX_LENGTH = 20_000_000;

/** Analyze one article: quotations with speakers, people, dates, calls, sourcing, contradictions. */
export function analyze(input: AnalyzeInput | string, options: AnalyzeOptions & { maxLength?: number } = {}): Analysis {
  return analyzeDocument(input, options).analysis;
}

/**
 * analyze(), also returning the working document the stages filled (segmentation, token views), for
 * callers inside whosaid that derive more from the same article (the store's corpus claims) and
 * would otherwise segment it again.
 */
export function analyzeDocument(input: AnalyzeInput | string, options: AnalyzeOptions & { maxLength?: number } = {}): { analysis: Analysis; document: WorkingDocument } {
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
  // Binary data decoded as text yields only noise: report it and stop after segmentation.
  const binary = diagnostics.some((d) => d.code === 'binary-input');
  // Tokens are returned with their POS tags and dependencies, so the syntax models run only when asked for.
  for (const stage of defaultStages(options.tokens === true)) {
    stage.run(doc);
    if (binary && stage.name === 'segment') break;
  }
  doc.diagnostics = capDiagnostics(doc.diagnostics);
  return { analysis: toAnalysis(doc, ANALYZER_VERSION, SCHEMA_VERSION, options.tokens === true), document: doc };
}

/** Most diagnostics a single code keeps; the rest are counted in one summary diagnostic. */
const MAX_PER_CODE = 20;

/** Keep the first few diagnostics of each code and summarize the rest, so hostile input cannot flood the result. */
function capDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const counts = new Map<Diagnostic['code'], number>();
  const kept: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const count = (counts.get(diagnostic.code) ?? 0) + 1;
    counts.set(diagnostic.code, count);
    if (count <= MAX_PER_CODE) kept.push(diagnostic);
  }
  for (const [code, count] of counts) {
    if (count > MAX_PER_CODE) kept.push({ code, severity: 'info', message: `${count - MAX_PER_CODE} more '${code}' diagnostic(s) not listed` });
  }
  return kept;
}
