/** The internal record extractors produce before attributions become Quotes. */
import type { Provenance, Span } from '../types.js';
import type { Phrase } from './phrases.js';

/** An attributed statement found by one extractor, in token and character terms. */
export interface Attribution {
  /** Content pieces as character spans (an interrupted quotation has several). */
  fragments: Span[];
  /** The cue word(s), as a token range, or null (floating quotations, "according to" has one). */
  cue: Phrase | null;
  /** The speaker phrase as a token range, or null when the source is unstated. */
  speaker: Phrase | null;
  /** An appositive describing the speaker ("R-CA", "the chairman of …"). */
  appositive: Phrase | null;
  /** Where it was said ("told NBC News", "in a Facebook post"), as a token range. */
  medium: Phrase | null;
  /** Indexes of the quoted spans this attribution covers. */
  quotedSpans: number[];
  confidence: number;
  source: Provenance;
  reason: string;
  /** For floating quotations: the attribution whose speaker this one takes. */
  inheritsFrom?: Attribution;
}
