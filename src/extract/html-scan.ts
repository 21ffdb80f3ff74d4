/**
 * Linear scans of HTML with htmlparser2's bare Tokenizer (no element stack). htmlparser2's Parser keeps its stack
 * with Array.unshift, which makes deep nesting quadratic; these scans stay linear on any input.
 */
import { Tokenizer } from 'htmlparser2';

/** Elements that never have content, so never nest. */
export const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);

// Elements whose end tag is usually implied by the next sibling; counting them would overstate the depth.
const IMPLIED_END = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'tbody', 'thead', 'tfoot', 'rt', 'rp', 'optgroup', 'colgroup']);

/** Handlers for tokenizeLinear(): tag names lower-cased, text with its source range (entities decoded). */
export interface LinearHandlers {
  open?(tag: string): void;
  close?(tag: string): void;
  /** A `<tag/>` that closes itself. */
  selfClose?(tag: string): void;
  text?(data: string, start: number, end: number): void;
}

/** Run the bare tokenizer over the HTML, reporting tags and text with positions, in one linear pass. */
export function tokenizeLinear(html: string, handlers: LinearHandlers): void {
  let lastEnd = 0;
  let openTag = '';
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata(_start, endIndex) {
        lastEnd = endIndex + 1;
      },
      oncomment(_start, endIndex) {
        lastEnd = endIndex + 1;
      },
      ondeclaration(_start, endIndex) {
        lastEnd = endIndex + 1;
      },
      onprocessinginstruction(_start, endIndex) {
        lastEnd = endIndex + 1;
      },
      onend() {},
      onopentagname(start, endIndex) {
        openTag = html.slice(start, endIndex).toLowerCase();
        handlers.open?.(openTag);
      },
      onopentagend(endIndex) {
        lastEnd = endIndex + 1;
      },
      onselfclosingtag(endIndex) {
        handlers.selfClose?.(openTag);
        lastEnd = endIndex + 1;
      },
      onclosetag(start, endIndex) {
        handlers.close?.(html.slice(start, endIndex).toLowerCase());
        lastEnd = endIndex + 1;
      },
      ontext(start, endIndex) {
        handlers.text?.(html.slice(start, endIndex), start, endIndex);
        lastEnd = endIndex;
      },
      ontextentity(codePoint, endIndex) {
        handlers.text?.(String.fromCodePoint(codePoint), lastEnd, endIndex);
        lastEnd = endIndex;
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}

/** Size of a page's element tree, estimated in one linear pass. */
export interface HtmlShape {
  elements: number;
  /** Deepest nesting, not counting elements whose end tag is usually implied. */
  depth: number;
}

/** Count elements and estimate the deepest nesting. */
export function scanShape(html: string): HtmlShape {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  tokenizeLinear(html, {
    open(tag) {
      elements++;
      if (VOID_TAGS.has(tag) || IMPLIED_END.has(tag)) return;
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    },
    selfClose(tag) {
      if (!VOID_TAGS.has(tag) && !IMPLIED_END.has(tag)) depth = Math.max(0, depth - 1);
    },
    close(tag) {
      if (!VOID_TAGS.has(tag) && !IMPLIED_END.has(tag)) depth = Math.max(0, depth - 1);
    },
  });
  return { elements, depth: maxDepth };
}
