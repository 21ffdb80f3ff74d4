/** A publication-date candidate: the calendar date, the text it was read from, and the rule that found it. */
import type { Provenance } from '../../types.js';

/** One candidate publication date. */
export interface DateCandidate {
  /** YYYY-MM-DD. */
  value: string;
  /** The text the date was read from, as written. */
  written: string;
  source: Provenance;
}
