/**
 * The analysis pipeline, in order. Each stage declares what it needs; `checkPipeline` verifies the
 * order once at first use. Order matters: entities before quotes (speakers resolve to entities),
 * quotes before calls and contradictions (which build on attributed statements).
 */
import { entitiesStage } from '../entities/stage.js';
import { quotesStage } from '../quotes/stage.js';
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
  checked ??= checkPipeline([segmentation, quotesStage, entitiesStage]);
  return checked;
}
