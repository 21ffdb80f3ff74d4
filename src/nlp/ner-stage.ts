/**
 * NER for the analysis pipeline: name-mention candidates (person, organization, place, other) from
 * the statistical model, as text spans with provenance. It does not write `doc.entities`; the
 * entity stage merges these candidates with its rule-based name detection and resolves them.
 */
import type { WorkingDocument } from '../pipeline/document.js';
import type { DocumentField } from '../pipeline/document.js';
import type { EntityType, Provenance, TextSpan } from '../types.js';
import { recognizeEntities, shippedNerModel } from './ner.js';
import type { NerModel } from './ner-model.js';
import type { NerType } from './ner-tags.js';

/** A name mention proposed by the NER model. */
export interface NameCandidate extends TextSpan {
  /** The whosaid entity type: PER → person, ORG → organization, LOC → place, MISC → other. */
  type: EntityType;
  nerType: NerType;
  /** Model confidence in (0, 1): how far the best labeling beats the best one without this span's labels. */
  score: number;
  source: Provenance;
}

/** What findNameCandidates reads from the document (run it after segmentation, and after syntax if the model uses POS). */
export const NAME_CANDIDATES_REQUIRE: readonly DocumentField[] = ['tokens', 'sentences'];

const ENTITY_TYPES: Record<NerType, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/**
 * The model's name-mention candidates for a document, in text order (only inside `windows`, token
 * ranges within one sentence each, when given). The model loads on first use
 * (WhosaidError MODEL_UNAVAILABLE when models/ner.bin is missing or corrupt).
 */
export function findNameCandidates(doc: Pick<WorkingDocument, 'text' | 'tokens'>, model?: NerModel, windows?: ReadonlyArray<readonly [number, number]>): NameCandidate[] {
  const entities = recognizeEntities(doc.text, doc.tokens, model ?? shippedNerModel(), windows);
  return entities.map((entity) => ({
    start: entity.start, end: entity.end, text: doc.text.slice(entity.start, entity.end),
    type: ENTITY_TYPES[entity.type], nerType: entity.type, score: entity.score, source: entity.source,
  }));
}
