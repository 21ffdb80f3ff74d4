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
/** Parts of the day that, after a named day ("Friday night"), leave the value at the day (see day-parts.tsv). */
export const dayPartsWrittenAsDay = lazy(() => new Set(readTsv('lexicons/dates/day-parts.tsv').filter((row) => row[2] === 'day').map((row) => row[0]!)) as ReadonlySet<string>);
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

/** A holiday: its month and either a fixed day or the rule that computes it (Thanksgiving: the fourth Thursday of November). */
export interface Holiday {
  words: string[];
  month: number;
  day?: number;
  /** The n-th weekday of the month (n = -1 for the last), moved by `plus` days (Election Day: first Monday + 1). */
  nthWeekday?: { n: number; weekday: number; plus: number };
}

/** Holidays by their first word (without a possessive ending), longest phrases first. */
export const holidays = lazy(() => {
  const map = new Map<string, Holiday[]>();
  for (const [name, month, day, weekday, n, plus] of readTsv('lexicons/dates/holidays.tsv')) {
    if (!name || month === undefined) continue;
    const words = name.split(' ');
    const holiday: Holiday = day ? { words, month: Number(month), day: Number(day) }
      : { words, month: Number(month), nthWeekday: { n: Number(n), weekday: Number(weekday), plus: Number(plus ?? 0) } };
    // Keyed by the first token as the tokenizer splits it: "valentine's" is found at "valentine".
    const key = words[0]!.replace(/'s?$/, '');
    const list = map.get(key) ?? [];
    list.push(holiday);
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(key, list);
  }
  return map as ReadonlyMap<string, readonly Holiday[]>;
});
