/** The ordered list of block refiners applied to the text blocks of the article content. */
import type { TextBlock } from '../text-blocks.js';
import { cutRelatedTail } from './cut-related-tail.js';
import { dropBoilerplateLines } from './drop-boilerplate-lines.js';
import { dropLinkBlocks } from './drop-link-blocks.js';
import { dropTimestampLines } from './drop-timestamp-lines.js';
import { dropTitleRepeat } from './drop-title-repeat.js';

/** What a block refiner may look at besides the blocks. */
export interface RefineContext {
  title: string | null;
}

/**
 * Apply the block refiners in order. The related-stories cut runs after the link-block filter has removed
 * link lists, so that "half of the blocks" counts article paragraphs rather than navigation.
 */
export function refineBlocks(blocks: TextBlock[], context: RefineContext): TextBlock[] {
  let refined = dropTitleRepeat(blocks, context.title);
  refined = dropBoilerplateLines(refined);
  refined = dropTimestampLines(refined);
  refined = dropLinkBlocks(refined);
  refined = cutRelatedTail(refined);
  return refined;
}
