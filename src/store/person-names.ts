/**
 * How a person's canonical name (from analyze()) becomes a corpus key: case, accents, honorifics,
 * suffixes and middle initials are ignored, so "Jeff Sessions" and "Mr. Jeff B. Sessions" meet,
 * while "Paul Ryan" and "Ryan Zinke" never do (the whole name is compared, not any one word).
 */
import { createHash } from 'node:crypto';
import { lazy, readTsv } from '../text/lexicon.js';

const affixes = lazy(() => {
  const prefixes = new Set<string>();
  const suffixes = new Set<string>();
  for (const [kind, word] of readTsv('store/name-affixes.tsv')) {
    if (!word) continue;
    if (kind === 'prefix') prefixes.add(word);
    else if (kind === 'suffix') suffixes.add(word);
  }
  return { prefixes, suffixes };
});

/** A person name reduced for matching across articles. */
export interface PersonNameKey {
  /** The words that identify the person, lower case, space-separated ("jeff sessions"). */
  key: string;
  /** The last word ("sessions"). */
  surname: string;
  /** True when the name has a given name as well as a surname. */
  full: boolean;
}

/** Reduce a person's name to its matching key; null when nothing name-like is left. */
export function personNameKey(name: string): PersonNameKey | null {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/^['’-]+|['’-]+$/gu, '').replace(/’/gu, "'"))
    .filter((word) => word !== '');
  const { prefixes, suffixes } = affixes();
  while (words.length > 1 && prefixes.has(words[0] ?? '')) words.shift();
  while (words.length > 1 && suffixes.has(words[words.length - 1] ?? '')) words.pop();
  // Middle initials ("George W. Bush") vary between outlets; the first and last words stay.
  const kept = words.filter((word, index) => index === 0 || index === words.length - 1 || word.length > 1);
  const surname = kept[kept.length - 1];
  if (surname === undefined) return null;
  return { key: kept.join(' '), surname, full: kept.length > 1 };
}

/** The stable id of the corpus person with this key, the same in every database. */
export function personIdForKey(key: string): string {
  return `p${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/** A person's name with its matching key and the id that key gives: what linking starts from, computed once per entity (in the analysis worker during ingest). */
export interface PersonName {
  name: string;
  key: PersonNameKey;
  id: string;
}

/** The matching key and id of a person's name; null when nothing name-like is left. */
export function personName(name: string): PersonName | null {
  const key = personNameKey(name);
  return key ? { name, key, id: personIdForKey(key.key) } : null;
}
