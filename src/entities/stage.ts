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
import { clusterNames, createRegistry } from './cluster.js';
import { givenNames } from './lexicons.js';
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
    applyModelTypes(view, names, modelSpans(doc, view, names));
    const registry = createRegistry();
    const assigned = clusterNames(view, names, registry);
    const quoted = doc.quotes.flatMap((q) => (q.kind === 'indirect' ? [] : q.fragments)).sort((a, b) => a.start - b.start);
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
          const first = draft.words[0];
          const guess = first && draft.words.length > 1 ? givenNames().get(first) : undefined;
          const evidence = named[0];
          if ((guess === 'female' || guess === 'male') && evidence) entity.gender = { value: guess, basis: 'guess', evidence: { start: evidence.start, end: evidence.end } };
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

/** Tokens on each side of an open name that the model labels with it (features read the whole sentence regardless). */
const MODEL_WINDOW_MARGIN = 3;

/**
 * The statistical recognizer's spans, run only around the names the rules could not classify (most
 * names are settled by titles, given names and gazetteers, and the model costs time): each open
 * name with a few tokens either side, inside its sentence. Features still see the whole sentence.
 * A missing model is reported once as a diagnostic; the rules still work without it.
 */
function modelSpans(doc: WorkingDocument, view: TextView, names: readonly NameMention[]): TypedSpan[] {
  const windows: Array<[number, number]> = [];
  // Only names the rules left open: running the model on every sentence would cost most of the analysis time.
  // Single unknown words only matter as speakers, which the speaker rules type; names of two words or
  // more ("Alden Courier", "Gerald Ford") are worth the model's time, and so are those called people only
  // because their first word is a listed given name ("West Yorkshire", "Clarence House"): applyModelTypes
  // lets the model retype both.
  const open = names.filter((mention) => (mention.type === 'unknown' || mention.source === 'rule:names/given-name') && mention.to - mention.from > 1).sort((a, b) => a.from - b.from);
  for (const mention of open) {
    const sentence = view.tokens[mention.from]!.sentence;
    const first = Math.max(view.sentenceFirst[sentence]!, mention.from - MODEL_WINDOW_MARGIN);
    const end = Math.min(view.sentenceEnd[sentence]!, mention.to + MODEL_WINDOW_MARGIN);
    const previous = windows[windows.length - 1];
    // Overlapping or touching windows in one sentence are labeled together.
    if (previous && view.tokens[previous[0]]!.sentence === sentence && first <= previous[1]) previous[1] = Math.max(previous[1], end);
    else windows.push([first, end]);
  }
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
