/**
 * A linear-time reading of the page's blocks straight from the tokenizer, without a DOM or an element stack: the
 * path for pages too deep or too large for a DOM and Readability to process in bounded time (hostile or broken pages).
 */
import { tokenizeLinear, VOID_TAGS } from './html-scan.js';
import { appendText, BLOCK_TAGS, emptyState, SKIPPED_TAGS, type TextBlock } from './text-blocks.js';

// Page furniture skipped on this path, since no Readability runs to remove it. <head> is not skipped: without
// a stack its implied end cannot be seen, and what it holds (title, script, style) is skipped by name anyway.
const SKIPPED = new Set([...SKIPPED_TAGS, 'nav', 'header', 'footer', 'aside', 'form', 'figcaption'].filter((tag) => tag !== 'head' && !VOID_TAGS.has(tag)));

/** Most blocks kept on this path: beyond, a page is a dump, not an article, and the refiners' time is bounded. */
export const MAX_STREAM_BLOCKS = 20_000;

/** Blocks of all the text outside scripts, styles and page furniture, with exact source runs (at most MAX_STREAM_BLOCKS). */
export function streamBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const open = new Map<string, number>();
  let skipDepth = 0;
  let linkDepth = 0;
  let state = emptyState();
  let blockTag = 'body';
  const flush = (): void => {
    if (state.length > 0 && blocks.length < MAX_STREAM_BLOCKS) blocks.push({ text: state.parts.join(''), tag: blockTag, element: null, runs: state.runs, linkLength: state.linkLength });
    state = emptyState();
  };
  const close = (tag: string): void => {
    if (SKIPPED.has(tag) && (open.get(tag) ?? 0) > 0) {
      open.set(tag, (open.get(tag) ?? 1) - 1);
      skipDepth--;
    }
    if (tag === 'a') linkDepth = Math.max(0, linkDepth - 1);
    if (BLOCK_TAGS.has(tag)) flush();
  };
  tokenizeLinear(html, {
    open(tag) {
      if (SKIPPED.has(tag)) {
        open.set(tag, (open.get(tag) ?? 0) + 1);
        skipDepth++;
      }
      if (tag === 'a') linkDepth++;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        blockTag = tag;
      }
    },
    selfClose: close,
    close,
    text(data, start, end) {
      if (skipDepth > 0) return;
      const before = state.length;
      appendText(state, data, { data, start, end });
      if (linkDepth > 0) state.linkLength += state.length - before;
    },
  });
  flush();
  return blocks;
}
