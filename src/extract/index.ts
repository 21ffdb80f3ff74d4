/** Article text from anything: HTML pages, gzip, feeds and line formats. The one place that knows file formats. */
export { extractArticle, DEFAULT_MAX_HTML_LENGTH } from './extract-article.js';
export { extractFromBytes } from './extract-bytes.js';
export { toSourceOffset } from './text-blocks.js';
export type { ArticleProblem, ArticleReadResult, ArticleRecord, ExtractedArticle, ExtractOptions, FeedItem, Found, SourceRun } from './types.js';
