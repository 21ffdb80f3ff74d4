/**
 * The store's migrations, in order. Each has the same tables on both backends; only types,
 * identity columns and the full-text index differ. Never edit a released migration: add one.
 */
import type { Dialect } from './database.js';

/** One schema change, as statements per dialect. */
export interface Migration {
  version: number;
  name: string;
  statements: Record<Dialect, readonly string[]>;
}

const common = (quoteId: string, real: string): string[] => [
  `CREATE TABLE articles (
    id TEXT PRIMARY KEY, url TEXT, title TEXT, byline TEXT, outlet TEXT, date TEXT,
    text TEXT NOT NULL, content_hash TEXT NOT NULL, analyzer TEXT NOT NULL, ingested_at TEXT NOT NULL)`,
  'CREATE INDEX articles_content_hash ON articles (content_hash)',
  'CREATE INDEX articles_date ON articles (date, id)',
  'CREATE INDEX articles_outlet ON articles (outlet, date)',
  `CREATE TABLE analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    analyzer TEXT NOT NULL, schema_version INTEGER NOT NULL, json TEXT NOT NULL)`,
  `CREATE TABLE people (
    id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, surname TEXT NOT NULL, full_name INTEGER NOT NULL)`,
  'CREATE INDEX people_surname ON people (surname, full_name)',
  `CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, entity_id TEXT NOT NULL,
    type TEXT NOT NULL, name TEXT NOT NULL, title TEXT, party TEXT, state TEXT, gender TEXT,
    anonymous INTEGER NOT NULL, description TEXT, person_id TEXT, mention_count INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id))`,
  'CREATE INDEX entities_person ON entities (person_id)',
  `CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, entity_id TEXT NOT NULL,
    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, kind TEXT NOT NULL, source TEXT NOT NULL)`,
  'CREATE INDEX mentions_article ON mentions (article_id, entity_id)',
  `CREATE TABLE quotes (
    ${quoteId}, article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, quote_id TEXT NOT NULL,
    kind TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL,
    speaker_name TEXT, speaker_entity TEXT, speaker_start INTEGER, speaker_end INTEGER, person_id TEXT,
    anonymous INTEGER NOT NULL, speaker_gender TEXT, speaker_party TEXT,
    cue_start INTEGER, cue_end INTEGER, confidence ${real} NOT NULL, source TEXT NOT NULL, reason TEXT,
    outlet TEXT, date TEXT, UNIQUE (article_id, quote_id))`,
  'CREATE INDEX quotes_person ON quotes (person_id, date)',
  'CREATE INDEX quotes_date ON quotes (date)',
  'CREATE INDEX quotes_outlet ON quotes (outlet, date)',
  `CREATE TABLE quote_about (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, quote_id TEXT NOT NULL, person_id TEXT, name TEXT NOT NULL)`,
  'CREATE INDEX quote_about_quote ON quote_about (article_id, quote_id)',
  'CREATE INDEX quote_about_person ON quote_about (person_id)',
  `CREATE TABLE person_decisions (
    ${quoteId.replace('qid', 'seq')}, kind TEXT NOT NULL, person_key TEXT NOT NULL, target_key TEXT NOT NULL,
    article_id TEXT, decided_at TEXT NOT NULL)`,
  'CREATE INDEX person_decisions_key ON person_decisions (person_key, kind)',
];

/** Migration 6: events with their people, calls, contradictions (in an article and across articles), claims and sourcing as rows. */
const analysisRows = (serial: string, real: string): string[] => [
  `CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, event_id TEXT NOT NULL, action TEXT NOT NULL,
    action_start INTEGER NOT NULL, action_end INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL,
    date_value TEXT, date_anchor TEXT, date_first TEXT, source TEXT NOT NULL, PRIMARY KEY (article_id, event_id))`,
  `CREATE TABLE event_people (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, event_id TEXT NOT NULL, role TEXT NOT NULL, person_id TEXT, name TEXT)`,
  'CREATE INDEX event_people_article ON event_people (article_id, event_id)',
  'CREATE INDEX event_people_person ON event_people (person_id, article_id, event_id)',
  `CREATE TABLE calls (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, call_id TEXT NOT NULL,
    actor_person_id TEXT, actor_name TEXT, target_person_id TEXT, target_name TEXT, action TEXT NOT NULL, stance TEXT NOT NULL,
    negated INTEGER NOT NULL, conditional INTEGER NOT NULL, condition_text TEXT,
    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (article_id, call_id))`,
  'CREATE INDEX calls_actor ON calls (actor_person_id)',
  'CREATE INDEX calls_target ON calls (target_person_id)',
  `CREATE TABLE contradictions (
    ${serial}, contradiction_id TEXT NOT NULL, scope TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id TEXT, person_name TEXT NOT NULL, statement_start INTEGER NOT NULL, statement_end INTEGER NOT NULL, statement_text TEXT NOT NULL,
    conflict_article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    conflict_start INTEGER NOT NULL, conflict_end INTEGER NOT NULL, conflict_text TEXT NOT NULL,
    statement_date TEXT, fact_date TEXT, confidence ${real} NOT NULL, explanation TEXT NOT NULL, source TEXT NOT NULL)`,
  'CREATE INDEX contradictions_article ON contradictions (article_id)',
  'CREATE INDEX contradictions_conflict ON contradictions (conflict_article_id)',
  'CREATE INDEX contradictions_person ON contradictions (person_id)',
  `CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, role TEXT NOT NULL, person_id TEXT, name TEXT NOT NULL, name_key TEXT NOT NULL,
    family TEXT NOT NULL, groups_text TEXT NOT NULL, quoted INTEGER NOT NULL, confirmed INTEGER NOT NULL, hedged INTEGER NOT NULL,
    speaker_name TEXT, speaker_key TEXT, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL)`,
  'CREATE INDEX claims_key ON claims (name_key, role)',
  'CREATE INDEX claims_article ON claims (article_id)',
  `CREATE TABLE article_sourcing (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE, named_sources INTEGER NOT NULL, anonymous_sources INTEGER NOT NULL,
    hedges INTEGER NOT NULL, distancing INTEGER NOT NULL, media_attributions INTEGER NOT NULL, unattributed_share ${real} NOT NULL)`,
  // Articles stored before these tables have no rows in them: a changed analyzer mark makes the next ingest redo them.
  `UPDATE articles SET analyzer = 'before-migration-6:' || analyzer`,
];

/** A schema change written the same way for both backends. */
function bothDialects(statements: readonly string[]): Record<Dialect, readonly string[]> {
  return { sqlite: statements, postgres: statements };
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'corpus: articles, analyses, people, entities, mentions, quotes, decisions, full-text index',
    statements: {
      sqlite: [
        ...common('qid INTEGER PRIMARY KEY', 'REAL'),
        `CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = 'quotes', content_rowid = 'qid', tokenize = 'porter unicode61 remove_diacritics 2')`,
        'CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN INSERT INTO quotes_fts (rowid, text) VALUES (new.qid, new.text); END',
        `CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.qid, old.text); END`,
      ],
      postgres: [
        ...common('qid BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'DOUBLE PRECISION'),
        `ALTER TABLE quotes ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED`,
        'CREATE INDEX quotes_tsv ON quotes USING GIN (tsv)',
      ],
    },
  },
  {
    version: 2,
    name: 'covering index for corpus statistics (scan an index, not the quotation texts)',
    statements: bothDialects([
      'CREATE INDEX quotes_stats ON quotes (outlet, person_id, anonymous, speaker_gender, speaker_party)',
      'CREATE INDEX quotes_person_stats ON quotes (person_id, speaker_gender, speaker_party)',
    ]),
  },
  {
    version: 3,
    name: "a person's quotations by date with outlet and quote key in the index (dossiers read no quotation rows)",
    statements: bothDialects(['DROP INDEX quotes_person', 'CREATE INDEX quotes_person ON quotes (person_id, date, outlet, article_id, quote_id)']),
  },
  {
    version: 4,
    name: "a person's entities with their attributes in the index (dossiers read no entity rows)",
    statements: bothDialects(['DROP INDEX entities_person', 'CREATE INDEX entities_person ON entities (person_id, article_id, title, party, state, gender)']),
  },
  {
    version: 5,
    // No query read the mention rows (exports and the API take mentions from the stored analysis JSON),
    // and writing them was about 40% of the store's cost per article.
    name: 'drop the write-only mentions table (mentions stay in the stored analysis)',
    statements: bothDialects(['DROP INDEX IF EXISTS mentions_article', 'DROP TABLE IF EXISTS mentions']),
  },
  {
    version: 6,
    name: 'events, calls, contradictions, claims and sourcing profiles as queryable rows',
    statements: {
      sqlite: analysisRows('cid INTEGER PRIMARY KEY', 'REAL'),
      postgres: analysisRows('cid BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'DOUBLE PRECISION'),
    },
  },
  {
    version: 7,
    // Stats.byMonth groups quotations by the month of their date; with the attributes in the date
    // index that reads the index alone instead of every quotation row (date-range searches keep the prefix).
    name: 'covering index for statistics by month (date with person, anonymous, gender and party)',
    statements: bothDialects(['DROP INDEX quotes_date', 'CREATE INDEX quotes_date ON quotes (date, person_id, anonymous, speaker_gender, speaker_party)']),
  },
  {
    version: 8,
    // Every quotation row fed six b-tree indexes and the full-text index. quotes_outlet (outlet, date)
    // served no query (searches compare lower(outlet); statistics read quotes_stats), and
    // quotes_person_stats (person, gender, party) is covered by quotes_person once that carries both.
    name: 'fewer quotation indexes: drop quotes_outlet, fold quotes_person_stats into quotes_person',
    statements: bothDialects([
      'DROP INDEX IF EXISTS quotes_outlet', 'DROP INDEX IF EXISTS quotes_person_stats', 'DROP INDEX quotes_person',
      'CREATE INDEX quotes_person ON quotes (person_id, date, outlet, article_id, quote_id, speaker_gender, speaker_party)',
    ]),
  },
  {
    version: 9,
    // The insert trigger ran inside each INSERT statement's savepoint, and FTS5 writes its pending
    // terms out as a new segment at every savepoint: one segment per article, then merges of them.
    // Saving now indexes a transaction's quotations in one statement (quote-index.ts), which cost a
    // quarter as much. The delete trigger stays: deletes are rare (re-analysis) and must not be missed.
    name: 'the full-text index of quotations is fed once per transaction, not by a per-row trigger',
    statements: { sqlite: ['DROP TRIGGER IF EXISTS quotes_fts_insert'], postgres: [] },
  },
  {
    version: 10,
    // Every query through these indexes names a person (person_id = ?, IN (...), IS NOT NULL, a join
    // on people), yet 57% of entity rows, 37% of quotation rows and 64% of event-people rows have
    // none and still fed them. Partial indexes skip those rows: about 3% less writing and 0.6 KB less
    // per article (bbc.jsonl), and SQLite's plans stay on these indexes (a person's quotation count
    // now reads quotes_person instead of scanning quotes_date).
    name: 'person indexes of entities, quotations and event people leave out rows without a person',
    statements: bothDialects([
      'DROP INDEX entities_person',
      'CREATE INDEX entities_person ON entities (person_id, article_id, title, party, state, gender) WHERE person_id IS NOT NULL',
      'DROP INDEX quotes_person',
      'CREATE INDEX quotes_person ON quotes (person_id, date, outlet, article_id, quote_id, speaker_gender, speaker_party) WHERE person_id IS NOT NULL',
      'DROP INDEX event_people_person',
      'CREATE INDEX event_people_person ON event_people (person_id, article_id, event_id) WHERE person_id IS NOT NULL',
    ]),
  },
];
