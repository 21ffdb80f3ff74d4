/**
 * The analysis pipeline, in order. Each stage declares what it needs; `checkPipeline` verifies the
 * order once at first use. Order matters: dates before events (events are anchored to dates); quotes
 * before entities (the entity stage resolves each quotation's speaker phrase); entities before events,
 * calls, sourcing and contradictions, which all speak about resolved people.
 */
import { callsStage } from '../calls/stage.js';
import { contradictionsStage } from '../contradictions/stage.js';
import { datesStage } from '../dates/stage.js';
import { entitiesStage } from '../entities/stage.js';
import { eventsStage } from '../events/stage.js';
import { quotesStage } from '../quotes/stage.js';
import { sourcingStage } from '../sourcing/stage.js';
import { segment } from '../text/segment.js';
import { checkPipeline, type Stage } from './stage.js';

const segmentation: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    const result = segment(doc.text);
    doc.paragraphs = result.paragraphs;
    doc.sentences = result.sentences;
    doc.tokens = result.tokens;
  },
};

let checked: readonly Stage[] | undefined;

/** The ordered stages of the default pipeline (checked once). */
export function defaultStages(): readonly Stage[] {
  checked ??= checkPipeline([segmentation, datesStage, quotesStage, entitiesStage, eventsStage, callsStage, sourcingStage, contradictionsStage]);
  return checked;
}
