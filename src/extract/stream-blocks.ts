/**
 * A linear-time reading of the page's blocks straight from the tokenizer, without a DOM: the path for pages too deep or
 * too large for a DOM and Readability to process in bounded time (hostile or broken pages).
 */
import { Parser } from 'htmlparser2';
import { appendText, BLOCK_TAGS, emptyState, SKIPPED_TAGS, type TextBlock } from './text-blocks.js';

// Page furniture skipped on this path, since no Readability runs to remove it.
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'figcaption', 'button']);

/** Blocks of all the text outside scripts, styles and page furniture, with exact source runs. */
export function streamBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const stack: { tag: string; skip: boolean; link: boolean }[] = [];
  let skipDepth = 0;
  let linkDepth = 0;
  let state = emptyState();
  let blockTag = 'body';
  const flush = (): void => {
    if (state.length > 0) blocks.push({ text: state.parts.join(''), tag: blockTag, element: null, runs: state.runs, linkLength: state.linkLength });
    state = emptyState();
  };
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        const tag = name.toLowerCase();
        const skip = SKIPPED_TAGS.has(tag) || FURNITURE.has(tag);
        const link = tag === 'a';
        stack.push({ tag, skip, link });
        if (skip) skipDepth++;
        if (link) linkDepth++;
        if (BLOCK_TAGS.has(tag)) {
          flush();
          blockTag = tag;
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        const before = state.length;
        appendText(state, data, { data, start: parser.startIndex, end: parser.endIndex + 1 });
        if (linkDepth > 0) state.linkLength += state.length - before;
      },
      onclosetag(name) {
        const open = stack.pop();
        if (open?.skip) skipDepth--;
        if (open?.link) linkDepth--;
        if (BLOCK_TAGS.has(name.toLowerCase())) {
          flush();
          blockTag = stack[stack.length - 1]?.tag ?? 'body';
        }
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.end(html);
  flush();
  return blocks;
}
