/** The pipeline stage that adds part-of-speech tags and labeled dependencies to the document's tokens. */
import type { Stage } from '../pipeline/stage.js';
import { annotateSyntax, createSyntaxContext } from './syntax.js';

/** Tags and parses every sentence; the models load on the first document (MODEL_UNAVAILABLE when missing). */
export const syntaxStage: Stage = {
  name: 'syntax',
  requires: ['tokens', 'sentences'],
  assigns: ['syntax'],
  run(doc) {
    annotateSyntax(doc.tokens, createSyntaxContext());
  },
};
