/** The pipeline stage that fills `doc.sourcing`. */
import type { Stage } from '../pipeline/stage.js';
import { buildSourcingProfile } from './profile.js';

/** Sourcing profile: named and anonymous sources, hedges, other media, unattributed claims, gender and party of the quoted. */
export const sourcingStage: Stage = {
  name: 'sourcing',
  requires: ['tokens', 'sentences', 'paragraphs', 'entities', 'quotes'],
  assigns: ['sourcing'],
  run(doc) {
    doc.sourcing = buildSourcingProfile(doc);
  },
};
