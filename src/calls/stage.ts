/** The pipeline stage that fills `doc.calls`. */
import type { Stage } from '../pipeline/stage.js';
import { extractCalls } from './extract-calls.js';

/** Calls to act: who urges whom to do what, with negation and conditions marked. */
export const callsStage: Stage = {
  name: 'calls',
  requires: ['tokens', 'sentences', 'entities', 'quotes'],
  assigns: ['calls'],
  run(doc) {
    doc.calls = extractCalls(doc);
  },
};
