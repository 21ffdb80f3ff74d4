/** Reading corpus people: listing, describing (titles, parties, counts), finding by name, the dossier and the timeline. */
import { personCalls } from './call-queries.js';
import { personContradictions } from './contradiction-queries.js';
import type { SqlExecutor, SqlRow } from './database.js';
import { toNumber, toText } from './database.js';
import { decodeCursor, pageSize, toPage } from './cursor.js';
import { personNameKey, personIdForKey } from './person-names.js';
import { containsPattern, QUOTE_COLUMNS } from './query-filters.js';
import { attachAbout } from './search-quotes.js';
import { personTimeline } from './timeline-queries.js';
import type { Dossier, Page, PersonRecord, TimelineEntry } from './types.js';

const DOSSIER_QUOTES = 50;
const DOSSIER_TOP = 20;
const DOSSIER_TIMELINE = 50;
const DOSSIER_CALLS = 20;
const DOSSIER_CONTRADICTIONS = 20;

function placeholders(count: number): string {
  return new Array(count).fill('?').join(', ');
}

function distinctValues(rows: SqlRow[], id: string, column: string): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = toText(row[column]);
    if (String(row.person_id) === id && value !== null && value !== '' && !values.includes(value)) values.push(value);
  }
  return values.sort();
}

/** Describe people by id: titles, parties and states seen, the most frequent gender, quotation and article counts. */
export async function describePeople(db: SqlExecutor, rows: SqlRow[]): Promise<PersonRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => String(row.id));
  const list = placeholders(ids.length);
  const attributes = await db.all(`SELECT DISTINCT person_id, title, party, state FROM entities WHERE person_id IN (${list})`, ids);
  const genders = await db.all(`SELECT person_id, gender, count(*) AS n FROM entities WHERE person_id IN (${list}) AND gender IS NOT NULL GROUP BY person_id, gender`, ids);
  const articles = await db.all(`SELECT person_id, count(DISTINCT article_id) AS n FROM entities WHERE person_id IN (${list}) GROUP BY person_id`, ids);
  const quotes = await db.all(`SELECT person_id, count(*) AS n FROM quotes WHERE person_id IN (${list}) GROUP BY person_id`, ids);
  const count = (table: SqlRow[], id: string): number => toNumber(table.find((row) => String(row.person_id) === id)?.n);
  return rows.map((row) => {
    const id = String(row.id);
    let gender: string | undefined;
    let best = 0;
    for (const entry of genders) {
      if (String(entry.person_id) === id && toNumber(entry.n) > best) {
        best = toNumber(entry.n);
        gender = String(entry.gender);
      }
    }
    return {
      id, name: String(row.name),
      titles: distinctValues(attributes, id, 'title'), parties: distinctValues(attributes, id, 'party'), states: distinctValues(attributes, id, 'state'),
      ...(gender !== undefined ? { gender } : {}),
      quoteCount: count(quotes, id), articleCount: count(articles, id),
    };
  });
}

/** People whose name contains `q`, by name; the cursor pages on. */
export async function listPeople(db: SqlExecutor, query: { q?: string; limit?: number; cursor?: string }): Promise<Page<PersonRecord>> {
  const offset = decodeCursor(query.cursor);
  const size = pageSize(query.limit);
  const where = query.q ? `WHERE lower(name) LIKE ? ESCAPE '\\'` : '';
  const params = query.q ? [containsPattern(query.q)] : [];
  const rows = await db.all(`SELECT id, name FROM people ${where} ORDER BY name, id LIMIT ? OFFSET ?`, [...params, size + 1, offset]);
  const page = toPage(rows, offset, size);
  return { items: await describePeople(db, page.items), nextCursor: page.nextCursor };
}

/** Find a person by id, by full name, by a surname shared by only one full name, else by the best-quoted name containing the text. */
export async function findPerson(db: SqlExecutor, idOrName: string): Promise<SqlRow | null> {
  const byId = await db.all('SELECT id, name FROM people WHERE id = ?', [idOrName.trim()]);
  if (byId[0]) return byId[0];
  const parsed = personNameKey(idOrName);
  if (!parsed) return null;
  const byKey = await db.all('SELECT id, name FROM people WHERE id = ?', [personIdForKey(parsed.key)]);
  if (byKey[0]) return byKey[0];
  const bySurname = await db.all('SELECT id, name FROM people WHERE surname = ? AND full_name = 1 LIMIT 2', [parsed.surname]);
  const only = bySurname.length === 1 ? bySurname[0] : undefined;
  if (only) {
    if (!parsed.full) return only;
    // "Attorney General Sessions": the words before the surname must be a title the person was given.
    const title = parsed.key.slice(0, -parsed.surname.length).trim();
    const titles = await db.all('SELECT 1 AS found FROM entities WHERE person_id = ? AND lower(title) = ? LIMIT 1', [String(only.id), title]);
    if (titles.length > 0) return only;
  }
  const byName = await db.all(
    `SELECT p.id, p.name, (SELECT count(*) FROM quotes q WHERE q.person_id = p.id) AS n FROM people p WHERE lower(p.name) LIKE ? ESCAPE '\\' ORDER BY n DESC, p.name LIMIT 1`,
    [containsPattern(idOrName.trim())],
  );
  return byName[0] ?? null;
}

/** The timeline of a person found by id or name (as dossiers find them), or null when there is no such person. */
export async function timeline(db: SqlExecutor, personIdOrName: string, options: { limit?: number; cursor?: string } = {}): Promise<Page<TimelineEntry> | null> {
  const offset = decodeCursor(options.cursor);
  const person = await findPerson(db, personIdOrName);
  if (!person) return null;
  return personTimeline(db, String(person.id), pageSize(options.limit), offset);
}

/**
 * A person's dossier: attributes, quotations over time by outlet, latest quotations, whom they talk
 * about, who quotes them, the start of their timeline, their calls made and received, and their contradictions.
 */
export async function dossier(db: SqlExecutor, idOrName: string): Promise<Dossier | null> {
  const row = await findPerson(db, idOrName);
  if (!row) return null;
  const [person] = await describePeople(db, [row]);
  if (!person) return null;
  const id = person.id;
  const byMonth = await db.all(
    `SELECT substr(date, 1, 7) AS month, outlet, count(*) AS n FROM quotes WHERE person_id = ? GROUP BY substr(date, 1, 7), outlet ORDER BY month, outlet`, [id]);
  const quotes = await db.all(
    // The newest quotations are picked from the index before any row is read.
    `SELECT ${QUOTE_COLUMNS} FROM (SELECT qid FROM quotes WHERE person_id = ? ORDER BY date DESC NULLS LAST, qid DESC LIMIT ?) newest
     JOIN quotes q ON q.qid = newest.qid JOIN articles a ON a.id = q.article_id ORDER BY q.date DESC NULLS LAST, q.qid DESC`, [id, DOSSIER_QUOTES]);
  const about = await db.all(
    `SELECT coalesce(p.name, b.name) AS name, count(*) AS n FROM quotes q JOIN quote_about b ON b.article_id = q.article_id AND b.quote_id = q.quote_id LEFT JOIN people p ON p.id = b.person_id
     WHERE q.person_id = ? GROUP BY coalesce(p.name, b.name) ORDER BY n DESC, name LIMIT ?`, [id, DOSSIER_TOP]);
  const outlets = await db.all(`SELECT outlet, count(*) AS n FROM quotes WHERE person_id = ? GROUP BY outlet ORDER BY n DESC, outlet`, [id]);
  return {
    person,
    quotesByMonth: byMonth.map((entry) => ({ month: toText(entry.month) ?? 'unknown', outlet: toText(entry.outlet) ?? 'unknown', count: toNumber(entry.n) })),
    quotes: await attachAbout(db, quotes),
    talksAbout: about.map((entry) => ({ name: String(entry.name), count: toNumber(entry.n) })),
    quotedBy: outlets.map((entry) => ({ outlet: toText(entry.outlet) ?? 'unknown', count: toNumber(entry.n) })),
    timeline: (await personTimeline(db, id, DOSSIER_TIMELINE, 0)).items,
    calls: await personCalls(db, id, DOSSIER_CALLS),
    contradictions: await personContradictions(db, id, DOSSIER_CONTRADICTIONS),
  };
}
