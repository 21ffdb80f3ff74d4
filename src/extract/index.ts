/** Article text from anything: HTML pages, gzip, feeds and line formats. The one place that knows file formats. */
export { extractArticle, DEFAULT_MAX_HTML_LENGTH } from './extract-article.js';
export { extractFromBytes, isHtmlFileName } from './extract-bytes.js';
export { readFeed, looksLikeFeed, type Feed } from './feed.js';
export { readArticles, readArticlesFromBytes, type ReadArticlesOptions } from './read-articles.js';
export { kindFromName, kindFromContent, type FileKind } from './file-kind.js';
export { readJsonlRecord } from './jsonl-record.js';
export { toSourceOffset } from './text-blocks.js';
export type { ArticleProblem, ArticleReadResult, ArticleRecord, ExtractedArticle, ExtractOptions, FeedItem, Found, SourceRun } from './types.js';
