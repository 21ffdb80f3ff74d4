/** Refiner: from a "You may also like" / "Related stories" heading on, drops the short link headlines that follow. */
import type { TextBlock } from '../text-blocks.js';
import { relatedHeadings, wordCount } from './patterns.js';

/** Drop a related-stories heading in the second half and the blocks of fewer than 20 words after it. */
export function cutRelatedTail(blocks: TextBlock[]): TextBlock[] {
  const patterns = relatedHeadings();
  const half = Math.floor(blocks.length / 2);
  for (let index = half; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block || !patterns.some((pattern) => pattern.test(block.text.trim()))) continue;
    let end = index + 1;
    while (end < blocks.length && wordCount(blocks[end]?.text ?? '') < 20) end++;
    return [...blocks.slice(0, index), ...blocks.slice(end)];
  }
  return blocks;
}
