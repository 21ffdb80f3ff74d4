/** The working state that pipeline stages read and fill in; it owns the original text. */
import { createView, type TextView } from '../text/view.js';
import type { Analysis, Call, Contradiction, DateExpression, Diagnostic, Entity, Event, Paragraph, Quote, Sentence, SourcingProfile, Token } from '../types.js';

/** A document being analyzed. Stages add to it; none rewrites `text`. */
export interface WorkingDocument {
  readonly text: string;
  /** Publication date (YYYY-MM-DD) used to resolve relative dates, when known. */
  date: string | undefined;
  id: string | undefined;
  title: string | undefined;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  quotes: Quote[];
  dates: DateExpression[];
  events: Event[];
  calls: Call[];
  contradictions: Contradiction[];
  sourcing: SourcingProfile | undefined;
  diagnostics: Diagnostic[];
  /** Token look-ups shared by the stages that read tokens (built once, after segmentation; see viewOf). */
  view: TextView | undefined;
}

/** The fields a stage can declare it requires or assigns. */
export type DocumentField = 'paragraphs' | 'sentences' | 'tokens' | 'syntax' | 'entities' | 'quotes' | 'dates' | 'events' | 'calls' | 'contradictions' | 'sourcing';

/** Make an empty working document for a text. */
export function createDocument(text: string, meta: { id?: string; title?: string; date?: string }): WorkingDocument {
  return {
    text, date: meta.date, id: meta.id, title: meta.title,
    paragraphs: [], sentences: [], tokens: [], entities: [], quotes: [], dates: [], events: [], calls: [], contradictions: [],
    sourcing: undefined, diagnostics: [], view: undefined,
  };
}

/** Freeze a working document into the Analysis result. */
export function toAnalysis(doc: WorkingDocument, analyzer: string, schemaVersion: number, includeTokens: boolean): Analysis {
  const analysis: Analysis = {
    schemaVersion, analyzer,
    ...(doc.id !== undefined ? { id: doc.id } : {}),
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    ...(doc.date !== undefined ? { date: doc.date } : {}),
    text: doc.text, paragraphs: doc.paragraphs, sentences: doc.sentences,
    quotes: doc.quotes, entities: doc.entities, dates: doc.dates, events: doc.events, calls: doc.calls,
    contradictions: doc.contradictions, diagnostics: doc.diagnostics,
  };
  if (doc.sourcing) analysis.sourcing = doc.sourcing;
  if (includeTokens) analysis.tokens = doc.tokens;
  return analysis;
}

/** The document's token look-ups, built on first use after segmentation and shared by later stages. */
export function viewOf(doc: WorkingDocument): TextView {
  if (!doc.view || doc.view.tokens !== doc.tokens) doc.view = createView(doc.text, doc.tokens, doc.sentences);
  return doc.view;
}
