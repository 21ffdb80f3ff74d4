/**
 * Corpus people: linking an article's person entities to one person across articles, and the
 * manual merge/split decisions that override the automatic linking on every later ingest.
 *
 * Linking, in order: the entity's canonical name gives a key (person-names.ts); a surname-only
 * name joins the one full-name person with that surname, when exactly one exists; then recorded
 * merges map the key to the kept person, and a split recorded for this article maps it to the
 * split-off person (merges apply again after, so a split-off person can itself be merged).
 */
import { WhosaidError } from '../errors.js';
import type { SqlExecutor } from './database.js';
import { toNumber, toText } from './database.js';
import { personIdForKey, type PersonName } from './person-names.js';

/** full_name values: 0 surname only, 1 given name and surname, 2 split off by hand. */
const SURNAME_ONLY = 0;
const FULL_NAME = 1;
const SPLIT_OFF = 2;
const MAX_DECISION_HOPS = 16;

/** The manual decisions, read once per transaction (there are few; most corpora have none). */
export interface Decisions {
  merges: Map<string, string>;
  splits: Map<string, string>;
}

/** Read every recorded decision: merges by key, splits by key and article. */
export async function loadDecisions(tx: SqlExecutor): Promise<Decisions> {
  const rows = await tx.all('SELECT kind, person_key, target_key, article_id FROM person_decisions ORDER BY seq');
  const merges = new Map<string, string>();
  const splits = new Map<string, string>();
  for (const row of rows) {
    if (row.kind === 'merge') merges.set(String(row.person_key), String(row.target_key));
    else if (row.kind === 'split') splits.set(`${String(row.person_key)}\u0000${String(row.article_id)}`, String(row.target_key));
  }
  return { merges, splits };
}

function mergedKey(decisions: Decisions, key: string): string {
  let current = key;
  for (let hop = 0; hop < MAX_DECISION_HOPS; hop++) {
    const target = decisions.merges.get(current);
    if (target === undefined || target === current) return current;
    current = target;
  }
  return current;
}

function decidedKey(decisions: Decisions, key: string, articleId: string): string {
  if (decisions.merges.size === 0 && decisions.splits.size === 0) return key;
  const merged = mergedKey(decisions, key);
  const split = decisions.splits.get(`${merged}\u0000${articleId}`);
  return split === undefined ? merged : mergedKey(decisions, split);
}

async function hasDecisions(tx: SqlExecutor, key: string): Promise<boolean> {
  const rows = await tx.all('SELECT 1 AS found FROM person_decisions WHERE person_key = ? OR target_key = ? LIMIT 1', [key, key]);
  return rows.length > 0;
}

/** Every column that holds a corpus person id, as [table, column]. */
const PERSON_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['entities', 'person_id'], ['quotes', 'person_id'], ['quote_about', 'person_id'], ['event_people', 'person_id'],
  ['calls', 'actor_person_id'], ['calls', 'target_person_id'], ['contradictions', 'person_id'], ['claims', 'person_id'],
];

/** Move every row of one person to another (entities, quotations as speaker and subject, events, calls, contradictions, claims). */
async function repoint(tx: SqlExecutor, fromId: string, toId: string, articleId?: string): Promise<void> {
  for (const [table, column] of PERSON_COLUMNS) {
    if (articleId === undefined) await tx.run(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ?`, [toId, fromId]);
    else await tx.run(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ? AND article_id = ?`, [toId, fromId, articleId]);
  }
}

/** Link a person entity of an article to its corpus person (creating it); returns the person id. */
export async function linkPerson(tx: SqlExecutor, decisions: Decisions, person: PersonName, articleId: string): Promise<string> {
  const parsed = person.key;
  let key = parsed.key;
  if (!parsed.full) {
    const candidates = await tx.all('SELECT key FROM people WHERE surname = ? AND full_name = ? LIMIT 2', [parsed.surname, FULL_NAME]);
    const only = candidates.length === 1 ? toText(candidates[0]?.key) : null;
    if (only !== null) key = only;
  }
  key = decidedKey(decisions, key, articleId);
  const id = key === parsed.key ? person.id : personIdForKey(key);
  const created = await tx.run('INSERT INTO people (id, key, name, surname, full_name) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING', [
    id, key, person.name.trim(), parsed.surname, key === parsed.key ? (parsed.full ? FULL_NAME : SURNAME_ONLY) : FULL_NAME,
  ]);
  if (created > 0 && parsed.full && key === parsed.key) await adoptSurnameOnly(tx, id, parsed.surname);
  return id;
}

/** A new full-name person takes over the surname-only person of the same surname, when it is the only full name with it. */
async function adoptSurnameOnly(tx: SqlExecutor, id: string, surname: string): Promise<void> {
  // Most new people have no surname-only namesake: look that up first, by the unique key.
  const orphan = await tx.all('SELECT id, key FROM people WHERE key = ? AND full_name = ?', [surname, SURNAME_ONLY]);
  const orphanId = toText(orphan[0]?.id);
  if (orphanId === null) return;
  const full = await tx.all('SELECT id FROM people WHERE surname = ? AND full_name = ? LIMIT 2', [surname, FULL_NAME]);
  if (full.length !== 1 || (await hasDecisions(tx, surname))) return;
  await repoint(tx, orphanId, id);
  await tx.run('DELETE FROM people WHERE id = ?', [orphanId]);
}

async function personKey(tx: SqlExecutor, id: string): Promise<{ key: string; name: string; surname: string }> {
  const rows = await tx.all('SELECT key, name, surname FROM people WHERE id = ?', [id]);
  const row = rows[0];
  if (!row) throw new WhosaidError('NOT_FOUND', `there is no person with id '${id}'`);
  return { key: String(row.key), name: String(row.name), surname: String(row.surname) };
}

/** Record and apply a manual merge: `mergeId` becomes `keepId` now and on every later ingest. */
export async function mergePeople(tx: SqlExecutor, keepId: string, mergeId: string): Promise<void> {
  if (keepId === mergeId) throw new WhosaidError('INVALID_INPUT', 'a person cannot be merged with itself; name two different person ids');
  const keep = await personKey(tx, keepId);
  const merged = await personKey(tx, mergeId);
  await tx.run(`INSERT INTO person_decisions (kind, person_key, target_key, article_id, decided_at) VALUES ('merge', ?, ?, NULL, ?)`, [merged.key, keep.key, new Date().toISOString()]);
  // Earlier merges into the merged person now lead straight to the kept one.
  await tx.run(`UPDATE person_decisions SET target_key = ? WHERE kind = 'merge' AND target_key = ? AND person_key <> ?`, [keep.key, merged.key, keep.key]);
  await repoint(tx, mergeId, keepId);
  await tx.run('DELETE FROM people WHERE id = ?', [mergeId]);
}

/** Record and apply a manual split: the person's mentions in one article become a new person; returns its id. */
export async function splitPerson(tx: SqlExecutor, personId: string, articleId: string): Promise<string> {
  const person = await personKey(tx, personId);
  const linked = await tx.all('SELECT count(*) AS n FROM entities WHERE person_id = ? AND article_id = ?', [personId, articleId]);
  if (toNumber(linked[0]?.n) === 0) throw new WhosaidError('NOT_FOUND', `person '${personId}' is not mentioned in article '${articleId}'`);
  const newKey = `${person.key}@${articleId}`;
  const newId = personIdForKey(newKey);
  await tx.run('INSERT INTO people (id, key, name, surname, full_name) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING', [newId, newKey, person.name, person.surname, SPLIT_OFF]);
  await tx.run(`INSERT INTO person_decisions (kind, person_key, target_key, article_id, decided_at) VALUES ('split', ?, ?, ?, ?)`, [person.key, newKey, articleId, new Date().toISOString()]);
  await repoint(tx, personId, newId, articleId);
  return newId;
}
