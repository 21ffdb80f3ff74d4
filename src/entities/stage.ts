/**
 * The entity stage: name mentions → entities (people with title, party, state, gender; organizations;
 * places), then each quotation's speaker phrase resolved to an entity (names, titles, descriptions,
 * pronouns, anonymous sources). Runs after the quotation stage, whose speaker phrases it resolves.
 */
import type { Stage } from '../pipeline/stage.js';
import { createView } from '../text/view.js';
import type { Entity } from '../types.js';
import { clusterNames, createRegistry } from './cluster.js';
import { givenNames } from './lexicons.js';
import { findNames } from './names.js';
import { resolveSpeakers } from './speakers.js';

/** Builds doc.entities and fills each quote's speaker entity, name and anonymity. */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences', 'tokens', 'quotes'],
  assigns: ['entities', 'quotes'],
  run(doc) {
    const view = createView(doc.text, doc.tokens, doc.sentences);
    const names = findNames(view);
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
