/** One line of a JSONL article file, `{id?, url?, title?, date?, byline?, text|html}`, checked and turned into an article. */
import { extractArticle } from './extract-article.js';
import type { ArticleProblem, ArticleRecord } from './types.js';

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** Parse one JSONL line into an article (HTML is extracted), or a problem that says what is wrong with the line. */
export function readJsonlRecord(line: string, location: string): ({ kind: 'article' } & ArticleRecord) | ({ kind: 'problem' } & ArticleProblem) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { kind: 'problem', location, code: 'invalid-json', message: `not valid JSON: ${(error as Error).message}` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { kind: 'problem', location, code: 'not-an-object', message: 'the line is not a JSON object' };
  const record = parsed as Record<string, unknown>;
  const id = typeof record.id === 'number' ? String(record.id) : optionalString(record.id);
  const url = optionalString(record.url);
  const title = optionalString(record.title);
  const date = optionalString(record.date);
  const byline = optionalString(record.byline) ?? optionalString(record.author);
  const common = { location, ...(id ? { id } : {}), ...(url ? { url } : {}) };
  if (typeof record.text === 'string') {
    if (record.text.trim() === '') return { kind: 'problem', location, code: 'empty-text', message: `${id ? `record ${id}: ` : ''}the text is empty` };
    return { kind: 'article', ...common, ...(title ? { title } : {}), ...(date ? { date } : {}), ...(byline ? { byline } : {}), text: record.text, diagnostics: [] };
  }
  if (typeof record.html === 'string') {
    const article = extractArticle(record.html, url ? { url } : {});
    if (article.text === '') return { kind: 'problem', location, code: 'no-article', message: `${id ? `record ${id}: ` : ''}no article text found in the HTML` };
    // Fields given in the record are the caller's word; the page's own metadata only fills gaps.
    const finalTitle = title ?? article.title ?? undefined;
    const finalDate = date ?? article.date ?? undefined;
    const finalByline = byline ?? article.byline ?? undefined;
    return {
      kind: 'article',
      ...common,
      ...(!url && article.url ? { url: article.url } : {}),
      ...(finalTitle ? { title: finalTitle } : {}),
      ...(finalDate ? { date: finalDate } : {}),
      ...(finalByline ? { byline: finalByline } : {}),
      text: article.text,
      sourceMap: article.sourceMap,
      diagnostics: article.diagnostics,
    };
  }
  return { kind: 'problem', location, code: 'no-text', message: `${id ? `record ${id}: ` : ''}the object has neither a "text" nor an "html" string` };
}

