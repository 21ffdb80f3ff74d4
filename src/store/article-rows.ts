/**
 * Flatten an Analysis into the rows the store keeps besides the JSON: entities, mentions, quotes
 * and whom each quote talks about. Pure; spans outside the text are dropped and counted.
 */
import type { Analysis, Entity, Span } from '../types.js';

/** An entity row, before its corpus person is known. */
export interface EntityRow {
  entityId: string;
  type: string;
  name: string;
  title: string | null;
  party: string | null;
  state: string | null;
  gender: string | null;
  anonymous: boolean;
  description: string | null;
  mentionCount: number;
  /** True when this entity can be a corpus person (a named, non-anonymous person). */
  isPerson: boolean;
}

/** A quotation row with the entities it talks about. */
export interface QuoteRow {
  quoteId: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  speakerName: string | null;
  speakerEntity: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  anonymous: boolean;
  speakerGender: string | null;
  speakerParty: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  confidence: number;
  source: string;
  reason: string | null;
  /** Person entities mentioned inside the quotation (never the speaker). */
  about: Array<{ entityId: string; name: string }>;
}

/** Every row of one article. */
export interface ArticleRows {
  entities: EntityRow[];
  quotes: QuoteRow[];
  /** Annotations dropped because their offsets fall outside the text. */
  dropped: number;
}

const FRAGMENT_JOINER = ' … ';

function validSpan(span: Span | null | undefined, length: number): span is Span {
  return span !== null && span !== undefined && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

function isPerson(entity: Entity): boolean {
  return entity.type === 'person' && entity.anonymous !== true && typeof entity.name === 'string' && entity.name.trim() !== '';
}

/** Turn an analysis of `text` into store rows. */
export function articleRows(analysis: Analysis, text: string): ArticleRows {
  let dropped = 0;
  const entities: EntityRow[] = [];
  const byId = new Map<string, Entity>();
  for (const entity of analysis.entities) {
    if (byId.has(entity.id)) {
      dropped++;
      continue;
    }
    byId.set(entity.id, entity);
    let mentionCount = 0;
    for (const mention of entity.mentions) {
      if (!validSpan(mention, text.length)) {
        dropped++;
        continue;
      }
      mentionCount++;
    }
    entities.push({
      entityId: entity.id, type: entity.type, name: entity.name ?? '', title: entity.title ?? null, party: entity.party ?? null,
      state: entity.state ?? null, gender: entity.gender?.value ?? null, anonymous: entity.anonymous === true,
      description: entity.description ?? null, mentionCount, isPerson: isPerson(entity),
    });
  }
  const quotes: QuoteRow[] = [];
  const seenQuotes = new Set<string>();
  for (const quote of analysis.quotes) {
    if (!validSpan(quote.content, text.length) || seenQuotes.has(quote.id)) {
      dropped++;
      continue;
    }
    seenQuotes.add(quote.id);
    const fragments = quote.fragments.filter((fragment) => validSpan(fragment, text.length));
    const pieces = fragments.length > 0 ? fragments : [quote.content];
    const speakerEntity = quote.speaker.entity !== null ? byId.get(quote.speaker.entity) : undefined;
    const about = new Map<string, string>();
    for (const entity of byId.values()) {
      if (!isPerson(entity) || entity.id === quote.speaker.entity) continue;
      const inside = entity.mentions.some((mention) => pieces.some((piece) => mention.start >= piece.start && mention.end <= piece.end));
      if (inside) about.set(entity.id, entity.name);
    }
    const speakerMention = validSpan(quote.speaker.mention, text.length) ? quote.speaker.mention : null;
    const cue = validSpan(quote.cue, text.length) ? quote.cue : null;
    quotes.push({
      quoteId: quote.id, kind: quote.kind, start: quote.content.start, end: quote.content.end,
      text: pieces.map((piece) => text.slice(piece.start, piece.end)).join(FRAGMENT_JOINER),
      speakerName: quote.speaker.name ?? speakerEntity?.name ?? null, speakerEntity: speakerEntity ? speakerEntity.id : null,
      speakerStart: speakerMention?.start ?? null, speakerEnd: speakerMention?.end ?? null,
      anonymous: quote.speaker.anonymous === true || speakerEntity?.anonymous === true,
      speakerGender: speakerEntity?.gender?.value ?? null, speakerParty: speakerEntity?.party ?? null,
      cueStart: cue?.start ?? null, cueEnd: cue?.end ?? null,
      confidence: Number.isFinite(quote.confidence) ? quote.confidence : 0, source: quote.source, reason: quote.reason ?? null,
      about: [...about].map(([entityId, name]) => ({ entityId, name })),
    });
  }
  return { entities, quotes, dropped };
}

/** What saving needs beyond the article and analysis, computable off the writing thread (in an analysis worker). */
export interface PreparedRows {
  contentHash: string;
  rows: ArticleRows;
  /** The stored analysis JSON (storedAnalysisJson). */
  json: string;
  analyzer: string;
  schemaVersion: number;
  title: string | null;
  date: string | null;
}

/** The analysis as stored: without the text (kept once, in articles) and without tokens. */
export function storedAnalysisJson(analysis: Analysis): string {
  const { text: _text, tokens: _tokens, ...rest } = analysis;
  return JSON.stringify(rest);
}
