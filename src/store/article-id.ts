/** Content hashes and the ids given to articles that arrive without one. */
import { createHash } from 'node:crypto';
import type { ArticleInput } from './types.js';

/** sha256 of the text, hex: the article's content hash. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The article's id: its own id, else one derived from its URL, else from its text (so re-ingesting the same text finds it). */
export function articleId(article: ArticleInput, hash: string = contentHash(article.text)): string {
  if (article.id !== undefined && article.id !== null && String(article.id).trim() !== '') return String(article.id).trim();
  if (article.url) return `url:${createHash('sha256').update(article.url).digest('hex').slice(0, 24)}`;
  return `sha256:${hash.slice(0, 24)}`;
}
