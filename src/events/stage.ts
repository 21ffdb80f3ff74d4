/** The events stage: dated events (who did what, to whom, when) from the sentences, dates and entities. */
import type { Stage } from '../pipeline/stage.js';
import { extractEvents } from './extract.js';

/** Pipeline stage that fills doc.events. */
export const eventsStage: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'dates', 'entities'],
  assigns: ['events'],
  run(doc) {
    doc.events = extractEvents(doc);
  },
};
