/**
 * The entity stage: name mentions → entities (people with title, party, state, gender; organizations;
 * places), then each quotation's speaker phrase resolved to an entity (names, titles, descriptions,
 * pronouns, anonymous sources). Runs after the quotation stage, whose speaker phrases it resolves.
 */
import { viewOf } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import type { Entity } from '../types.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { TextView } from '../text/view.js';
import { findNameCandidates } from '../nlp/ner-stage.js';
import { shippedNerModel } from '../nlp/ner.js';
import { lazy } from '../text/lexicon.js';
import { WhosaidError } from '../errors.js';
import { clusterNames, createRegistry, type EntityDraft } from './cluster.js';
import { givenNameGender } from './lexicons.js';
import { applyModelTypes, findNames, type NameMention, type TypedSpan } from './names.js';
import { resolveSpeakers } from './speakers.js';

/** Builds doc.entities and fills each quote's speaker entity, name and anonymity. */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences', 'tokens', 'quotes'],
  assigns: ['entities', 'quotes'],
  run(doc) {
    const view = viewOf(doc);
    const names = findNames(view);
    // Only a name that ends a speaker phrase heads it ("Microsoft did not want …", not "House Judiciary" in "The
    // Democrats on the House Judiciary committee").
    const phraseEnds = new Set(doc.quotes.flatMap((q) => (q.speaker.mention ? [q.speaker.mention.end] : [])));
    const spans = modelSpans(doc, view, names, phraseEnds);
    applyModelTypes(view, names, spans);
    const registry = createRegistry();
    const assigned = clusterNames(view, names, registry);
    const quoted = doc.quotes.flatMap((q) => (q.kind === 'indirect' ? [] : q.fragments)).sort((a, b) => a.start - b.start);
    // Speaker resolution makes a speaking "other" a person; the model may know better first.
    retypeUnknownSpeakers(spans, registry.drafts.filter((draft) => draft.entity.type === 'other' && draft.entity.mentions.some((m) => phraseEnds.has(m.end))));
    resolveSpeakers({ view, registry, names, assigned, quoted }, doc.quotes);
    const entities: Entity[] = [];
    const speakers = new Set(doc.quotes.map((q) => q.speaker.entity));
    for (const draft of registry.drafts) {
      const entity = draft.entity;
      if (entity.mentions.length === 0) continue;
      entity.mentions.sort((a, b) => a.start - b.start);
      // A capitalized word that is neither speaker, titled, nor known stays out of the people list.
      if (entity.type === 'other' && !speakers.has(entity.id)) continue;
      if (entity.type === 'other') entity.type = 'person';
      if (entity.type === 'person' && !entity.anonymous) {
        const named = entity.mentions.filter((m) => m.kind === 'name');
        const fullest = draft.words.join(' ');
        if (fullest) entity.name = fullest.replace(/ ' s$/, '');
        if (!entity.gender) {
          const guess = givenNameGender(draft.words);
          const evidence = named[0];
          if (guess && evidence) entity.gender = { value: guess, basis: 'guess', evidence: { start: evidence.start, end: evidence.end } };
        }
      }
      entities.push(entity);
    }
    // Renumber so ids follow the order of first mention.
    entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    const renumber = new Map<string, string>();
    entities.forEach((entity, index) => {
      renumber.set(entity.id, `e${index + 1}`);
      entity.id = `e${index + 1}`;
    });
    for (const quote of doc.quotes) {
      if (quote.speaker.entity) quote.speaker.entity = renumber.get(quote.speaker.entity) ?? null;
    }
    doc.entities = entities;
  },
};

/**
 * "Microsoft did not want to comment": a speaker named by one capitalized word that no rule or list types
 * ("other") was taken for a person. The model labels the windows around its name mentions; when ORG is the label it
 * gives most of them, and more of them than PER, it is an organization. Otherwise (or with no model) it stays
 * "other", which speaker resolution makes a person. LOC is not taken: in these short windows the model gave it to
 * too many firms and people.
 */
function retypeUnknownSpeakers(spans: readonly TypedSpan[], drafts: readonly EntityDraft[]): void {
  if (drafts.length === 0) return;
  // The model's spans come from modelSpans, which also labeled the windows around one-word names that end a speaker phrase.
  const typed = new Map<string, string>();
  for (const span of spans) typed.set(`${span.start}:${span.end}`, span.type);
  for (const draft of drafts) {
    const votes = new Map<string, number>();
    for (const mention of draft.entity.mentions) {
      const type = mention.kind === 'name' ? typed.get(`${mention.start}:${mention.end}`) : undefined;
      if (type) votes.set(type, (votes.get(type) ?? 0) + 1);
    }
    const [best, count] = [...votes].reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['person', votes.get('person') ?? 0]);
    if (best === 'organization' && count > (votes.get('person') ?? 0)) draft.entity.type = best;
  }
}

/** The tokens the model labels for a name at tokens [from, to): a few either side, inside its sentence. */
function nameWindow(view: TextView, from: number, to: number): [number, number] {
  const sentence = view.tokens[from]!.sentence;
  return [Math.max(view.sentenceFirst[sentence]!, from - MODEL_WINDOW_MARGIN), Math.min(view.sentenceEnd[sentence]!, to + MODEL_WINDOW_MARGIN)];
}

/** Sort token windows and join those that overlap or touch inside one sentence: they are labeled together. */
function mergeWindows(view: TextView, ranges: Array<[number, number]>): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const [first, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const previous = windows[windows.length - 1];
    if (previous && view.tokens[previous[0]]!.sentence === view.tokens[first]!.sentence && first <= previous[1]) previous[1] = Math.max(previous[1], end);
    else windows.push([first, end]);
  }
  return windows;
}

/** Tokens on each side of an open name that the model labels with it (features read the whole sentence regardless). */
const MODEL_WINDOW_MARGIN = 3;

/**
 * The statistical recognizer's spans, run only around the names the rules could not classify (most
 * names are settled by titles, given names and gazetteers, and the model costs time): each open
 * name with a few tokens either side, inside its sentence. Features still see the whole sentence.
 * A missing model is reported once as a diagnostic; the rules still work without it.
 */
function modelSpans(doc: WorkingDocument, view: TextView, names: readonly NameMention[], phraseEnds: ReadonlySet<number>): TypedSpan[] {
  // Only names the rules left open: running the model on every sentence would cost most of the analysis time.
  // Single unknown words only matter as speakers, which the speaker rules type; names of two words or
  // more ("Alden Courier", "Gerald Ford") are worth the model's time, and so are those called people only
  // because their first word is a listed given name ("West Yorkshire", "Clarence House"): applyModelTypes
  // lets the model retype both.
  // One-word names of unknown type that end a speaker phrase are labeled too, every mention of the same word, in
  // the same pass (one pass reads the document's casing once), for retypeUnknownSpeakers.
  const oneWord = (mention: NameMention): boolean => mention.type === 'unknown' && mention.to - mention.from === 1;
  const speakerWords = new Set(names.filter((mention) => oneWord(mention) && phraseEnds.has(view.tokens[mention.from]!.end)).map((mention) => view.tokens[mention.from]!.norm));
  const open = names.filter((mention) => ((mention.type === 'unknown' || mention.source === 'rule:names/given-name') && mention.to - mention.from > 1)
    || (oneWord(mention) && speakerWords.has(view.tokens[mention.from]!.norm)));
  const windows = mergeWindows(view, open.map((mention) => nameWindow(view, mention.from, mention.to)));
  if (windows.length === 0) return [];
  const problem = nerModelProblem();
  if (problem) {
    doc.diagnostics.push({ code: 'model-unavailable', severity: 'warning', message: `names were classified without the statistical model: ${problem}` });
    return [];
  }
  return findNameCandidates({ text: doc.text, tokens: doc.tokens }, undefined, windows).map((c) => ({ start: c.start, end: c.end, type: c.type, score: c.score, source: c.source }));
}

/** Loads the recognizer once; a model that cannot be loaded is remembered, not retried for every article. */
const nerModelProblem = lazy((): string | null => {
  try {
    shippedNerModel();
    return null;
  } catch (error) {
    if (error instanceof WhosaidError && error.code === 'MODEL_UNAVAILABLE') return error.message;
    throw error;
  }
});
