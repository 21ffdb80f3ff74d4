/** CSV export: one row per quotation (RFC 4180 quoting; cells that a spreadsheet would run as a formula are defused). */
import type { Analysis } from '../../types.js';
import type { ArticleRecord } from '../types.js';

/** The CSV header, in column order. */
export const CSV_COLUMNS = ['article_id', 'outlet', 'date', 'title', 'quote_id', 'kind', 'start', 'end', 'speaker', 'anonymous', 'cue', 'confidence', 'source', 'text'] as const;

/** Quote one CSV cell. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A leading =, +, - or @ makes spreadsheets evaluate the cell; a quote mark keeps it text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with CRLF) per quotation of an article. */
export function quoteCsvLines(article: ArticleRecord, analysis: Analysis): string[] {
  return analysis.quotes.map((quote) => [
    article.id, article.outlet, article.date, article.title, quote.id, quote.kind, quote.content.start, quote.content.end,
    quote.speaker.name, quote.speaker.anonymous, quote.cue ? article.text.slice(quote.cue.start, quote.cue.end) : null, quote.confidence, quote.source,
    article.text.slice(quote.content.start, quote.content.end),
  ].map(csvCell).join(',') + '\r\n');
}
