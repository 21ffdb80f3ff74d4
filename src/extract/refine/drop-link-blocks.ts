/** Refiner: drops short blocks made mostly of links (navigation, related stories), which article paragraphs rarely are. */
import type { TextBlock } from '../text-blocks.js';
import { wordCount } from './patterns.js';

/** Drop blocks of fewer than 25 words whose text is more than half links (quotes and tweets are kept). */
export function dropLinkBlocks(blocks: TextBlock[]): TextBlock[] {
  return blocks.filter((block) => {
    if (block.tag === 'blockquote' || insideBlockquote(block.element)) return true;
    return !(block.linkLength > block.text.length * 0.5 && wordCount(block.text) < 25);
  });
}

function insideBlockquote(element: Element | null): boolean {
  return element?.closest('blockquote') != null;
}
