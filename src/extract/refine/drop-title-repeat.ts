/** Refiner: drops the opening blocks that only repeat the article's title. */
import type { TextBlock } from '../text-blocks.js';

const normalize = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Drop blocks among the first three that equal the title. */
export function dropTitleRepeat(blocks: TextBlock[], title: string | null): TextBlock[] {
  if (!title) return blocks;
  const wanted = normalize(title);
  if (wanted === '') return blocks;
  return blocks.filter((block, index) => index >= 3 || normalize(block.text) !== wanted);
}
