/** The Store contract implemented once over the SQL surface, so SQLite and PostgreSQL behave the same. */
import { WhosaidError } from '../errors.js';
import type { Analysis } from '../types.js';
import { articleState, getArticle, listArticles } from './article-queries.js';
import { searchCalls } from './call-queries.js';
import { searchContradictions } from './contradiction-queries.js';
import { corpusStats } from './corpus-stats.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { mergePeople, splitPerson } from './people.js';
import { dossier, listPeople, timeline } from './people-queries.js';
import { contentHash } from './article-id.js';
import type { PreparedRows } from './article-rows.js';
import { prepareRows, saveArticleGroup } from './save-article.js';
import { searchQuotes } from './search-quotes.js';
import type { ArticleInput, Store } from './types.js';

function checkArticle(article: ArticleInput, analysis: Analysis): void {
  if (article === null || typeof article !== 'object' || typeof article.text !== 'string') {
    throw new WhosaidError('INVALID_INPUT', 'saveArticle() needs an article with a string `text`');
  }
  if (analysis === null || typeof analysis !== 'object' || !Array.isArray(analysis.quotes) || !Array.isArray(analysis.entities) || typeof analysis.analyzer !== 'string') {
    throw new WhosaidError('INVALID_INPUT', 'saveArticle() needs the Analysis that analyze() returned for the article');
  }
  if (analysis.text !== article.text) {
    throw new WhosaidError('INVALID_INPUT', 'the analysis was made from a different text than the article (offsets would not match)');
  }
}

function checkPrepared(article: ArticleInput, prepared: PreparedRows): void {
  if (article === null || typeof article !== 'object' || typeof article.text !== 'string' || prepared === null || typeof prepared !== 'object') {
    throw new WhosaidError('INVALID_INPUT', 'saveArticles() needs articles with a string `text`');
  }
  if (contentHash(article.text) !== prepared.contentHash) {
    throw new WhosaidError('INVALID_INPUT', 'the prepared rows were made from a different text than the article (use prepareRows(article, analysis))');
  }
}

/** Migrate the database and wrap it as a Store. */
export async function createSqlStore(db: Database): Promise<Store> {
  await migrate(db);
  return {
    backend: db.dialect,
    async saveArticle(article, analysis) {
      checkArticle(article, analysis);
      const prepared = prepareRows(article, analysis);
      const [result] = await db.transaction((tx) => saveArticleGroup(tx, [{ article, prepared }]));
      if (!result) throw new WhosaidError('INTERNAL', 'saving the article returned no result');
      return result;
    },
    async saveArticles(items) {
      const prepared = items.map((item) => {
        if ('prepared' in item) {
          checkPrepared(item.article, item.prepared);
          return { article: item.article, prepared: item.prepared };
        }
        checkArticle(item.article, item.analysis);
        return { article: item.article, prepared: prepareRows(item.article, item.analysis) };
      });
      return db.transaction((tx) => saveArticleGroup(tx, prepared));
    },
    async hasArticle(contentHash, analyzer) {
      const rows = await db.all('SELECT 1 AS found FROM articles WHERE content_hash = ? AND analyzer = ? LIMIT 1', [contentHash, analyzer]);
      return rows.length > 0;
    },
    articleState: (id) => articleState(db, id),
    getArticle: (id) => getArticle(db, id),
    listArticles: (query) => listArticles(db, query),
    searchQuotes: (query) => searchQuotes(db, query),
    listPeople: (query) => listPeople(db, query),
    dossier: (idOrName) => dossier(db, idOrName),
    timeline: (personIdOrName, page) => timeline(db, personIdOrName, page),
    searchCalls: (query) => searchCalls(db, query),
    searchContradictions: (query) => searchContradictions(db, query),
    stats: () => corpusStats(db),
    mergePeople: (keepId, mergeId) => db.transaction((tx) => mergePeople(tx, keepId, mergeId)),
    splitPerson: (personId, articleId) => db.transaction((tx) => splitPerson(tx, personId, articleId)),
    sizeBytes: () => db.sizeBytes(),
    async optimize() {
      if (db.dialect === 'sqlite') {
        await db.run(`INSERT INTO quotes_fts (quotes_fts) VALUES ('optimize')`);
        await db.run('ANALYZE');
      } else await db.run('ANALYZE');
    },
    close: () => db.close(),
  };
}
