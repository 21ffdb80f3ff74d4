/**
 * Proper-name mentions from capitalized runs of tokens, with the title or role before them
 * ("Attorney General Jeff Sessions", "Kremlin spokesperson Dmitry Peskov", "Retired Lt. Gen. Michael
 * Flynn"), classified as person, organization or place by titles, given names and gazetteers.
 * Statistical NER candidates, when available, are merged in by the entity stage.
 */
import { lazy, readList } from '../text/lexicon.js';
import { abbreviationClass } from '../text/tokenize.js';
import { isCapitalizedToken, tokenText, type TextView } from '../text/view.js';
import type { EntityType, Provenance } from '../types.js';
import { calendarWords, cities, countries, demonyms, extraPlaces, givenNames, governmentBodies, newsOutlets, notNames, organizationDescriptors, organizationWords, parties, stylesOfPlace, titles, usStates, type TitleEntry } from './lexicons.js';

/** A proper-name mention found in the text. */
export interface NameMention {
  /** Token range of the name itself (without title). */
  from: number;
  to: number;
  /** First token of the title or role before the name (equals `from` when there is none). */
  titleFrom: number;
  /** The title entries matched, in order. */
  titleEntries: TitleEntry[];
  type: EntityType | 'unknown';
  source: Provenance;
  /** First token of party words right before the name and no part of it ("Tory David Heathcoat-Amory"), if any. */
  partyFrom?: number;
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'ibn', 'mac', 'st.', 'du']);
const SUFFIXES = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv']);
/** Words that may precede a title ("Retired Lt. Gen.", "House Majority Leader"): data/lexicons/title-modifiers.tsv. */
const titleModifiers = lazy(() => new Set(readList('lexicons/title-modifiers.tsv')));

function isWordToken(view: TextView, i: number): boolean {
  const norm = view.tokens[i]?.norm ?? '';
  const code = norm.charCodeAt(0);
  // ASCII answers by code (this runs for every token); other characters by their Unicode category.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return /^[\p{L}]/u.test(norm);
}

/** Match a title starting at token i; returns the entry and its length in tokens. */
export function titleAt(view: TextView, i: number): { entry: TitleEntry; length: number } | null {
  const candidates = titles().get(view.lower[i] ?? '');
  if (!candidates) return null;
  for (const entry of candidates) {
    let ok = true;
    for (let w = 1; w < entry.words.length; w++) if (view.lower[i + w] !== entry.words[w]) ok = false;
    if (ok) return { entry, length: entry.words.length };
  }
  return null;
}

function isNamePart(view: TextView, i: number): boolean {
  const token = view.tokens[i];
  if (!token) return false;
  if (!isWordToken(view, i)) return false;
  if (isCapitalizedToken(view, i)) return true;
  // Only a word ending in a period can be an initial ("e." in "e.e. cummings"): most lower-case words need no lookup.
  return token.norm.endsWith('.') && abbreviationClass(token.norm) === 'initial';
}

/** Whether tokens [from, to) name a known place (country, city, US state or other listed place). */
function isKnownPlace(view: TextView, from: number, to: number): boolean {
  const text = view.text.slice(view.tokens[from]!.start, view.tokens[to - 1]!.end);
  return countries().has(text) || cities().has(text) || usStates().has(text) || extraPlaces().has(text);
}

/** A style with "of <Place>" at token i: "Duke of Edinburgh" (a name), or "Mayor of London" before a personal name (a title). */
interface StyleOfPlace {
  /** End of the place's capitalized run. */
  runEnd: number;
  /** Where a personal name after the place starts ("Mayor of London | Sadiq Khan"), or runEnd when none follows. */
  personFrom: number;
  gender: 'female' | 'male' | null;
}

function styleOfPlaceAt(view: TextView, i: number): StyleOfPlace | null {
  if (!isCapitalizedToken(view, i)) return null;
  const style = stylesOfPlace().get(view.lower[i]!)?.find((entry) => entry.words.every((word, k) => view.lower[i + k] === word));
  if (!style) return null;
  const of = i + style.words.length;
  if (view.lower[of] !== 'of' || !isNamePart(view, of + 1)) return null;
  const sentenceEnd = view.sentenceEnd[view.tokens[i]!.sentence]!;
  let runEnd = of + 1;
  while (runEnd < sentenceEnd && isNamePart(view, runEnd)) runEnd++;
  // "Mayor of London Sadiq Khan": a listed place of one or two words, then at least two more name words.
  let personFrom = runEnd;
  for (const length of [2, 1]) {
    const placeEnd = of + 1 + length;
    if (runEnd - placeEnd >= 2 && isKnownPlace(view, of + 1, placeEnd)) {
      personFrom = placeEnd;
      break;
    }
  }
  return { runEnd, personFrom, gender: style.gender };
}

/** Classify a name (without its title) by gazetteers. */
function classify(text: string, words: readonly string[]): EntityType | 'unknown' {
  if (newsOutlets().has(text) || governmentBodies().has(text)) return 'organization';
  if (words.some((w) => organizationWords().has(w))) return 'organization';
  if (countries().has(text) || extraPlaces().has(text) || usStates().has(text) || cities().has(text)) return 'place';
  if (/^[A-Z]{2,6}$/.test(text)) return 'organization';
  if (words.length >= 2 && givenNames().has(words[0]!)) return 'person';
  return 'unknown';
}

/** Where the party words that open tokens [start, end) end ("Tory", "Labour", "Lib Dem", "Liberal Democrats"). */
function partyWordsEnd(view: TextView, start: number, end: number): number {
  let k = start;
  while (k < end) {
    const match = partyWordAt(view, k);
    if (!match) break;
    k += match.length;
  }
  return k;
}

/** The party word at token k, of one or two tokens ("Tory", "Lib Dems": data/lexicons/parties.tsv), not a party letter. */
export function partyWordAt(view: TextView, k: number): { entry: { party: string; kind: string }; length: number } | null {
  const word = view.tokens[k]?.norm ?? '';
  const next = view.tokens[k + 1]?.norm;
  const pair = next === undefined ? undefined : parties().get(`${word} ${next}`);
  if (pair) return { entry: pair, length: 2 };
  const entry = parties().get(word);
  return entry && entry.kind !== 'letter' ? { entry, length: 1 } : null;
}

/** "D-CA", "R-Wis.", "D-N.Y.": a party letter, a hyphen and a state. */
export function isPartyTag(view: TextView, from: number, to: number): boolean {
  return to - from === 3 && /^[DRI]$/.test(view.tokens[from]!.norm) && view.tokens[from + 1]!.norm === '-' && usStates().has(view.tokens[from + 2]!.norm);
}

/** Find proper-name mentions in the whole document. */
export function findNames(view: TextView): NameMention[] {
  const mentions: NameMention[] = [];
  const count = view.tokens.length;
  let i = 0;
  while (i < count) {
    if (!isNamePart(view, i) && !titleAt(view, i)) {
      i++;
      continue;
    }
    const sentence = view.tokens[i]!.sentence;
    const sentenceEnd = view.sentenceEnd[sentence]!;
    // Collect the capitalized run, allowing particles, initials, hyphens inside names and suffixes.
    let j = i;
    const runTitles: TitleEntry[] = [];
    let lastTitleEnd = i;
    // Where the run's first title starts (-1 until one is read).
    let firstTitleAt = -1;
    // "the Duke of Edinburgh": a style with "of <Place>" that is itself the person's name.
    let styleName: { from: number } | null = null;
    // Whether a name word has been read yet (words that begin sentences but are not names, "The", do not count).
    let nameWordRead = false;
    while (j < sentenceEnd) {
      // A style with "of <Place>" where no name word has been read yet: the name itself, or a title before one.
      const style = !nameWordRead || j === lastTitleEnd ? styleOfPlaceAt(view, j) : null;
      if (style) {
        if (style.personFrom < style.runEnd) {
          const words: string[] = [];
          for (let w = j; w < style.personFrom; w++) words.push(view.lower[w]!);
          runTitles.push({ words, canonical: tokenText(view, j, style.personFrom), gender: style.gender, kind: 'office' });
          j = style.personFrom;
          lastTitleEnd = j;
          continue;
        }
        styleName = { from: j };
        j = style.runEnd;
        break;
      }
      const title = titleAt(view, j);
      if (title && (isCapitalizedToken(view, j) || title.entry.kind === 'role' || title.entry.kind === 'office')) {
        // A lower-case office word only counts right before a capitalized name ("spokesperson Dmitry Peskov").
        if (!isCapitalizedToken(view, j) && !isNamePart(view, j + title.length)) break;
        if (runTitles.length === 0) firstTitleAt = j;
        runTitles.push(title.entry);
        j += title.length;
        lastTitleEnd = j;
        continue;
      }
      if (isNamePart(view, j)) {
        if (!notNames().has(view.tokens[j]!.norm)) nameWordRead = true;
        j++;
        continue;
      }
      const word = view.lower[j]!;
      if (PARTICLES.has(word) && isNamePart(view, j + 1) && j > i) {
        j++;
        continue;
      }
      if (view.tokens[j]!.norm === '-' && !view.tokens[j - 1]!.spaceAfter && !view.tokens[j]!.spaceAfter && isNamePart(view, j + 1)) {
        j++;
        continue;
      }
      if (SUFFIXES.has(word) && j > i) {
        j++;
        continue;
      }
      break;
    }
    let start = i;
    // Words that begin sentences but are not names ("The", "In") are dropped from the front.
    while (start < j && notNames().has(view.tokens[start]!.norm)) start++;
    if (styleName) {
      // The style and place are the name; titles read before it stay its title ("Former Mayor of London").
      const from = styleName.from;
      mentions.push({ from, to: j, titleFrom: Math.min(runTitles.length ? start : from, from), titleEntries: runTitles, type: 'person', source: 'rule:names/style-of-place' });
      i = j;
      continue;
    }
    // "in California Mr Torvalds said": capitalized words before an honorific are no part of the title (they are
    // "Retired" or "Democratic" before an office or rank).
    if (runTitles[0]?.kind === 'honorific' && firstTitleAt > start) start = firstTitleAt;
    // "Tory David Heathcoat-Amory", "Lib Dems David Laws": a party word before a full name is its title.
    const partyEnd = runTitles.length === 0 ? partyWordsEnd(view, start, j) : start;
    const partyTitled = partyEnd > start && j - partyEnd >= 2;
    // Title prefix: everything up to the last title, plus capitalized modifiers before the first title.
    let nameFrom = runTitles.length ? lastTitleEnd : partyTitled ? partyEnd : start;
    if (nameFrom < start) nameFrom = start;
    // With titles in the run, the title starts where the run does ("Retired Lt. Gen. …").
    let titleFrom = runTitles.length ? start : nameFrom;
    // A lower-case title or modifiers right before the run: "Democratic leader Rep. Nancy Pelosi", "Kremlin spokesperson".
    let k = titleFrom - 1;
    while (k >= view.sentenceFirst[sentence]! && (titleModifiers().has(view.lower[k]!) || (titleAt(view, k)?.entry.kind === 'role' && !isCapitalizedToken(view, k)))) k--;
    if (k + 1 < titleFrom && !notNames().has(view.tokens[k + 1]!.norm)) {
      const roleBefore = titleAt(view, titleFrom - 1);
      if (roleBefore || runTitles.length) titleFrom = k + 1;
    }
    // "Paul Boateng MP": a title after the name (nothing follows it) is post-nominal; the name is before it.
    // Only for a full name that starts with a listed given name: "the Salford MP" is no name at all.
    const postNominal = runTitles.length > 0 && firstTitleAt - start >= 2 && lastTitleEnd === j && nameFrom >= j && givenNames().has(view.tokens[start]!.norm);
    if (postNominal) titleFrom = nameFrom = start;
    // Trim name tokens that are calendar words or demonyms at the edges ("Thursday", "Russian").
    let nameTo = postNominal ? firstTitleAt : j;
    while (nameTo > nameFrom && (calendarWords().has(view.tokens[nameTo - 1]!.norm) || demonyms().has(view.tokens[nameTo - 1]!.norm))) nameTo--;
    const untrimmedFrom = nameFrom;
    while (nameFrom < nameTo && (calendarWords().has(view.tokens[nameFrom]!.norm) || demonyms().has(view.tokens[nameFrom]!.norm))) nameFrom++;
    if (nameFrom < nameTo && titleFrom > nameFrom) titleFrom = nameFrom;
    // "On Monday Lib Dem …": a calendar word or demonym trimmed off the front is no title.
    if (nameFrom > untrimmedFrom && runTitles.length === 0) titleFrom = nameFrom;
    if (nameFrom < nameTo && isPartyTag(view, nameFrom, nameTo)) nameTo = nameFrom;
    if (nameFrom < nameTo) {
      const words: string[] = [];
      for (let w = nameFrom; w < nameTo; w++) words.push(view.tokens[w]!.norm);
      const text = view.text.slice(view.tokens[nameFrom]!.start, view.tokens[nameTo - 1]!.end);
      let type = classify(text, words);
      // "Russian oil firm Yukos", "regulator Ofcom": a lower-case organization noun right before the name types it.
      if (type === 'unknown' && runTitles.length === 0 && titleFrom === nameFrom && organizationDescriptors().has(view.tokens[nameFrom - 1]?.norm ?? '')) type = 'organization';
      // "the Telegraph reported", "Thursday's Sun": the outlet list has "The Telegraph"; after "the" the word alone is it.
      if (type === 'unknown' && runTitles.length === 0 && view.lower[nameFrom - 1] === 'the' && newsOutlets().has(`The ${text}`)) type = 'organization';
      const personTitle = runTitles.some((t) => t.kind !== 'role') || (titleFrom < nameFrom && titleAt(view, nameFrom - 1) !== null);
      if (personTitle && type !== 'organization') type = 'person';
      const source = personTitle ? 'rule:names/titled-name' : type === 'person' ? 'rule:names/given-name' : 'rule:names/capitalized-run';
      mentions.push({ from: nameFrom, to: nameTo, titleFrom: Math.min(titleFrom, nameFrom), titleEntries: runTitles, type, source, ...(partyTitled && titleFrom === nameFrom ? { partyFrom: start } : {}) });
    }
    i = Math.max(j, i + 1);
  }
  return mentions;
}

/** A typed span proposed by the statistical recognizer, with its confidence in (0, 1). */
export interface TypedSpan {
  start: number;
  end: number;
  type: EntityType;
  score: number;
  source: Provenance;
}

/** Below this confidence the recognizer's type does not override the rules (chosen by inspecting the seed and example articles). */
const MIN_MODEL_SCORE = 0.3;

/**
 * Give name mentions the rules could not classify the type the statistical recognizer assigns to
 * the span that overlaps them most ("Alden Courier" → organization). Spans are sorted by start.
 */
export function applyModelTypes(view: TextView, names: NameMention[], spans: readonly TypedSpan[]): void {
  let k = 0;
  for (const mention of names) {
    // Unclassified names of two words or more, and names called people only because they start with a given
    // name ("Alden Courier"); single words stay with the rules (a surname must keep joining its person).
    if (mention.type !== 'unknown' && mention.source !== 'rule:names/given-name') continue;
    if (mention.to - mention.from < 2) continue;
    const start = view.tokens[mention.from]!.start;
    const end = view.tokens[mention.to - 1]!.end;
    while (k < spans.length && spans[k]!.end <= start) k++;
    let best: TypedSpan | undefined;
    let bestOverlap = 0;
    for (let j = k; j < spans.length && spans[j]!.start < end; j++) {
      const overlap = Math.min(end, spans[j]!.end) - Math.max(start, spans[j]!.start);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = spans[j];
      }
    }
    // The model must cover the whole name, and be reasonably sure, for its type to count.
    if (best && bestOverlap >= 0.9 * (end - start) && best.score >= MIN_MODEL_SCORE && best.type !== 'other') {
      mention.type = best.type;
      mention.source = best.source;
    }
  }
}
