/** The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json (kept beside the routes; a test checks they agree). */
import { ERROR_CATALOG } from '../errors.js';
import { ANALYZER_VERSION } from '../version.js';
import { PAGE_LIMITS } from './query.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

function queryParameter(name: string, description: string, schema: Json = { type: 'string', maxLength: 500 }): Json {
  return { name, in: 'query', required: false, description, schema };
}

const pagination: Json[] = [
  queryParameter('limit', `Page size, 1 to ${PAGE_LIMITS.max} (default ${PAGE_LIMITS.default}).`, { type: 'integer', minimum: 1, maximum: PAGE_LIMITS.max }),
  queryParameter('cursor', 'The `nextCursor` of the previous page.'),
];

const dateRange: Json[] = [
  queryParameter('from', 'Earliest publication date, YYYY-MM-DD.', { type: 'string', format: 'date' }),
  queryParameter('to', 'Latest publication date, YYYY-MM-DD.', { type: 'string', format: 'date' }),
];

function errorResponses(...codes: Array<keyof typeof ERROR_CATALOG>): Record<string, Json> {
  const responses: Record<string, Json> = {};
  for (const code of codes) {
    responses[String(ERROR_CATALOG[code].status)] = { description: `${code}: ${ERROR_CATALOG[code].hint}`, content: { 'application/json': { schema: ref('Error') } } };
  }
  return responses;
}

function ok(description: string, schema: Json): Json {
  return { description, content: { 'application/json': { schema } } };
}

const page = (item: string): Json => ({ type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: ref(item) }, nextCursor: { type: ['string', 'null'] } } });

const idParameter: Json = { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } };

/** Build the OpenAPI document. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'whosaid API',
      version: ANALYZER_VERSION,
      description: 'Who said what, about whom, when, on whose authority. Errors are `{error: {code, message}}` (codes in docs/errors.md). Write endpoints need `Authorization: Bearer $WHOSAID_TOKEN` when the server listens beyond loopback. See docs/api.md.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', enum: Object.keys(ERROR_CATALOG) }, message: { type: 'string' } } } } },
        ArticleRequest: {
          type: 'object',
          description: 'Exactly one of `text` or `html`. HTML goes through the article extractor.',
          additionalProperties: false,
          properties: {
            text: { type: 'string' }, html: { type: 'string' }, date: { type: 'string', description: 'Publication date, YYYY-MM-DD' }, title: { type: 'string' },
            id: { type: 'string' }, url: { type: 'string', format: 'uri' }, outlet: { type: 'string' }, byline: { type: 'string' },
          },
        },
        Analysis: { type: 'object', description: 'The Analysis JSON (docs/analysis-json.md): text, paragraphs, sentences, quotes, entities, dates, events, calls, sourcing, contradictions, diagnostics; every annotation is a half-open UTF-16 {start, end} into `text`.', required: ['schemaVersion', 'analyzer', 'text', 'quotes', 'entities', 'diagnostics'] },
        SaveResult: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'string' }, status: { type: 'string', enum: ['inserted', 'unchanged', 'reanalyzed'] }, quotes: { type: 'integer' }, diagnostics: { type: 'array' } } },
        ArticleSummary: { type: 'object', required: ['id', 'excerpt', 'length'], properties: { id: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, byline: { type: 'string' }, outlet: { type: 'string' }, date: { type: 'string' }, excerpt: { type: 'string' }, length: { type: 'integer' } } },
        Quote: { type: 'object', required: ['id', 'articleId', 'kind', 'text', 'start', 'end', 'speakerName', 'personId', 'anonymous', 'about'], properties: { id: { type: 'string' }, articleId: { type: 'string' }, articleTitle: { type: 'string' }, outlet: { type: 'string' }, date: { type: 'string' }, kind: { type: 'string' }, text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, speakerName: { type: ['string', 'null'] }, personId: { type: ['string', 'null'] }, anonymous: { type: 'boolean' }, about: { type: 'array', items: { type: 'string' } } } },
        Person: { type: 'object', required: ['id', 'name', 'quoteCount', 'articleCount'], properties: { id: { type: 'string' }, name: { type: 'string' }, titles: { type: 'array', items: { type: 'string' } }, parties: { type: 'array', items: { type: 'string' } }, states: { type: 'array', items: { type: 'string' } }, gender: { type: 'string' }, quoteCount: { type: 'integer' }, articleCount: { type: 'integer' } } },
        Dossier: {
          type: 'object', required: ['person', 'quotesByMonth', 'quotes', 'talksAbout', 'quotedBy', 'timeline', 'calls', 'contradictions'],
          properties: {
            person: ref('Person'), quotesByMonth: { type: 'array' }, quotes: { type: 'array', items: ref('Quote') }, talksAbout: { type: 'array' }, quotedBy: { type: 'array' },
            timeline: { type: 'array', description: 'The first 50 entries of the person\'s timeline.', items: ref('TimelineEntry') },
            calls: { type: 'object', required: ['made', 'received'], properties: { made: { type: 'array', items: ref('Call') }, received: { type: 'array', items: ref('Call') } } },
            contradictions: { type: 'array', items: ref('Contradiction') },
          },
        },
        PersonRef: { type: 'object', required: ['personId', 'name'], properties: { personId: { type: ['string', 'null'] }, name: { type: ['string', 'null'] } } },
        Call: {
          type: 'object', description: 'A call to act; `date` is the article\'s.', required: ['id', 'articleId', 'actor', 'target', 'action', 'stance', 'negated', 'conditional', 'evidence'],
          properties: {
            id: { type: 'string' }, articleId: { type: 'string' }, articleTitle: { type: 'string' }, outlet: { type: 'string' }, date: { type: 'string' },
            actor: ref('PersonRef'), target: ref('PersonRef'), action: { type: 'string' }, stance: { type: 'string', enum: ['for', 'against'] }, negated: { type: 'boolean' }, conditional: { type: 'boolean' },
            evidence: ref('TextSpan'),
          },
        },
        TextSpan: { type: 'object', required: ['start', 'end', 'text'], properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } },
        ContradictionSide: { type: 'object', required: ['articleId', 'start', 'end', 'text'], properties: { articleId: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } },
        Contradiction: {
          type: 'object', description: 'A statement that clashes with a reported fact: inside one article (`article`), or a denial in one article against an act another reports (`corpus`).',
          required: ['id', 'scope', 'person', 'statement', 'conflictsWith', 'confidence', 'explanation'],
          properties: {
            id: { type: 'string' }, scope: { type: 'string', enum: ['article', 'corpus'] },
            person: { type: 'object', required: ['personId', 'name'], properties: { personId: { type: ['string', 'null'] }, name: { type: 'string' } } },
            statement: ref('ContradictionSide'), conflictsWith: ref('ContradictionSide'), statementDate: { type: 'string' }, factDate: { type: 'string' },
            confidence: { type: 'number' }, explanation: { type: 'string' },
          },
        },
        TimelineEntry: {
          type: 'object', required: ['date', 'articleId', 'action', 'text', 'start', 'end', 'role'],
          properties: {
            date: { type: ['string', 'null'], description: 'The event\'s resolved date (TIMEX value), null when the text gives none.' }, articleId: { type: 'string' }, articleTitle: { type: 'string' }, outlet: { type: 'string' },
            action: { type: 'string' }, text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, role: { type: 'string', enum: ['actor', 'participant'] },
          },
        },
        Stats: {
          type: 'object', required: ['articles', 'quotes', 'people', 'anonymousShare', 'gender', 'party', 'byOutlet', 'byMonth', 'topPeople', 'sourcing'],
          properties: {
            sourcing: {
              type: 'object', description: 'Sourcing profiles summed over the articles that have one (hedges include distancing words); unattributedShare is the mean over those articles.',
              required: ['articles', 'namedSources', 'anonymousSources', 'hedges', 'mediaAttributions', 'unattributedShare'],
              properties: { articles: { type: 'integer' }, namedSources: { type: 'integer' }, anonymousSources: { type: 'integer' }, hedges: { type: 'integer' }, mediaAttributions: { type: 'integer' }, unattributedShare: { type: 'number' } },
            },
            byMonth: {
              type: 'array', description: 'Quotations per month of the article date (YYYY-MM, oldest first; undated quotations left out); gender and party count quotations by named people.',
              items: { type: 'object', required: ['month', 'quotes', 'anonymousShare', 'gender', 'party'], properties: { month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' }, quotes: { type: 'integer' }, anonymousShare: { type: 'number' }, gender: { type: 'object', additionalProperties: { type: 'integer' } }, party: { type: 'object', additionalProperties: { type: 'integer' } } } },
            },
          },
        },
      },
    },
    paths: {
      '/api/analyze': {
        post: {
          summary: 'Analyze one article without storing it.',
          requestBody: { required: true, content: { 'application/json': { schema: ref('ArticleRequest') } } },
          responses: { 200: ok('The Analysis.', ref('Analysis')), ...errorResponses('INVALID_INPUT', 'INPUT_TOO_LARGE', 'UNSUPPORTED_FORMAT', 'RATE_LIMITED', 'INTERNAL') },
        },
      },
      '/api/articles': {
        post: {
          summary: 'Analyze an article and save it in the corpus (idempotent on content).',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('ArticleRequest') } } },
          responses: { 201: ok('Inserted.', ref('SaveResult')), 200: ok('Already stored, or re-analyzed.', ref('SaveResult')), ...errorResponses('INVALID_INPUT', 'UNAUTHORIZED', 'INPUT_TOO_LARGE', 'UNSUPPORTED_FORMAT', 'RATE_LIMITED') },
        },
        get: {
          summary: 'List or search articles, newest first.',
          parameters: [queryParameter('q', 'Words in the title or text.'), queryParameter('outlet', 'Outlet name.'), ...dateRange, ...pagination],
          responses: { 200: ok('A page of articles.', page('ArticleSummary')), ...errorResponses('INVALID_INPUT', 'RATE_LIMITED') },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with its text, metadata and analysis.',
          parameters: [idParameter],
          responses: { 200: ok('The article and its analysis.', { type: 'object', properties: { article: { type: 'object' }, analysis: ref('Analysis') } }), ...errorResponses('NOT_FOUND', 'INVALID_INPUT') },
        },
      },
      '/api/quotes': {
        get: {
          summary: 'Search quotations.',
          parameters: [queryParameter('q', 'Words in the quotation.'), queryParameter('speaker', 'Speaker name or person id.'), queryParameter('about', 'A person mentioned in the quotation.'), queryParameter('outlet', 'Outlet name.'), ...dateRange, ...pagination],
          responses: { 200: ok('A page of quotations.', page('Quote')), ...errorResponses('INVALID_INPUT', 'RATE_LIMITED') },
        },
      },
      '/api/people': {
        get: {
          summary: 'List people, most quoted first.',
          parameters: [queryParameter('q', 'Part of a name.'), ...pagination],
          responses: { 200: ok('A page of people.', page('Person')), ...errorResponses('INVALID_INPUT', 'RATE_LIMITED') },
        },
      },
      '/api/people/{id}': {
        get: {
          summary: "A person's dossier: quotations over time, outlets, people they speak about, timeline, calls made and received, contradictions.",
          parameters: [{ ...(idParameter as Record<string, Json>), description: 'Person id or name.' }],
          responses: { 200: ok('The dossier.', ref('Dossier')), ...errorResponses('NOT_FOUND', 'INVALID_INPUT') },
        },
      },
      '/api/people/{id}/timeline': {
        get: {
          summary: "A person's events across the corpus (as actor or participant): dated events in calendar order, then undated ones.",
          parameters: [{ ...(idParameter as Record<string, Json>), description: 'Person id or name.' }, ...pagination],
          responses: { 200: ok('A page of timeline entries.', page('TimelineEntry')), ...errorResponses('NOT_FOUND', 'INVALID_INPUT') },
        },
      },
      '/api/calls': {
        get: {
          summary: 'Search calls to act, newest articles first.',
          parameters: [queryParameter('actor', 'Who urges: a person id or part of a name.'), queryParameter('target', 'Who is urged: a person id or part of a name.'), queryParameter('action', 'Words of the action ("resign").'), ...dateRange, ...pagination],
          responses: { 200: ok('A page of calls.', page('Call')), ...errorResponses('INVALID_INPUT', 'RATE_LIMITED') },
        },
      },
      '/api/contradictions': {
        get: {
          summary: 'Contradictions inside articles and across the corpus, newest statements first.',
          parameters: [queryParameter('person', 'A person id or part of a name.'), ...pagination],
          responses: { 200: ok('A page of contradictions.', page('Contradiction')), ...errorResponses('INVALID_INPUT', 'RATE_LIMITED') },
        },
      },
      '/api/stats': { get: { summary: 'Corpus statistics for the dashboard (cached for a few seconds).', responses: { 200: ok('Statistics.', ref('Stats')) } } },
      '/api/health': { get: { summary: 'Liveness, analyses running or waiting, and analysis threads ready (they load models at start).', responses: { 200: ok('Health.', { type: 'object', properties: { ok: { type: 'boolean' }, pending: { type: 'integer' }, analysisThreads: { type: 'integer' }, analysisThreadsReady: { type: 'integer' } } }) } } },
      '/api/openapi.json': { get: { summary: 'This document.', responses: { 200: ok('OpenAPI 3.1 document.', { type: 'object' }) } } },
    },
  };
}
