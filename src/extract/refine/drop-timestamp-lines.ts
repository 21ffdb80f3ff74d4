/** Refiner: drops short "Updated Nov 19, 9:41 AM" / "By X - 11/18/19 11:04 PM" lines, which are metadata, not body text. */
import type { TextBlock } from '../text-blocks.js';
import { wordCount } from './patterns.js';

const TIME = /\b\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
const LABEL = /^(?:updated|posted|published|last (?:updated|modified)|by|first published|created|modified)\b/i;

/** Drop blocks of at most 14 words that open with a date label and contain a clock time or numeric date. */
export function dropTimestampLines(blocks: TextBlock[]): TextBlock[] {
  return blocks.filter((block) => {
    const text = block.text.trim();
    if (wordCount(text) > 14) return true;
    return !(LABEL.test(text) && TIME.test(text)) && !/^(?:\|\s*)?(?:updated|published|posted):/i.test(text);
  });
}
