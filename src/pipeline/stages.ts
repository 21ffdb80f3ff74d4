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
import { syntaxStage } from '../nlp/syntax-stage.js';
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
let checkedWithSyntax: readonly Stage[] | undefined;

/**
 * The ordered stages of the pipeline (checked once). With `syntax`, tokens also get POS tags and
 * dependencies (for `--tokens` output); the extractors do not need them — measured on PolNeAR dev, tags
 * did not change quotation accuracy and would cost a large share of the analysis time.
 */
export function defaultStages(syntax = false): readonly Stage[] {
  const after = [datesStage, quotesStage, entitiesStage, eventsStage, callsStage, sourcingStage, contradictionsStage];
  if (syntax) {
    checkedWithSyntax ??= checkPipeline([segmentation, syntaxStage, ...after]);
    return checkedWithSyntax;
  }
  checked ??= checkPipeline([segmentation, ...after]);
  return checked;
}
