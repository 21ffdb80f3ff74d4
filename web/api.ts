/** Calls to the whosaid HTTP API from the browser; errors become ApiError with the server's code and message. */
import type { Analysis } from '../src/types.js';
import type { Dossier, Page, PersonRecord, QuoteRecord, Stats, TimelineEntry } from '../src/store/types.js';

/** An error answer of the API. */
export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
    this.name = 'ApiError';
  }
}

/** An article in a listing. */
export interface ArticleSummary {
  id: string;
  url?: string;
  title?: string;
  outlet?: string;
  date?: string;
  excerpt: string;
  length: number;
}

/** A stored article with its analysis. */
export interface StoredArticle {
  article: { id: string; title?: string; outlet?: string; date?: string; url?: string; byline?: string; text: string };
  analysis: Analysis;
}

/** What the analyze and ingest forms send. */
export interface ArticleRequest {
  text?: string;
  html?: string;
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
  } catch {
    throw new ApiError('NETWORK', 'the server cannot be reached', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(error?.code ?? 'HTTP', error?.message ?? `the server answered ${response.status}`, response.status);
  }
  return body as T;
}

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Analyze an article without storing it. */
export function analyzeArticle(request: ArticleRequest): Promise<Analysis> {
  return call('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
}

/** Analyze and store an article; the token is needed when the server listens beyond loopback. */
export function saveArticle(request: ArticleRequest, token: string): Promise<{ id: string; status: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return call('/api/articles', { method: 'POST', headers, body: JSON.stringify(request) });
}

/** One stored article. */
export function getArticle(id: string): Promise<StoredArticle> {
  return call(`/api/articles/${encodeURIComponent(id)}`);
}

/** Search articles. */
export function listArticles(params: Record<string, string | undefined>): Promise<Page<ArticleSummary>> {
  return call(`/api/articles${query(params)}`);
}

/** Search quotations. */
export function searchQuotes(params: Record<string, string | undefined>): Promise<Page<QuoteRecord>> {
  return call(`/api/quotes${query(params)}`);
}

/** List people. */
export function listPeople(params: Record<string, string | undefined>): Promise<Page<PersonRecord>> {
  return call(`/api/people${query(params)}`);
}

/** A person's dossier. */
export function getDossier(id: string): Promise<Dossier> {
  return call(`/api/people/${encodeURIComponent(id)}`);
}

/** A page of a person's timeline across the corpus. */
export function getPersonTimeline(id: string, params: Record<string, string | undefined>): Promise<Page<TimelineEntry>> {
  return call(`/api/people/${encodeURIComponent(id)}/timeline${query(params)}`);
}

/** Corpus statistics. */
export function getStats(): Promise<Stats> {
  return call('/api/stats');
}
