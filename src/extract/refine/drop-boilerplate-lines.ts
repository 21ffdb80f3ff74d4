/** Refiner: drops blocks that are page furniture by their whole text ("Advertisement", "Image copyright Getty"). */
import type { TextBlock } from '../text-blocks.js';
import { boilerplateLines } from './patterns.js';

/** Drop blocks whose entire text matches a pattern of data/extract/boilerplate-lines.txt. */
export function dropBoilerplateLines(blocks: TextBlock[]): TextBlock[] {
  const patterns = boilerplateLines();
  return blocks.filter((block) => block.text.length > 500 || !patterns.some((pattern) => pattern.test(block.text.trim())));
}
