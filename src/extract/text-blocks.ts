/** Turning a DOM subtree into blocks of text (paragraphs, headings, list items, quotes) with runs back to the HTML source. */
import type { Span } from '../types.js';
import type { TextEvent } from './html-document.js';
import type { SourceRun } from './types.js';

/** One block of text (a paragraph, a heading, a list item...) with its source runs relative to the block's text. */
export interface TextBlock {
  text: string;
  /** The element that made the block, lower case ("p", "h2", "blockquote", "li"...). */
  tag: string;
  /** The block element itself, so refiners can look at classes and ancestors. */
  element: Element | null;
  runs: SourceRun[];
  /** How many characters of `text` lie inside links (for link density). */
  linkLength: number;
}

/** Finds where a text node came from in the source, when known. */
export type Locate = (node: Node) => TextEvent | undefined;

/** Elements that start and end a block of text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);

/** Elements whose text is never article text. */
export const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'select', 'textarea', 'button', 'head', 'title']);

const WORD = /\S+/g;

/** A block being built: its text parts, length, source runs and link length so far. */
export interface BlockState {
  parts: string[];
  length: number;
  runs: [number, number, number, number][];
  pendingSpace: boolean;
  /** Whether the last run maps character by character, so that the next one may extend it. */
  lastRunExact: boolean;
  linkLength: number;
}

/** A new, empty block. */
export function emptyState(): BlockState {
  return { parts: [], length: 0, runs: [], pendingSpace: false, lastRunExact: false, linkLength: 0 };
}

/** Append a text node's data to the block, collapsing whitespace and recording source runs when its position is known. */
export function appendText(state: BlockState, data: string, event: TextEvent | undefined): void {
  const exact = event !== undefined && event.end - event.start === data.length;
  let firstOut = -1;
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(data); match; match = WORD.exec(data)) {
    const needSpace = state.pendingSpace || match.index > previousEnd;
    if (needSpace && state.length > 0) {
      state.parts.push(' ');
      state.length += 1;
    }
    state.pendingSpace = false;
    const outStart = state.length;
    if (firstOut < 0) firstOut = outStart;
    state.parts.push(match[0]);
    state.length += match[0].length;
    previousEnd = match.index + match[0].length;
    if (exact && event) addExactRun(state, outStart, state.length, event.start + match.index);
  }
  if (previousEnd < data.length) state.pendingSpace = true;
  if (event && !exact && firstOut >= 0) {
    state.runs.push([firstOut, state.length, event.start, event.end]);
    state.lastRunExact = false;
  }
}

function addExactRun(state: BlockState, textStart: number, textEnd: number, htmlStart: number): void {
  const last = state.runs[state.runs.length - 1];
  if (last && state.lastRunExact) {
    const textGap = textStart - last[1];
    const htmlGap = htmlStart - last[3];
    // A single space in the output that stands for a single whitespace character keeps the mapping exact.
    if (textGap === htmlGap && textGap <= 1) {
      last[1] = textEnd;
      last[3] = htmlStart + (textEnd - textStart);
      return;
    }
  }
  state.runs.push([textStart, textEnd, htmlStart, htmlStart + (textEnd - textStart)]);
  state.lastRunExact = true;
}

/** Split the text under `root` into blocks at block-level elements, collapsing whitespace and recording source runs. */
export function textBlocks(root: Node, locate: Locate): TextBlock[] {
  const blocks: TextBlock[] = [];
  const owners: { tag: string; element: Element | null }[] = [{ tag: tagOf(root), element: root.nodeType === 1 ? (root as Element) : null }];
  let state = emptyState();
  const flush = (): void => {
    if (state.length > 0) {
      const owner = owners[owners.length - 1];
      blocks.push({ text: state.parts.join(''), tag: owner?.tag ?? 'div', element: owner?.element ?? null, runs: state.runs, linkLength: state.linkLength });
    }
    state = emptyState();
  };
  let linkDepth = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const before = state.length;
      appendText(state, (node as Text).data, locate(node));
      if (linkDepth > 0) state.linkLength += state.length - before;
    }
    else if (node.nodeType === 1) {
      const tag = tagOf(node);
      if (!SKIPPED_TAGS.has(tag) && !isHidden(node as Element)) {
        if (BLOCK_TAGS.has(tag)) {
          flush();
          owners.push({ tag, element: node as Element });
        }
        descend = node.firstChild !== null;
        if (!descend && BLOCK_TAGS.has(tag)) owners.pop();
        if (descend && tag === 'a') linkDepth++;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && tagOf(node) === 'a') linkDepth = Math.max(0, linkDepth - 1);
      if (node && node !== root && BLOCK_TAGS.has(tagOf(node))) {
        flush();
        owners.pop();
      }
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  flush();
  return blocks;
}

function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '#' + node.nodeName.toLowerCase();
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The article text: blocks joined by a blank line, with paragraph spans and the source map in text offsets. */
export interface JoinedText {
  text: string;
  paragraphs: Span[];
  sourceMap: SourceRun[];
}

/** Join blocks into one text, "\n\n" between blocks, shifting each block's runs to text offsets. */
export function joinBlocks(blocks: readonly TextBlock[]): JoinedText {
  const parts: string[] = [];
  const paragraphs: Span[] = [];
  const sourceMap: SourceRun[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (parts.length > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    parts.push(block.text);
    paragraphs.push({ start: offset, end: offset + block.text.length });
    for (const [textStart, textEnd, htmlStart, htmlEnd] of block.runs) sourceMap.push([textStart + offset, textEnd + offset, htmlStart, htmlEnd]);
    offset += block.text.length;
  }
  return { text: parts.join(''), paragraphs, sourceMap };
}

/** Map a text offset back to an HTML source offset through the source map, or null when it came from no source text. */
export function toSourceOffset(sourceMap: readonly SourceRun[], textOffset: number): number | null {
  let low = 0;
  let high = sourceMap.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = sourceMap[middle];
    if (!run) break;
    const [textStart, textEnd, htmlStart, htmlEnd] = run;
    if (textOffset < textStart) high = middle - 1;
    else if (textOffset >= textEnd) low = middle + 1;
    else return textEnd - textStart === htmlEnd - htmlStart ? htmlStart + (textOffset - textStart) : htmlStart;
  }
  return null;
}
