/** Word lists for people, organizations and places, loaded lazily from data/lexicons. */
import { lazy, readList, readTsv } from '../text/lexicon.js';

/** A person title or role from data/lexicons/titles.tsv. */
export interface TitleEntry {
  words: string[];
  canonical: string;
  gender: 'female' | 'male' | null;
  kind: 'honorific' | 'office' | 'military' | 'role';
}

/** Titles keyed by their first lower-cased word, longest first within a key. */
export const titles = lazy(() => {
  const byFirst = new Map<string, TitleEntry[]>();
  for (const [phrase, canonical, gender, kind] of readTsv('lexicons/titles.tsv')) {
    if (!phrase || !canonical || !kind) continue;
    const words = phrase.toLowerCase().split(' ');
    const entry: TitleEntry = { words, canonical, gender: gender === 'female' || gender === 'male' ? gender : null, kind: kind as TitleEntry['kind'] };
    const list = byFirst.get(words[0]!) ?? [];
    list.push(entry);
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
});

/** A US state with its postal code and the forms that name it. */
export interface StateEntry {
  code: string;
  name: string;
}

/** State forms (postal code, name, AP abbreviation; as written) → state. */
export const usStates = lazy(() => {
  const map = new Map<string, StateEntry>();
  for (const [code, name, abbreviations] of readTsv('lexicons/us-states.tsv')) {
    if (!code || !name) continue;
    const entry = { code, name };
    map.set(code, entry);
    map.set(name, entry);
    for (const form of (abbreviations ?? '').split(' ')) if (form) map.set(form, entry);
  }
  return map;
});

/** Party forms → party name and whether it is a letter (D, R, I) or a word. */
export const parties = lazy(() => {
  const map = new Map<string, { party: string; kind: string }>();
  for (const [form, party, kind] of readTsv('lexicons/parties.tsv')) if (form && party && kind) map.set(form, { party, kind });
  return map;
});

/** Given names → 'female' | 'male' | 'either'. */
export const givenNames = lazy(() => {
  const map = new Map<string, string>();
  for (const [name, gender] of readTsv('lexicons/given-names.tsv')) if (name && gender) map.set(name, gender);
  return map;
});

/** The gender a full name's listed first name suggests ("Graham Norton": male); null for one word, "either" or no listing. */
export function givenNameGender(words: readonly string[]): 'female' | 'male' | null {
  const guess = words.length > 1 ? givenNames().get(words[0]!) : undefined;
  return guess === 'female' || guess === 'male' ? guess : null;
}

function setOf(path: string): () => Set<string> {
  return lazy(() => new Set(readList(path)));
}

/** Country, capital and continent names (NER gazetteer). */
export const countries = setOf('lexicons/ner/countries.txt');
/** Cities (NER gazetteer). */
export const cities = setOf('lexicons/ner/cities.txt');
/** Short and informal place names (NER gazetteer). */
export const extraPlaces = setOf('lexicons/ner/places-extra.txt');
/** Nationality and group adjectives: capitalized but no name ("Russian", "Democrats"). */
export const demonyms = setOf('lexicons/ner/demonyms.txt');
/** Government bodies and agencies ("White House", "Congress"). */
export const governmentBodies = setOf('lexicons/ner/government-bodies.txt');
/** News organizations. */
export const newsOutlets = setOf('lexicons/ner/news-outlets.txt');
/** Words that make a capitalized phrase an organization ("Committee", "University"). */
export const organizationWords = setOf('lexicons/ner/org-words.txt');
/** Heads of "the company said", which refers to the organization named last (data/lexicons/organization-nouns.tsv). */
export const organizationNouns = setOf('lexicons/organization-nouns.tsv');
/** Nouns that make the name right after them an organization ("oil firm Yukos", "regulator Ofcom"). */
export const organizationDescriptors = lazy(() => new Set([...organizationNouns(), ...readList('lexicons/organization-descriptors.tsv')]));
/** Month and weekday names. */
export const calendarWords = setOf('lexicons/ner/calendar.txt');
/** Capitalized words that begin sentences or headlines but never names (data/lexicons/not-names.tsv). */
export const notNames = setOf('lexicons/not-names.tsv');

/** Styles that name a person with "of <Place>" ("Duke of Edinburgh"), as word lists with a gender keyed by their first word; data/lexicons/styles-of-place.tsv. */
export const stylesOfPlace = lazy(() => {
  const list: Array<{ words: string[]; gender: 'female' | 'male' | null }> = [];
  for (const [style, gender] of readTsv('lexicons/styles-of-place.tsv')) {
    if (style) list.push({ words: style.split(' '), gender: gender === 'female' || gender === 'male' ? gender : null });
  }
  // Keyed by first word (looked up at every capitalized token), each list longest first so "lord mayor" wins over "lord".
  const byFirstWord = new Map<string, typeof list>();
  for (const entry of list.sort((a, b) => b.words.length - a.words.length)) {
    const first = entry.words[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
  }
  return byFirstWord;
});

/** Role nouns that head descriptions of people ("the attorney general", "a senior official"), with gender. */
export const roleNouns = lazy(() => {
  const map = new Map<string, { gender: 'female' | 'male' | null; plural: boolean; source: boolean }>();
  for (const [noun, gender, number, source] of readTsv('lexicons/role-nouns.tsv')) {
    if (noun) map.set(noun, { gender: gender === 'female' || gender === 'male' ? gender : null, plural: number === 'plural', source: source === 'source' });
  }
  return map;
});
