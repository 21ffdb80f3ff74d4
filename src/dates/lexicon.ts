/** The date word lists under data/lexicons/dates/, each read lazily on first use. */
import { lazy, readTsv } from '../text/lexicon.js';

function numberMap(file: string): () => ReadonlyMap<string, number> {
  return lazy(() => {
    const map = new Map<string, number>();
    for (const [form, value] of readTsv(`lexicons/dates/${file}`)) {
      if (form && value !== undefined) map.set(form, Number(value));
    }
    return map;
  });
}

function stringMap(file: string): () => ReadonlyMap<string, string> {
  return lazy(() => {
    const map = new Map<string, string>();
    for (const [form, value] of readTsv(`lexicons/dates/${file}`)) {
      if (form && value !== undefined) map.set(form, value);
    }
    return map;
  });
}

/** Month names and abbreviations → month number (1-12). */
export const monthNames = numberMap('months.tsv');
/** Weekday names → ISO weekday (Monday = 1). */
export const weekdayNames = numberMap('weekdays.tsv');
/** Cardinal number words → value. */
export const numberWords = numberMap('numbers.tsv');
/** Ordinal words → value (-1 for "last"). */
export const ordinalWords = numberMap('ordinals.tsv');
/** Unit words (singular and plural) → canonical unit. */
export const unitWords = stringMap('units.tsv');
/** Parts of the day → TIMEX3 code (MO, AF, EV, NI). */
export const dayParts = stringMap('day-parts.tsv');
/** Seasons → TIMEX3 code (SP, SU, FA, WI). */
export const seasonNames = stringMap('seasons.tsv');
/** Undated references ("recently", "now") → PAST_REF / PRESENT_REF / FUTURE_REF. */
export const referencePhrases = stringMap('references.tsv');
/** Frequency adverbs ("daily") → SET value. */
export const setAdverbs = stringMap('sets.tsv');
/** Tense cue words → 'future' | 'past' | 'present'. */
export const tenseCues = lazy(() => {
  const map = new Map<string, string>();
  for (const file of ['forward-cues.tsv', 'past-cues.tsv']) {
    for (const [form, value] of readTsv(`lexicons/dates/${file}`)) if (form && value) map.set(form, value);
  }
  return map as ReadonlyMap<string, string>;
});

/** A holiday: its month and day (day 0 when computed, e.g. Thanksgiving). */
export interface Holiday {
  words: string[];
  month: number;
  day: number;
}

/** Holidays by their first word, longest phrases first. */
export const holidays = lazy(() => {
  const map = new Map<string, Holiday[]>();
  for (const [name, month, day] of readTsv('lexicons/dates/holidays.tsv')) {
    if (!name || month === undefined || day === undefined) continue;
    const words = name.split(' ');
    const list = map.get(words[0]!) ?? [];
    list.push({ words, month: Number(month), day: Number(day) });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(words[0]!, list);
  }
  return map as ReadonlyMap<string, readonly Holiday[]>;
});
