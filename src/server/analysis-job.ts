/**
 * One unit of work for the analysis pool: validate the request body, extract HTML when given, run
 * analyze(). The same function runs inside a worker thread and, for tests, inline.
 */
import { analyze } from '../analyze.js';
import { extractArticle } from '../extract/index.js';
import { WhosaidError, type ErrorCode } from '../errors.js';
import type { ArticleInput } from '../store/types.js';
import type { Analysis, Diagnostic } from '../types.js';
import { parseArticleRequest } from './article-request.js';

/** What a job asks for: `analyze` returns serialized JSON bytes, `ingest` returns the article and analysis objects. */
export interface AnalysisJob {
  kind: 'analyze' | 'ingest';
  body: Uint8Array<ArrayBuffer>;
  maxTextLength: number;
}

/** A job's outcome, as plain data that crosses a worker boundary. */
export type AnalysisJobResult =
  | { kind: 'analyze'; ok: true; json: Uint8Array<ArrayBuffer> }
  | { kind: 'ingest'; ok: true; article: ArticleInput; analysis: Analysis }
  | { kind: 'error'; ok: false; code: ErrorCode; message: string; /** For the server log only, never the client. */ detail?: string };

/** Run one job; every failure becomes an error result, never an exception. */
export async function runAnalysisJob(job: AnalysisJob): Promise<AnalysisJobResult> {
  try {
    const request = parseArticleRequest(job.body, job.maxTextLength);
    let text = request.text ?? '';
    let title = request.title;
    let byline = request.byline;
    let date = request.date;
    const extraDiagnostics: Diagnostic[] = [];
    if (request.html !== undefined) {
      const extracted = extractArticle(request.html, { ...(request.url ? { url: request.url } : {}), maxLength: job.maxTextLength });
      text = extracted.text;
      title ??= extracted.title ?? undefined;
      byline ??= extracted.byline ?? undefined;
      date ??= extracted.date ?? undefined;
      extraDiagnostics.push(...extracted.diagnostics);
    }
    const analysis = analyze({ text, ...(request.id ? { id: request.id } : {}), ...(title ? { title } : {}), ...(date ? { date } : {}) }, { maxLength: job.maxTextLength });
    analysis.diagnostics.unshift(...extraDiagnostics);
    if (job.kind === 'analyze') return { kind: 'analyze', ok: true, json: new TextEncoder().encode(JSON.stringify(analysis)) };
    const article: ArticleInput = {
      text,
      ...(request.id ? { id: request.id } : {}),
      ...(request.url ? { url: request.url } : {}),
      ...(title ? { title } : {}),
      ...(byline ? { byline } : {}),
      ...(request.outlet ? { outlet: request.outlet } : {}),
      ...(analysis.date ? { date: analysis.date } : {}),
    };
    return { kind: 'ingest', ok: true, article, analysis };
  } catch (error) {
    if (error instanceof WhosaidError) return { kind: 'error', ok: false, code: error.code, message: error.message };
    return { kind: 'error', ok: false, code: 'INTERNAL', message: 'the analysis failed unexpectedly; the problem was logged', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
