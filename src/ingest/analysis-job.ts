/** What an analysis worker is asked to do and what it answers: the messages between ingest and its workers. */
import type { ProblemCode } from '../diagnostics.js';
import { analyzeDocument } from '../analyze.js';
import { WhosaidError } from '../errors.js';
import { extractFromBytes } from '../extract/extract-bytes.js';
import type { PreparedRows } from '../store/article-rows.js';
import { prepareRows } from '../store/save-article.js';
import type { ArticleInput } from '../store/types.js';
import type { Analysis, Diagnostic } from '../types.js';
import type { ArticleMeta } from './read-sources.js';

/** A job: analyze a text, or extract an article from HTML bytes and analyze it. */
export type AnalysisJob = (
  | { kind: 'text'; article: ArticleInput; diagnostics: Diagnostic[] }
  | { kind: 'html'; html: Uint8Array; filename: string; meta: ArticleMeta }
) & {
  /**
   * What a worker answers with: the store's rows (the default, for ingest), or the Analysis as JSON
   * text, as an analysis without a store would output it (the ingest benchmark's baseline).
   */
  result?: 'rows' | 'json';
};

/** The answer to a job: the article with its analysis, or why there is none. */
export type AnalysisOutcome =
  | { ok: true; article: ArticleInput; analysis: Analysis }
  /** From a worker: the rows to store instead of the whole Analysis, which would cost more to copy between threads. */
  | { ok: true; article: ArticleInput; prepared: PreparedRows }
  /** From a worker asked for `result: 'json'`: the Analysis serialized. */
  | { ok: true; article: ArticleInput; json: string }
  | { ok: false; code: ProblemCode; message: string };

/**
 * Run one job (in a worker, or inline when there are no workers). In a worker (`inWorker`) the answer
 * crosses threads, so it is the job's `result`: the store rows, computed here so the writing thread
 * only writes, or the JSON text; inline it is the Analysis itself.
 */
export function runAnalysisJob(job: AnalysisJob, inWorker = false): AnalysisOutcome {
  try {
    let article: ArticleInput;
    let diagnostics: Diagnostic[];
    if (job.kind === 'html') {
      const extracted = extractFromBytes(job.html, job.filename, job.meta.url ? { url: job.meta.url } : {});
      if (extracted.text.trim() === '') {
        const reason = extracted.diagnostics.find((diagnostic) => diagnostic.severity === 'error')?.message ?? 'no article text was found in the HTML';
        return { ok: false, code: 'no-article-text', message: reason };
      }
      article = {
        ...(extracted.title ? { title: extracted.title } : {}), ...(extracted.byline ? { byline: extracted.byline } : {}),
        ...(extracted.date ? { date: extracted.date } : {}), ...job.meta, text: extracted.text,
      };
      diagnostics = extracted.diagnostics;
    } else {
      article = job.article;
      diagnostics = job.diagnostics;
    }
    const { analysis, document } = analyzeDocument({ text: article.text, ...(article.id ? { id: article.id } : {}), ...(article.title ? { title: article.title } : {}), ...(article.date ? { date: article.date } : {}) });
    if (diagnostics.length > 0) analysis.diagnostics.unshift(...diagnostics);
    if (!inWorker) return { ok: true, article, analysis };
    return job.result === 'json' ? { ok: true, article, json: JSON.stringify(analysis) } : { ok: true, article, prepared: prepareRows(article, analysis, document) };
  } catch (error) {
    return { ok: false, code: error instanceof WhosaidError ? error.code : 'INTERNAL', message: (error as Error).message };
  }
}
