/**
 * Saving one article with its analysis, all in one transaction: the article row, the analysis
 * JSON (which keeps every mention), entities with their corpus people, quotes and whom they talk
 * about, events with their people, calls, contradictions (the article's own and those its claims
 * make with stored articles), claims and the sourcing profile. A process killed at any moment
 * leaves either all of an article's rows or none of them.
 */
import type { WorkingDocument } from '../pipeline/document.js';
import { normalizeDate } from '../pipeline/input-checks.js';
import type { Analysis } from '../types.js';
import { articleRows, storedAnalysisJson, type ArticleRows, type PreparedRows } from './article-rows.js';
import { articleId, contentHash } from './article-id.js';
import { CONTRADICTION_INSERT, corpusContradictions } from './corpus-contradictions.js';
import type { SqlExecutor, SqlValue } from './database.js';
import { toText } from './database.js';
import { linkPerson, loadDecisions, type Decisions } from './people.js';
import { indexPendingQuotes, pendingQuoteIndex, type PendingQuoteIndex } from './quote-index.js';
import type { ArticleInput, SaveResult } from './types.js';

async function deleteRows(tx: SqlExecutor, id: string, pending: PendingQuoteIndex | null): Promise<void> {
  // The delete trigger takes quotations out of the full-text index, so they must be in it first.
  if (pending?.articleIds.has(id)) await indexPendingQuotes(tx, pending);
  // Contradictions across articles go with either of their articles; the next save pairs the new version again.
  await tx.run('DELETE FROM contradictions WHERE article_id = ? OR conflict_article_id = ?', [id, id]);
  await tx.run('DELETE FROM claims WHERE article_id = ?', [id]);
  await tx.run('DELETE FROM calls WHERE article_id = ?', [id]);
  await tx.run('DELETE FROM event_people WHERE article_id = ?', [id]);
  await tx.run('DELETE FROM events WHERE article_id = ?', [id]);
  await tx.run('DELETE FROM article_sourcing WHERE article_id = ?', [id]);
  await tx.run('DELETE FROM quote_about WHERE article_id = ?', [id]);
  await tx.run('DELETE FROM quotes WHERE article_id = ?', [id]);
  await tx.run('DELETE FROM entities WHERE article_id = ?', [id]);
  await tx.run('DELETE FROM analyses WHERE article_id = ?', [id]);
}

const flag = (value: boolean): number => (value ? 1 : 0);

async function insertRows(tx: SqlExecutor, decisions: Decisions, id: string, article: ArticleInput, rows: ArticleRows): Promise<void> {
  const personOf = new Map<string, string | null>();
  // Sorted so that concurrent writers (PostgreSQL workers) take person rows in the same order.
  const people = rows.entities.flatMap((entity) => (entity.person ? [{ entityId: entity.entityId, person: entity.person }] : []))
    .sort((a, b) => a.person.name.localeCompare(b.person.name));
  for (const { entityId, person } of people) personOf.set(entityId, await linkPerson(tx, decisions, person, id));
  await tx.insert('INSERT INTO entities (article_id, entity_id, type, name, title, party, state, gender, anonymous, description, person_id, mention_count)',
    rows.entities.map((e) => [id, e.entityId, e.type, e.name, e.title, e.party, e.state, e.gender, flag(e.anonymous), e.description, personOf.get(e.entityId) ?? null, e.mentionCount]));
  const date = article.date ?? null;
  const outlet = article.outlet ?? null;
  const personOfQuote = (entityId: string | null): string | null => (entityId !== null ? personOf.get(entityId) ?? null : null);
  await tx.insert(`INSERT INTO quotes (article_id, quote_id, kind, start_offset, end_offset, text, speaker_name, speaker_entity, speaker_start, speaker_end,
      person_id, anonymous, speaker_gender, speaker_party, cue_start, cue_end, confidence, source, reason, outlet, date)`,
    rows.quotes.map((quote) => [id, quote.quoteId, quote.kind, quote.start, quote.end, quote.text, quote.speakerName, quote.speakerEntity, quote.speakerStart, quote.speakerEnd,
      personOfQuote(quote.speakerEntity), flag(quote.anonymous), quote.speakerGender, quote.speakerParty, quote.cueStart, quote.cueEnd, quote.confidence, quote.source, quote.reason, outlet, date]));
  await tx.insert('INSERT INTO quote_about (article_id, quote_id, person_id, name)',
    rows.quotes.flatMap((quote) => quote.about.map((about) => [id, quote.quoteId, personOf.get(about.entityId) ?? null, about.name])));
  await insertAnalysisRows(tx, id, rows, personOfQuote);
}

/** Events, calls, contradictions, claims and sourcing, with people resolved as quotation speakers are. */
async function insertAnalysisRows(tx: SqlExecutor, id: string, rows: ArticleRows, personOf: (entityId: string | null) => string | null): Promise<void> {
  await tx.insert('INSERT INTO events (article_id, event_id, action, action_start, action_end, start_offset, end_offset, text, date_value, date_anchor, date_first, source)',
    rows.events.map((event) => [id, event.eventId, event.action, event.actionStart, event.actionEnd, event.start, event.end, event.text, event.dateValue, event.dateAnchor, event.dateFirst, event.source]));
  await tx.insert('INSERT INTO event_people (article_id, event_id, role, person_id, name)',
    rows.events.flatMap((event) => event.people.map((person) => [id, event.eventId, person.role, personOf(person.entityId), person.name])));
  await tx.insert(`INSERT INTO calls (article_id, call_id, actor_person_id, actor_name, target_person_id, target_name, action, stance, negated, conditional, condition_text,
      start_offset, end_offset, text, source)`,
    rows.calls.map((call) => [id, call.callId, personOf(call.actorEntity), call.actorName, personOf(call.targetEntity), call.targetName, call.action, call.stance,
      flag(call.negated), flag(call.conditional), call.conditionText, call.start, call.end, call.text, call.source]));
  const own = rows.contradictions.map((c) => [`${id}#${c.contradictionId}`, 'article', id, personOf(c.personEntity), c.personName, c.statement.start, c.statement.end, c.statement.text,
    id, c.conflictsWith.start, c.conflictsWith.end, c.conflictsWith.text, c.statementDate, c.factDate, c.confidence, c.explanation, c.source]);
  const claims = rows.claims.map((claim) => ({ ...claim, personId: personOf(claim.entityId) }));
  await tx.insert(CONTRADICTION_INSERT, [...own, ...(claims.length > 0 ? await corpusContradictions(tx, id, claims) : [])]);
  await tx.insert(`INSERT INTO claims (article_id, role, person_id, name, name_key, family, groups_text, quoted, confirmed, hedged, speaker_name, speaker_key,
      start_offset, end_offset, text)`,
    claims.map((c) => [id, c.role, c.personId, c.name, c.nameKey, c.family, c.groups.join(' '), flag(c.quoted), flag(c.confirmed), flag(c.hedged), c.speakerName, c.speakerKey,
      c.start, c.end, c.text]));
  const sourcing = rows.sourcing;
  if (sourcing) {
    await tx.run('INSERT INTO article_sourcing (article_id, named_sources, anonymous_sources, hedges, distancing, media_attributions, unattributed_share) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [id, sourcing.namedSources, sourcing.anonymousSources, sourcing.hedges, sourcing.distancing, sourcing.mediaAttributions, sourcing.unattributedShare]);
  }
}

/**
 * Compute the rows, stored JSON and content hash of an article (pure; ingest does it in the analysis
 * workers, passing analyze()'s working document so the article is not segmented again).
 */
export function prepareRows(article: ArticleInput, analysis: Analysis, document?: WorkingDocument): PreparedRows {
  return {
    contentHash: contentHash(article.text), rows: articleRows(analysis, article.text, document), json: storedAnalysisJson(analysis),
    analyzer: analysis.analyzer, schemaVersion: analysis.schemaVersion, title: analysis.title ?? null, date: analysis.date ?? null,
  };
}

/** Save an article with its prepared rows in the given transaction; unchanged content with the same analyzer is left alone. */
async function saveArticleRows(tx: SqlExecutor, decisions: Decisions, pending: PendingQuoteIndex | null, article: ArticleInput, prepared: PreparedRows): Promise<SaveResult> {
  const hash = prepared.contentHash;
  const id = articleId(article, hash);
  const existing = await tx.all('SELECT content_hash, analyzer FROM articles WHERE id = ?', [id]);
  const before = existing[0];
  if (before && toText(before.content_hash) === hash && toText(before.analyzer) === prepared.analyzer) return { id, status: 'unchanged' };
  const date = (article.date ? normalizeDate(String(article.date)) : null) ?? prepared.date;
  const values: SqlValue[] = [article.url ?? null, article.title ?? prepared.title, article.byline ?? null, article.outlet ?? null,
    date, article.text, hash, prepared.analyzer, new Date().toISOString()];
  if (before) {
    await deleteRows(tx, id, pending);
    await tx.run('UPDATE articles SET url = ?, title = ?, byline = ?, outlet = ?, date = ?, text = ?, content_hash = ?, analyzer = ?, ingested_at = ? WHERE id = ?', [...values, id]);
  } else {
    await tx.run('INSERT INTO articles (url, title, byline, outlet, date, text, content_hash, analyzer, ingested_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [...values, id]);
  }
  await tx.run('INSERT INTO analyses (article_id, analyzer, schema_version, json) VALUES (?, ?, ?, ?)', [id, prepared.analyzer, prepared.schemaVersion, prepared.json]);
  await insertRows(tx, decisions, id, { ...article, ...(date !== null ? { date } : {}) }, prepared.rows);
  pending?.articleIds.add(id);
  return { id, status: before ? 'reanalyzed' : 'inserted' };
}

/** Save articles with their prepared rows in the given transaction, in order; each is all-or-nothing with the transaction. */
export async function saveArticleGroup(tx: SqlExecutor, items: ReadonlyArray<{ article: ArticleInput; prepared: PreparedRows }>): Promise<SaveResult[]> {
  const decisions = await loadDecisions(tx);
  const pending = pendingQuoteIndex(tx);
  const results: SaveResult[] = [];
  for (const item of items) results.push(await saveArticleRows(tx, decisions, pending, item.article, item.prepared));
  await indexPendingQuotes(tx, pending);
  return results;
}
