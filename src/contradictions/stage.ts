/** The pipeline stage that fills `doc.contradictions`. */
import type { Stage } from '../pipeline/stage.js';
import { extractContradictions } from './extract-contradictions.js';

/** Contradictions: a person's denial set against a conflicting reported fact or statement. */
export const contradictionsStage: Stage = {
  name: 'contradictions',
  requires: ['tokens', 'sentences', 'entities', 'quotes'],
  assigns: ['contradictions'],
  run(doc) {
    doc.contradictions = extractContradictions(doc);
  },
};
