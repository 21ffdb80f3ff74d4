/**
 * The Analysis data model. Every annotation is a half-open [start, end) pair of UTF-16 offsets
 * into the original, never-modified input text; any `text` field is derived from those offsets.
 * Documented field by field in docs/analysis-json.md; bump SCHEMA_VERSION on breaking changes.
 */
import type { DiagnosticCode } from './diagnostics.js';

/** Version of the Analysis JSON layout. */
export const SCHEMA_VERSION = 1;

/** A half-open range of UTF-16 code units into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (always `original.slice(start, end)`). */
export interface TextSpan extends Span {
  text: string;
}

/** Where a result came from: a named rule or a model, so a reader can ask "why?". */
export type Provenance = `rule:${string}` | `model:${string}` | `lexicon:${string}`;

/** A problem noticed while processing input; never thrown for odd input. */
export interface Diagnostic {
  /** A code from DIAGNOSTIC_CATALOG (src/diagnostics.ts), documented in docs/errors.md. */
  code: DiagnosticCode;
  severity: 'info' | 'warning' | 'error';
  message: string;
  span?: Span;
}

/** One paragraph of the input, as found by blank lines or line breaks. */
export type Paragraph = Span;

/** One sentence; `paragraph` is the index of the paragraph it lies in. */
export interface Sentence extends Span {
  paragraph: number;
}

/** A token; `norm` is a lookup form (curly quotes straightened, odd spaces ignored), never the text itself. */
export interface Token extends Span {
  norm: string;
  /** Whitespace (or nothing) between this token and the next, as offsets: [end, nextStart). */
  spaceAfter: boolean;
  sentence: number;
  upos?: string;
  xpos?: string;
  head?: number;
  deprel?: string;
}

/** The kinds of mention an entity can have. */
export type MentionKind = 'name' | 'title' | 'description' | 'pronoun';

/** One mention of an entity in the text. */
export interface Mention extends TextSpan {
  kind: MentionKind;
  source: Provenance;
}

/** Entity types whosaid distinguishes. */
export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'document' | 'other';

/** Gender, when the text itself signals it (pronoun, honorific, role noun) or guessed from a first name. */
export interface GenderEvidence {
  value: 'female' | 'male';
  /** 'stated': the text signals it; 'guess': inferred from a first name alone. */
  basis: 'stated' | 'guess';
  evidence: Span;
}

/** A person, organization, place or group, with all its mentions resolved to it. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  mentions: Mention[];
  title?: string;
  party?: string;
  state?: string;
  gender?: GenderEvidence;
  /** True for unnamed sources such as "a senior White House official". */
  anonymous?: boolean;
  description?: string;
}

/** How a quotation is reported. */
export type QuoteKind = 'direct' | 'mixed' | 'indirect';

/** The speaker of a quotation, as mentioned and as resolved. */
export interface Speaker {
  mention: TextSpan | null;
  entity: string | null;
  name: string | null;
  anonymous: boolean;
  description?: string;
}

/** One attributed statement: a direct quotation, a partial quotation inside reported speech, or reported speech. */
export interface Quote {
  id: string;
  kind: QuoteKind;
  /** Envelope of the content, from the first fragment's start to the last fragment's end. */
  content: TextSpan;
  /** The content pieces themselves; an interrupted quotation has several. */
  fragments: Span[];
  cue: TextSpan | null;
  speaker: Speaker;
  /** Where it was said, when stated ("told NBC News", "in a Facebook post"). */
  medium?: TextSpan;
  confidence: number;
  source: Provenance;
  /** Why the speaker was chosen, in a sentence a reporter can read. */
  reason?: string;
}

/** A temporal expression normalized to a TIMEX3-style value. */
export interface DateExpression extends TextSpan {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value, e.g. "2017-03-01", "2016", "P2Y", "XXXX-WXX-4"; "PAST_REF" etc. when unresolvable. */
  value: string;
  /** The reference it was resolved against (ISO date) or null when it needs none. */
  anchor: string | null;
  /** Which parts of `value` were inferred rather than stated (e.g. ["year"]). */
  inferred?: string[];
  source: Provenance;
}

/** An entity reference inside calls, events and contradictions. */
export interface EntityRef {
  entity: string | null;
  name: string | null;
}

/** An event: who did what to whom, anchored to a date when the text does so. */
export interface Event {
  id: string;
  actors: EntityRef[];
  action: TextSpan;
  object?: TextSpan;
  date?: { value: string; span: Span };
  evidence: Span;
  source: Provenance;
}

/** Who urges whom to do what. */
export interface Call {
  actor: EntityRef;
  target: EntityRef;
  action: string;
  stance: 'for' | 'against';
  negated: boolean;
  conditional: boolean;
  condition?: TextSpan;
  evidence: Span;
  source: Provenance;
}

/** How the article is sourced. */
export interface SourcingProfile {
  namedSources: number;
  anonymousSources: number;
  hedges: Array<TextSpan & { kind: 'hedge' | 'distancing' }>;
  mediaAttributions: Array<TextSpan & { outlet: string }>;
  unattributedClaimShare: number;
  genderOfQuoted: { female: number; male: number; unknown: number };
  partyOfQuoted: Record<string, number>;
}

/** A statement that clashes with a reported fact or another statement. */
export interface Contradiction {
  person: EntityRef;
  statement: TextSpan;
  conflictsWith: TextSpan;
  statementDate?: string;
  factDate?: string;
  confidence: number;
  explanation: string;
  source: Provenance;
}

/** Everything whosaid found in one article. */
export interface Analysis {
  schemaVersion: number;
  analyzer: string;
  id?: string;
  title?: string;
  /** Publication date used as the reference for relative dates (YYYY-MM-DD), when known. */
  date?: string;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens?: Token[];
  quotes: Quote[];
  entities: Entity[];
  dates: DateExpression[];
  events: Event[];
  calls: Call[];
  sourcing?: SourcingProfile;
  contradictions: Contradiction[];
  diagnostics: Diagnostic[];
}

/** Input accepted by analyze(). */
export interface AnalyzeInput {
  text: string;
  id?: string;
  title?: string;
  /** Publication date, YYYY-MM-DD or an ISO timestamp. */
  date?: string;
}

/** Options for analyze(). */
export interface AnalyzeOptions {
  /** Include tokens (with POS and dependencies when the models are loaded). Off by default. */
  tokens?: boolean;
}
