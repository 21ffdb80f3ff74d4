/**
 * The contract between the corpus store (SQLite by default, PostgreSQL for scale-out) and its
 * adapters (CLI, HTTP API, web app). Both backends implement `Store` with the same behaviour.
 */
import type { Analysis } from '../types.js';
import type { PreparedRows } from './article-rows.js';

/** An article as held in the corpus. */
export interface ArticleRecord {
  id: string;
  url?: string;
  title?: string;
  byline?: string;
  outlet?: string;
  date?: string;
  text: string;
  /** sha256 of the text, hex. */
  contentHash: string;
}

/** What ingest hands to the store: the article and its analysis. */
export interface ArticleInput {
  id?: string;
  url?: string;
  title?: string;
  byline?: string;
  outlet?: string;
  date?: string;
  text: string;
}

/** Result of saving one article. */
export interface SaveResult {
  id: string;
  status: 'inserted' | 'unchanged' | 'reanalyzed';
}

/** A page of results with an opaque cursor for the next page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A quotation as stored in the corpus, with its article's metadata. */
export interface QuoteRecord {
  id: string;
  articleId: string;
  articleTitle?: string;
  outlet?: string;
  date?: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  speakerName: string | null;
  personId: string | null;
  anonymous: boolean;
  /** Names of people mentioned inside the quotation. */
  about: string[];
  rank?: number;
}

/** One person across the corpus. */
export interface PersonRecord {
  id: string;
  name: string;
  titles: string[];
  parties: string[];
  states: string[];
  gender?: string;
  quoteCount: number;
  articleCount: number;
}

/** A person's record across the corpus. */
export interface Dossier {
  person: PersonRecord;
  quotesByMonth: Array<{ month: string; outlet: string; count: number }>;
  quotes: QuoteRecord[];
  talksAbout: Array<{ name: string; count: number }>;
  quotedBy: Array<{ outlet: string; count: number }>;
}

/** Corpus-wide counts. */
export interface Stats {
  articles: number;
  quotes: number;
  people: number;
  anonymousShare: number;
  gender: Record<string, number>;
  party: Record<string, number>;
  byOutlet: Array<{ outlet: string; quotes: number; anonymousShare: number; gender: Record<string, number>; party: Record<string, number> }>;
  /** Quotations per month of the article date (`YYYY-MM`, oldest first; undated quotations left out); gender and party count quotations by named people. */
  byMonth: Array<{ month: string; quotes: number; anonymousShare: number; gender: Record<string, number>; party: Record<string, number> }>;
  topPeople: Array<{ id: string; name: string; quotes: number }>;
}

/** Filters for quotation search. */
export interface QuoteQuery {
  q?: string;
  speaker?: string;
  about?: string;
  from?: string;
  to?: string;
  outlet?: string;
  limit?: number;
  cursor?: string;
}

/** Filters for article listing. */
export interface ArticleQuery {
  q?: string;
  outlet?: string;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

/** The corpus store. All methods are async so SQLite and PostgreSQL share one contract. */
export interface Store {
  /** Save an article and its analysis; idempotent on content. */
  saveArticle(article: ArticleInput, analysis: Analysis): Promise<SaveResult>;
  /**
   * Save several articles in one transaction (faster for bulk ingest); each article is still all-or-nothing.
   * An item carries its Analysis, or instead the rows prepareRows() made from it (in an analysis worker).
   */
  saveArticles(items: ReadonlyArray<{ article: ArticleInput; analysis: Analysis } | { article: ArticleInput; prepared: PreparedRows }>): Promise<SaveResult[]>;
  /** True when this content is already stored with an analysis of the given analyzer version. */
  hasArticle(contentHash: string, analyzer: string): Promise<boolean>;
  getArticle(id: string): Promise<{ article: ArticleRecord; analysis: Analysis } | null>;
  listArticles(query: ArticleQuery): Promise<Page<ArticleRecord>>;
  searchQuotes(query: QuoteQuery): Promise<Page<QuoteRecord>>;
  listPeople(query: { q?: string; limit?: number; cursor?: string }): Promise<Page<PersonRecord>>;
  /** Look a person up by id or by name. */
  dossier(idOrName: string): Promise<Dossier | null>;
  stats(): Promise<Stats>;
  mergePeople(keepId: string, mergeId: string): Promise<void>;
  splitPerson(personId: string, articleId: string): Promise<string>;
  close(): Promise<void>;
  /** Which backend holds the corpus. */
  readonly backend: 'sqlite' | 'postgres';
  /** The content hash and analyzer version stored for an article id, or null (ingest uses it to skip work). */
  articleState(id: string): Promise<{ contentHash: string; analyzer: string } | null>;
  /** Size of the database in bytes, when the backend can tell. */
  sizeBytes(): Promise<number | null>;
  /** Maintenance after a large ingest: merge the full-text index and refresh the query planner's statistics. */
  optimize(): Promise<void>;
}
