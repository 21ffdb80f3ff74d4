/** A person's timeline across the corpus: the events they are the actor of or take part in, in calendar order. */
import type { SqlExecutor, SqlRow } from './database.js';
import { toNumber, toText } from './database.js';
import { toPage } from './cursor.js';
import type { Page, TimelineEntry } from './types.js';

function toTimelineEntry(row: SqlRow): TimelineEntry {
  const entry: TimelineEntry = {
    date: toText(row.date_value), articleId: String(row.article_id), action: String(row.action), text: String(row.text),
    start: toNumber(row.start_offset), end: toNumber(row.end_offset), role: row.role === 'participant' ? 'participant' : 'actor',
  };
  const title = toText(row.article_title);
  const outlet = toText(row.outlet);
  if (title !== null) entry.articleTitle = title;
  if (outlet !== null) entry.outlet = outlet;
  return entry;
}

/** A page of one person's events: dated events by the first day their date can mean, then undated ones by article date. */
export async function personTimeline(db: SqlExecutor, personId: string, size: number, offset: number): Promise<Page<TimelineEntry>> {
  const rows = await db.all(
    `SELECT e.article_id, e.action, e.start_offset, e.end_offset, e.text, e.date_value, p.role, a.title AS article_title, a.outlet
     FROM event_people p JOIN events e ON e.article_id = p.article_id AND e.event_id = p.event_id JOIN articles a ON a.id = e.article_id
     WHERE p.person_id = ? ORDER BY e.date_first NULLS LAST, a.date NULLS LAST, e.article_id, e.start_offset, p.role LIMIT ? OFFSET ?`,
    [personId, size + 1, offset]);
  const page = toPage(rows, offset, size);
  return { items: page.items.map(toTimelineEntry), nextCursor: page.nextCursor };
}
