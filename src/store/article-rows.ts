/**
 * Flatten an Analysis into the rows the store keeps besides the JSON: entities, quotes and whom
 * each quote talks about, events with their people, calls, contradictions, the claims that can
 * meet other articles' claims, and the sourcing profile. Pure; spans outside the text are dropped
 * and counted.
 */
import { corpusClaims } from '../contradictions/across.js';
import { timexRange } from '../events/timex-order.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { Analysis, Entity, EntityRef, Span } from '../types.js';
import { personName, type PersonName } from './person-names.js';

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
  /** The name's matching key and id when this entity can be a corpus person (a named, non-anonymous person). */
  person: PersonName | null;
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

/** Someone an event names: an actor, or a person mentioned in its object. */
export interface EventPersonRow {
  role: 'actor' | 'participant';
  entityId: string | null;
  name: string | null;
}

/** An event row with its people. */
export interface EventRow {
  eventId: string;
  action: string;
  actionStart: number;
  actionEnd: number;
  /** The evidence span and its text. */
  start: number;
  end: number;
  text: string;
  dateValue: string | null;
  /** The reference the date was resolved against (from the matching date expression), if any. */
  dateAnchor: string | null;
  /** First day (YYYY-MM-DD) the date can mean: the timeline's sort key. */
  dateFirst: string | null;
  source: string;
  people: EventPersonRow[];
}

/** A call to act. */
export interface CallRow {
  callId: string;
  actorEntity: string | null;
  actorName: string | null;
  targetEntity: string | null;
  targetName: string | null;
  action: string;
  stance: string;
  negated: boolean;
  conditional: boolean;
  conditionText: string | null;
  start: number;
  end: number;
  text: string;
  source: string;
}

/** A contradiction inside the article. */
export interface ContradictionRow {
  contradictionId: string;
  personEntity: string | null;
  personName: string;
  statement: { start: number; end: number; text: string };
  conflictsWith: { start: number; end: number; text: string };
  statementDate: string | null;
  factDate: string | null;
  confidence: number;
  explanation: string;
  source: string;
}

/** A denial or affirmed act that may pair with one in another article (contradictions/across.ts). */
export interface ClaimRow {
  role: 'statement' | 'fact';
  entityId: string | null;
  name: string;
  /** The holder's lower-case surname: the key claims of different articles meet on. */
  nameKey: string;
  family: string;
  groups: string[];
  quoted: boolean;
  confirmed: boolean;
  hedged: boolean;
  speakerName: string | null;
  speakerKey: string | null;
  start: number;
  end: number;
  text: string;
}

/** The article's sourcing profile, as counts. */
export interface SourcingRow {
  namedSources: number;
  anonymousSources: number;
  hedges: number;
  distancing: number;
  mediaAttributions: number;
  unattributedShare: number;
}

/** Every row of one article. */
export interface ArticleRows {
  entities: EntityRow[];
  quotes: QuoteRow[];
  events: EventRow[];
  calls: CallRow[];
  contradictions: ContradictionRow[];
  claims: ClaimRow[];
  sourcing: SourcingRow | null;
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

/** Turn an analysis of `text` into store rows; `document` is analyze()'s working document for it, when at hand (see corpusClaims). */
export function articleRows(analysis: Analysis, text: string, document?: WorkingDocument): ArticleRows {
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
      description: entity.description ?? null, mentionCount, person: isPerson(entity) ? personName(entity.name) : null,
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
  const events = eventRows(analysis, byId, text.length);
  const calls = callRows(analysis, text);
  const contradictions = contradictionRows(analysis, text.length);
  dropped += analysis.events.length - events.length + analysis.calls.length - calls.length + analysis.contradictions.length - contradictions.length;
  return { entities, quotes, events, calls, contradictions, claims: claimRows(analysis, document), sourcing: sourcingRow(analysis), dropped };
}

const refName = (ref: EntityRef): string | null => (ref.name !== null && ref.name.trim() !== '' ? ref.name : null);

function eventRows(analysis: Analysis, byId: ReadonlyMap<string, Entity>, length: number): EventRow[] {
  const rows: EventRow[] = [];
  const seen = new Set<string>();
  for (const event of analysis.events) {
    if (!validSpan(event.evidence, length) || !validSpan(event.action, length) || seen.has(event.id)) continue;
    seen.add(event.id);
    const people: EventPersonRow[] = event.actors.map((actor) => ({ role: 'actor', entityId: actor.entity, name: refName(actor) }));
    const object = event.object;
    if (validSpan(object, length)) {
      // People named inside the event's object take part in it ("met with ambassador Sergey Kislyak").
      for (const entity of byId.values()) {
        if (!isPerson(entity) || event.actors.some((actor) => actor.entity === entity.id)) continue;
        if (entity.mentions.some((mention) => mention.start >= object.start && mention.end <= object.end)) people.push({ role: 'participant', entityId: entity.id, name: entity.name });
      }
    }
    const date = event.date;
    const expression = date ? analysis.dates.find((candidate) => candidate.start === date.span.start && candidate.end === date.span.end) : undefined;
    rows.push({
      eventId: event.id, action: event.action.text, actionStart: event.action.start, actionEnd: event.action.end,
      start: event.evidence.start, end: event.evidence.end, text: analysis.text.slice(event.evidence.start, event.evidence.end),
      dateValue: date?.value ?? null, dateAnchor: expression?.anchor ?? null, dateFirst: date ? (timexRange(date.value)?.first ?? null) : null,
      source: event.source, people,
    });
  }
  return rows;
}

function callRows(analysis: Analysis, text: string): CallRow[] {
  const rows: CallRow[] = [];
  analysis.calls.forEach((call, index) => {
    if (!validSpan(call.evidence, text.length)) return;
    rows.push({
      callId: `call${index + 1}`, actorEntity: call.actor.entity, actorName: refName(call.actor), targetEntity: call.target.entity, targetName: refName(call.target),
      action: call.action, stance: call.stance, negated: call.negated, conditional: call.conditional, conditionText: call.condition?.text ?? null,
      start: call.evidence.start, end: call.evidence.end, text: text.slice(call.evidence.start, call.evidence.end), source: call.source,
    });
  });
  return rows;
}

function contradictionRows(analysis: Analysis, length: number): ContradictionRow[] {
  const rows: ContradictionRow[] = [];
  analysis.contradictions.forEach((contradiction, index) => {
    if (!validSpan(contradiction.statement, length) || !validSpan(contradiction.conflictsWith, length)) return;
    const { statement, conflictsWith } = contradiction;
    rows.push({
      contradictionId: `c${index + 1}`, personEntity: contradiction.person.entity, personName: refName(contradiction.person) ?? '',
      statement: { start: statement.start, end: statement.end, text: statement.text }, conflictsWith: { start: conflictsWith.start, end: conflictsWith.end, text: conflictsWith.text },
      statementDate: contradiction.statementDate ?? null, factDate: contradiction.factDate ?? null,
      confidence: Number.isFinite(contradiction.confidence) ? contradiction.confidence : 0, explanation: contradiction.explanation, source: contradiction.source,
    });
  });
  return rows;
}

function claimRows(analysis: Analysis, document: WorkingDocument | undefined): ClaimRow[] {
  return corpusClaims(analysis, document).map(({ role, claim, entity, text }) => ({
    role, entityId: entity, name: claim.holder.name, nameKey: claim.holder.key, family: claim.family, groups: claim.groups,
    quoted: claim.quoted, confirmed: claim.confirmed, hedged: claim.hedged, speakerName: claim.speaker?.name ?? null, speakerKey: claim.speaker?.key ?? null,
    start: claim.span.start, end: claim.span.end, text,
  }));
}

function sourcingRow(analysis: Analysis): SourcingRow | null {
  const profile = analysis.sourcing;
  if (!profile) return null;
  return {
    namedSources: profile.namedSources, anonymousSources: profile.anonymousSources,
    hedges: profile.hedges.filter((hedge) => hedge.kind === 'hedge').length, distancing: profile.hedges.filter((hedge) => hedge.kind === 'distancing').length,
    mediaAttributions: profile.mediaAttributions.length,
    unattributedShare: Number.isFinite(profile.unattributedClaimShare) ? profile.unattributedClaimShare : 0,
  };
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
