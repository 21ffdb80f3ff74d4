/** Event word lists under data/lexicons/dates/, read lazily on first use. */
import { lazy, readList } from '../text/lexicon.js';

/** Nouns that name events ("hearing", "meeting", "election"). */
export const eventNouns = lazy(() => new Set(readList('lexicons/dates/event-nouns.tsv')));
/** Past-looking words that are never the action of an event ("was", "alleged"). */
export const excludedVerbs = lazy(() => new Set(readList('lexicons/dates/event-verbs-excluded.tsv')));
