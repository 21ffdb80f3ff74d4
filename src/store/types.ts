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

/** A person as a call, contradiction or event names them: the corpus person when linked, and the name the article used. */
export interface PersonRef {
  personId: string | null;
  name: string | null;
}

/** A call to act as stored in the corpus, with its article's metadata (`date` is the article's). */
export interface CallRecord {
  id: string;
  articleId: string;
  articleTitle?: string;
  outlet?: string;
  date?: string;
  actor: PersonRef;
  target: PersonRef;
  action: string;
  stance: 'for' | 'against';
  negated: boolean;
  conditional: boolean;
  /** From the actor (or trigger) to the end of the action or condition, in the article's text. */
  evidence: { start: number; end: number; text: string };
}

/** One side of a contradiction: a span of an article. */
export interface ContradictionSide {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

/** A contradiction: inside one article (`article`), or a denial in one article against an act another reports (`corpus`). */
export interface ContradictionRecord {
  id: string;
  scope: 'article' | 'corpus';
  person: { personId: string | null; name: string };
  statement: ContradictionSide;
  conflictsWith: ContradictionSide;
  statementDate?: string;
  factDate?: string;
  confidence: number;
  explanation: string;
}

/** One event of a person's timeline: what they did (actor) or took part in (participant), dated when the text dates it. */
export interface TimelineEntry {
  /** The event's date as resolved (TIMEX value: YYYY, YYYY-MM, YYYY-MM-DD, ...), or null when the text gives none. */
  date: string | null;
  articleId: string;
  articleTitle?: string;
  outlet?: string;
  action: string;
  /** The event's words (its evidence span) and where they are in the article. */
  text: string;
  start: number;
  end: number;
  role: 'actor' | 'participant';
}

/** Filters for call search; `actor`, `target` and `action` match text they contain (names or person ids for people). */
export interface CallQuery {
  actor?: string;
  target?: string;
  action?: string;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

/** Filters for contradiction search; `person` is a person id or text their name contains, `article` the id of the statement's article. */
export interface ContradictionQuery {
  person?: string;
  article?: string;
  scope?: 'article' | 'corpus';
  limit?: number;
  cursor?: string;
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
  /** The first entries of the person's timeline (dated events first, oldest first). */
  timeline: TimelineEntry[];
  /** The latest calls the person made and the latest calls made to them. */
  calls: { made: CallRecord[]; received: CallRecord[] };
  /** The latest contradictions between the person's statements and reported facts. */
  contradictions: ContradictionRecord[];
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
  /** Sourcing profiles summed over articles: named and anonymous sources, hedges (and distancing words), media attributions; the unattributed share is the mean over articles. */
  sourcing: { articles: number; namedSources: number; anonymousSources: number; hedges: number; mediaAttributions: number; unattributedShare: number };
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
  /** A person's events across the corpus, dated ones first in calendar order; null when there is no such person. */
  timeline(personIdOrName: string, page?: { limit?: number; cursor?: string }): Promise<Page<TimelineEntry> | null>;
  /** Calls to act, newest articles first. */
  searchCalls(query: CallQuery): Promise<Page<CallRecord>>;
  /** Contradictions, in articles and across them, newest statements first. */
  searchContradictions(query: ContradictionQuery): Promise<Page<ContradictionRecord>>;
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
