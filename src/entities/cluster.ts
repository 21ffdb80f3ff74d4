/**
 * Groups name mentions into entities: one entity per person ("Jeff Sessions", "Attorney General
 * Sessions", "Sessions"), organization or place. A surname alone joins the most recent person
 * with that surname; "Paul Ryan" and "Ryan Zinke" stay apart because only last names link.
 */
import { insertSorted, lastBelow } from '../text/spans.js';
import { tokenText, type TextView } from '../text/view.js';
import type { Entity, EntityType, Mention } from '../types.js';
import { statedAttributes } from './attributes.js';
import type { NameMention } from './names.js';

/** An entity under construction, with the token positions of its mentions. */
export interface EntityDraft {
  entity: Entity;
  /** Name words of the fullest name seen ("Jeff", "Sessions"). */
  words: string[];
  /** Token index of each mention's head, sorted (for salience). */
  positions: number[];
  /** Keys of the mentions already recorded ("start:end"). */
  seen: Set<string>;
}

const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

function nameWords(view: TextView, mention: NameMention): string[] {
  const words: string[] = [];
  for (let k = mention.from; k < mention.to; k++) {
    const norm = view.tokens[k]!.norm;
    if (norm === '-' || norm === "'" || norm === "'s") continue;
    words.push(norm);
  }
  return words;
}

function surname(words: readonly string[]): string | undefined {
  for (let k = words.length - 1; k >= 0; k--) if (!SUFFIX.test(words[k]!)) return words[k];
  return undefined;
}

/** The registry of entities being built for one document. */
export interface EntityRegistry {
  drafts: EntityDraft[];
  next: number;
}

/** Start an empty registry. */
export function createRegistry(): EntityRegistry {
  return { drafts: [], next: 1 };
}

/** Add a new entity to the registry. */
export function addEntity(registry: EntityRegistry, type: EntityType, name: string, words: string[]): EntityDraft {
  const draft: EntityDraft = { entity: { id: `e${registry.next++}`, type, name, mentions: [] }, words, positions: [], seen: new Set() };
  registry.drafts.push(draft);
  return draft;
}

/** Record a mention on an entity (kept in document order). */
export function addMention(draft: EntityDraft, view: TextView, from: number, to: number, kind: Mention['kind'], source: Mention['source']): void {
  const start = view.tokens[from]!.start;
  const end = view.tokens[to - 1]!.end;
  const key = `${start}:${end}`;
  if (draft.seen.has(key)) return;
  draft.seen.add(key);
  // Mentions are sorted once when the entity is finished; positions stay sorted for salience look-ups.
  draft.entity.mentions.push({ start, end, text: view.text.slice(start, end), kind, source });
  insertSorted(draft.positions, from);
}

const LEGISLATIVE = new Set(['Rep.', 'Sen.', 'Gov.', 'Lt. Gov.']);

/** Cluster name mentions into entities; returns the mention → entity assignment. */
export function clusterNames(view: TextView, names: readonly NameMention[], registry: EntityRegistry): Map<NameMention, EntityDraft> {
  const assigned = new Map<NameMention, EntityDraft>();
  const byText = new Map<string, EntityDraft>();
  const bySurname = new Map<string, EntityDraft[]>();
  // Full names first (two words or more), then single words, so "Sessions" can find "Jeff Sessions"; typed single
  // words before untyped ones, so "Lufthansa said" joins the organization of "airline Lufthansa" wherever it stands.
  const rank = (mention: NameMention): number => (mention.to - mention.from > 1 ? 0 : mention.type === 'unknown' ? 2 : 1);
  const ordered = [...names].sort((a, b) => rank(a) - rank(b) || a.from - b.from);
  for (const mention of ordered) {
    const words = nameWords(view, mention);
    if (words.length === 0) continue;
    const text = words.join(' ');
    let draft: EntityDraft | undefined;
    if (mention.type === 'organization' || mention.type === 'place') {
      draft = byText.get(`${mention.type}:${text}`);
      if (!draft) {
        draft = addEntity(registry, mention.type, tokenText(view, mention.from, mention.to), words);
        byText.set(`${mention.type}:${text}`, draft);
      }
    } else if (words.length > 1) {
      const sameSurname = bySurname.get(surname(words) ?? '') ?? [];
      draft = byText.get(`person:${text}`) ?? sameSurname.find((d) => d.entity.type === 'person' && sameFullName(d.words, words));
      // "Mrs Parker Bowles" after "Camilla Parker Bowles": a titled name that ends a known person's full name.
      if (!draft && mention.titleFrom < mention.from) draft = sameSurname.find((d) => d.entity.type === 'person' && endsWith(d.words, words));
      if (!draft) {
        draft = addEntity(registry, mention.type === 'unknown' ? 'person' : mention.type, tokenText(view, mention.from, mention.to), words);
        if (mention.type === 'unknown') draft.entity.type = 'other';
        byText.set(`person:${text}`, draft);
        const last = surname(words);
        if (last) bySurname.set(last, [...(bySurname.get(last) ?? []), draft]);
      }
    } else {
      // A single word: the most recent person with that surname (before this mention if any), else a new entity.
      const candidates = (bySurname.get(words[0]!) ?? []).filter((d) => d.entity.type === 'person' || d.entity.type === 'other');
      draft = closest(candidates, mention.from);
      if (!draft) draft = byText.get(`single:${text}`);
      if (!draft && mention.type === 'unknown') draft = byText.get(`organization:${text}`) ?? byText.get(`place:${text}`);
      if (!draft) {
        draft = addEntity(registry, mention.type === 'unknown' ? 'other' : mention.type, text, words);
        byText.set(`single:${text}`, draft);
      }
    }
    if (mention.type === 'person' && draft.entity.type === 'other') draft.entity.type = 'person';
    assigned.set(mention, draft);
    addMention(draft, view, mention.titleFrom, mention.to, 'name', mention.source);
    applyTitle(view, mention, draft);
    const stated = statedAttributes(view, mention, draft.entity.title !== undefined && LEGISLATIVE.has(lastTitle(mention)));
    if (stated.party && !draft.entity.party) draft.entity.party = stated.party;
    if (stated.state && !draft.entity.state) draft.entity.state = stated.state;
    if ((stated.party || stated.state) && draft.entity.type === 'other') draft.entity.type = 'person';
  }
  return assigned;
}

function lastTitle(mention: NameMention): string {
  return mention.titleEntries[mention.titleEntries.length - 1]?.canonical ?? '';
}

/** Whether `full` is longer than `tail` and ends with it ("Camilla Parker Bowles" ends with "Parker Bowles"). */
function endsWith(full: readonly string[], tail: readonly string[]): boolean {
  if (full.length <= tail.length) return false;
  const offset = full.length - tail.length;
  return tail.every((word, k) => full[offset + k] === word);
}

function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  // "Donald Trump" = "Donald J. Trump": same first and last word.
  return a[0] === b[0] && surname(a) === surname(b);
}

function closest(candidates: readonly EntityDraft[], position: number): EntityDraft | undefined {
  let best: EntityDraft | undefined;
  let bestDistance = Infinity;
  for (const draft of candidates) {
    const before = lastBelow(draft.positions, position + 1);
    const after = draft.positions.find((p) => p > position) ?? -1;
    const distance = before >= 0 ? position - before : after >= 0 ? (after - position) * 4 : Infinity;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = draft;
    }
  }
  return best;
}

/** Keep the title the text states with the name ("Attorney General", "Rep."), and gender signalled by it. */
function applyTitle(view: TextView, mention: NameMention, draft: EntityDraft): void {
  if (mention.titleFrom >= mention.from) return;
  const title = tokenText(view, mention.titleFrom, mention.from);
  if (!draft.entity.title) draft.entity.title = title;
  if (draft.entity.type === 'other') draft.entity.type = 'person';
  for (const entry of mention.titleEntries) {
    if (entry.gender && !draft.entity.gender) {
      draft.entity.gender = { value: entry.gender, basis: 'stated', evidence: { start: view.tokens[mention.titleFrom]!.start, end: view.tokens[mention.from - 1]!.end } };
    }
  }
}
