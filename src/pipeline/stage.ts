/** A pipeline stage declares what it requires and assigns; the pipeline checks the order once. */
import type { DocumentField, WorkingDocument } from './document.js';

/** One step of the analysis. */
export interface Stage {
  name: string;
  requires: readonly DocumentField[];
  assigns: readonly DocumentField[];
  run(doc: WorkingDocument): void;
}

/** Thrown when stages are listed in an order that cannot satisfy their requirements. */
export class PipelineOrderError extends Error {
  readonly code = 'PIPELINE_ORDER';
  constructor(message: string) {
    super(message);
    this.name = 'PipelineOrderError';
  }
}

/** Check that every stage's requirements are assigned by an earlier stage; returns the stages. */
export function checkPipeline(stages: readonly Stage[]): readonly Stage[] {
  const available = new Set<DocumentField>();
  for (const stage of stages) {
    for (const field of stage.requires) {
      if (!available.has(field)) throw new PipelineOrderError(`stage '${stage.name}' requires '${field}', which no earlier stage assigns; move it after the stage that does`);
    }
    for (const field of stage.assigns) available.add(field);
  }
  return stages;
}
