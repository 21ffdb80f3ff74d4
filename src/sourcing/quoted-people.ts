/**
 * The distinct people quoted in an article: quotation speakers grouped by entity (or, without the
 * entity stage, by surname after resolving pronoun speakers), and anonymous speakers apart.
 */
import { isCapitalizedToken, viewAt, type SentenceView, tokenIndexFrom } from '../calls/sentence-view.js';
import { nameRunEndingAt, personFromRun, resolvePronoun, type PersonKey } from '../contradictions/people.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { Entity, Mention, Quote, Span } from '../types.js';
import { isAnonymousPhrase } from './anonymous.js';
import { outlets } from './lexicon.js';

/** One quoted person with the mentions that can tell their gender and party. */
export interface QuotedPerson {
  key: string;
  name: string;
  entity: Entity | undefined;
  /** Name mentions (and pronoun mentions marked kind 'pronoun') found for the person. */
  mentions: Array<Span & { kind?: Mention['kind'] }>;
}

/** The quoted people and the anonymous speakers' descriptions. */
export interface QuotedPeople {
  named: QuotedPerson[];
  anonymous: Array<{ key: string; span: Span | null }>;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'him', 'her']);
const CUT_WORDS = new Set(['of', ',', '(', 'from', 'who']);

/** Whether tokens [from, to) are (or end with) a news outlet's name: outlets are media attributions, not quoted people. */
function isOutlet(view: SentenceView, from: number, to: number): boolean {
  for (const outlet of outlets()) {
    const start = to - outlet.words.length;
    if (start < from) continue;
    if (outlet.words.every((word, k) => view.tokens[start + k]?.norm === word)) return true;
  }
  return false;
}

function lastTokenIndex(view: SentenceView, end: number): number {
  const after = tokenIndexFrom(view, end);
  return (after < 0 ? view.tokens.length : after) - 1;
}

function speakerPerson(doc: WorkingDocument, views: readonly SentenceView[], quote: Quote): { person: PersonKey | null; pronoun: Span | null; anonymous: boolean } {
  const mention = quote.speaker.mention;
  if (quote.speaker.anonymous) {
    // Unnamed, but only an anonymous *source* when described as one ("a senior official", "people familiar
    // with"); "some Democrats" or "Sessions' spokeswoman" are unnamed groups or roles, counted as neither.
    const view = mention ? viewAt(views, mention.start) : undefined;
    const first = view && mention ? tokenIndexFrom(view, mention.start) : -1;
    const described = view && mention && first >= 0 ? isAnonymousPhrase(view, first, lastTokenIndex(view, mention.end) + 1) : false;
    return { person: null, pronoun: null, anonymous: described || !mention };
  }
  if (quote.speaker.entity !== null) return { person: { entity: quote.speaker.entity, name: quote.speaker.name ?? quote.speaker.entity, key: quote.speaker.entity }, pronoun: null, anonymous: false };
  if (!mention) return { person: null, pronoun: null, anonymous: false };
  const view = viewAt(views, mention.start);
  if (!view) return { person: null, pronoun: null, anonymous: false };
  const first = tokenIndexFrom(view, mention.start);
  const last = lastTokenIndex(view, mention.end);
  if (first >= 0 && isAnonymousPhrase(view, first, last + 1)) return { person: null, pronoun: null, anonymous: true };
  // "Rep. Jason Chaffetz of Utah", "Rep. Devin Nunes, R-CA": the name ends before "of", a comma or a bracket.
  let end = last;
  for (let k = first; k >= 0 && k < last; k++) {
    if (k > first && CUT_WORDS.has(view.words[k] ?? '')) {
      end = k - 1;
      break;
    }
  }
  const word = view.words[end] ?? '';
  if (PRONOUNS.has(word)) return { person: resolvePronoun(doc, views, view, end), pronoun: mention, anonymous: false };
  if (isOutlet(view, first, end + 1)) return { person: null, pronoun: null, anonymous: false };
  const run = nameRunEndingAt(doc.text, view, end);
  return { person: run ? personFromRun(doc, view, run) : null, pronoun: null, anonymous: false };
}

/**
 * Positions of the capitalized words by lower-case form, built once per document so surname lookups
 * stay linear. Only capitalized words can end a name run (nameRunEndingAt), so no other word is indexed.
 */
function wordIndex(text: string, views: readonly SentenceView[]): Map<string, Array<[SentenceView, number]>> {
  const index = new Map<string, Array<[SentenceView, number]>>();
  for (const view of views) {
    for (let k = 0; k < view.words.length; k++) {
      if (!isCapitalizedToken(text, view.tokens[k]!)) continue;
      const word = view.words[k]!;
      let list = index.get(word);
      if (!list) index.set(word, (list = []));
      list.push([view, k]);
    }
  }
  return index;
}

/** Name runs in the text whose last word is `surname` (a person's mentions when there is no entity). */
function surnameMentions(doc: WorkingDocument, index: Map<string, Array<[SentenceView, number]>>, surname: string): Span[] {
  const spans: Span[] = [];
  for (const [view, k] of index.get(surname) ?? []) {
    const run = nameRunEndingAt(doc.text, view, k);
    if (run) spans.push({ start: view.tokens[run.from]!.start, end: view.tokens[k]!.end });
  }
  return spans;
}

/** Group the document's quotation speakers into distinct named people and anonymous sources. */
export function quotedPeople(doc: WorkingDocument, views: readonly SentenceView[]): QuotedPeople {
  const named = new Map<string, QuotedPerson>();
  const anonymous = new Map<string, { key: string; span: Span | null }>();
  let index: Map<string, Array<[SentenceView, number]>> | undefined;
  let entitiesById: Map<string, WorkingDocument['entities'][number]> | undefined;
  for (const quote of doc.quotes) {
    const { person, pronoun, anonymous: isAnonymous } = speakerPerson(doc, views, quote);
    if (quote.speaker.anonymous && !isAnonymous) continue;
    if (isAnonymous) {
      const text = (quote.speaker.mention?.text ?? quote.speaker.description ?? 'anonymous').toLowerCase().replace(/^(?:a|an|the|another|one)\s+/, '');
      if (!anonymous.has(text)) anonymous.set(text, { key: text, span: quote.speaker.mention ? { start: quote.speaker.mention.start, end: quote.speaker.mention.end } : null });
      continue;
    }
    if (!person) continue;
    let entry = named.get(person.key);
    if (!entry) {
      entitiesById ??= new Map(doc.entities.map((e) => [e.id, e]));
      const entity = person.entity !== null ? entitiesById.get(person.entity) : undefined;
      // The word index is built only when a person without an entity needs a surname search.
      const mentions: QuotedPerson['mentions'] = entity ? [...entity.mentions] : surnameMentions(doc, (index ??= wordIndex(doc.text, views)), person.key);
      entry = { key: person.key, name: person.name, entity, mentions };
      named.set(person.key, entry);
    }
    if (pronoun && !entry.mentions.some((m) => m.start === pronoun.start)) entry.mentions.push({ ...pronoun, kind: 'pronoun' });
  }
  return { named: [...named.values()], anonymous: [...anonymous.values()] };
}
