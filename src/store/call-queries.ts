/** Reading calls to act: search by actor, target, action and article date, and a person's calls for the dossier. */
import type { SqlExecutor, SqlRow, SqlValue } from './database.js';
import { toNumber, toText } from './database.js';
import { decodeCursor, pageSize, toPage } from './cursor.js';
import { addDateRange, articleFieldsOf, containsPattern } from './query-filters.js';
import type { CallQuery, CallRecord, Page } from './types.js';

const CALL_COLUMNS = `c.article_id, c.call_id, c.actor_person_id, c.actor_name, c.target_person_id, c.target_name, c.action, c.stance, c.negated, c.conditional,
  c.start_offset, c.end_offset, c.text, a.title AS article_title, a.outlet, a.date`;

function toCallRecord(row: SqlRow): CallRecord {
  const record: CallRecord = {
    id: `${String(row.article_id)}#${String(row.call_id)}`, articleId: String(row.article_id),
    actor: { personId: toText(row.actor_person_id), name: toText(row.actor_name) },
    target: { personId: toText(row.target_person_id), name: toText(row.target_name) },
    action: String(row.action), stance: row.stance === 'against' ? 'against' : 'for',
    negated: toNumber(row.negated) === 1, conditional: toNumber(row.conditional) === 1,
    evidence: { start: toNumber(row.start_offset), end: toNumber(row.end_offset), text: String(row.text) },
  };
  return Object.assign(record, articleFieldsOf(row));
}

/** A condition on one side of a call: the person id itself, or text the stored name or the linked person's name contains. */
function personCondition(side: 'actor' | 'target', text: string): { sql: string; params: SqlValue[] } {
  const pattern = containsPattern(text);
  return {
    sql: `(c.${side}_person_id = ? OR lower(c.${side}_name) LIKE ? ESCAPE '\\' OR c.${side}_person_id IN (SELECT id FROM people WHERE lower(name) LIKE ? ESCAPE '\\'))`,
    params: [text.trim(), pattern, pattern],
  };
}

async function selectCalls(db: SqlExecutor, where: string[], params: SqlValue[], size: number, offset: number): Promise<SqlRow[]> {
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  return db.all(`SELECT ${CALL_COLUMNS} FROM calls c JOIN articles a ON a.id = c.article_id ${clause}
    ORDER BY a.date DESC NULLS LAST, c.article_id, c.start_offset LIMIT ? OFFSET ?`, [...params, size, offset]);
}

/** Search calls; newest articles first, in text order within an article. */
export async function searchCalls(db: SqlExecutor, query: CallQuery): Promise<Page<CallRecord>> {
  const offset = decodeCursor(query.cursor);
  const size = pageSize(query.limit);
  const where: string[] = [];
  const params: SqlValue[] = [];
  for (const side of ['actor', 'target'] as const) {
    const text = query[side];
    if (!text) continue;
    const condition = personCondition(side, text);
    where.push(condition.sql);
    params.push(...condition.params);
  }
  if (query.action) {
    where.push(`lower(c.action) LIKE ? ESCAPE '\\'`);
    params.push(containsPattern(query.action));
  }
  addDateRange({ where, params }, 'a.date', query);
  const page = toPage(await selectCalls(db, where, params, size + 1, offset), offset, size);
  return { items: page.items.map(toCallRecord), nextCursor: page.nextCursor };
}

/** The latest calls a person made and received. */
export async function personCalls(db: SqlExecutor, personId: string, limit: number): Promise<{ made: CallRecord[]; received: CallRecord[] }> {
  const made = await selectCalls(db, ['c.actor_person_id = ?'], [personId], limit, 0);
  const received = await selectCalls(db, ['c.target_person_id = ?'], [personId], limit, 0);
  return { made: made.map(toCallRecord), received: received.map(toCallRecord) };
}
