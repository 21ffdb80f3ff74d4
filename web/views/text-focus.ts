/**
 * Showing a character range of the article in its rendered text: the range is found among the text
 * nodes (whose concatenation is exactly the article text), highlighted with the CSS Custom
 * Highlight API (no element is added or changed; the selection is used where the API is missing)
 * and scrolled into view.
 */
import type { Span } from '../../src/types.js';

/** A position inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Name of the highlight in styles.css (`::highlight(whosaid-focus)`). */
export const FOCUS_HIGHLIGHT = 'whosaid-focus';

/** The text node and offset at a character offset of an element's text, or null past its end. */
export function locateOffset(root: Node, offset: number): TextPoint | null {
  let passed = 0;
  const stack: Node[] = [root];
  let last: TextPoint | null = null;
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const text = node as Text;
      const length = text.data.length;
      // An offset at a node's end belongs to the next node's start, so a range never opens on an empty tail.
      if (offset < passed + length) return { node: text, offset: offset - passed };
      passed += length;
      last = { node: text, offset: length };
      continue;
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return offset === passed ? last : null;
}

/** The range of the rendered text covering a span of the article, or null when it lies outside the text. */
export function rangeOf(root: Node, span: Span): Range | null {
  if (span.end <= span.start) return null;
  const start = locateOffset(root, span.start);
  const end = locateOffset(root, span.end);
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** The browser's highlight registry, when it has one (a Map; typed as such only with the DOM.Iterable library). */
function highlights(): Map<string, Highlight> | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS.highlights as unknown as Map<string, Highlight>) : null;
}

/** Highlight a span of the article text and scroll it into view; returns false when the span is not in the text. */
export function showInText(root: HTMLElement, span: Span): boolean {
  const range = rangeOf(root, span);
  if (!range) return false;
  if (typeof Highlight === 'function' && highlights()) {
    highlights()?.set(FOCUS_HIGHLIGHT, new Highlight(range));
  } else {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  // The range itself is measured: the start's parent may be the whole article when the words are not in a mark.
  // An instant jump, since a smooth scroll across a long article is slow and the highlight marks where it landed.
  const box = range.getBoundingClientRect();
  window.scrollBy({ top: box.top + box.height / 2 - window.innerHeight / 2 });
  return true;
}

/** Remove the highlight left by showInText. */
export function clearTextFocus(): void {
  highlights()?.delete(FOCUS_HIGHLIGHT);
}

/** Attributes of a control that shows a span of the article when clicked or focused (see wireTextFocus). */
export function spanTarget(span: Span): Record<string, number> {
  return { 'data-start': span.start, 'data-end': span.end };
}

/** Make every control inside `panel` carrying spanTarget attributes show its span in `text`, announcing it in `status`. */
export function wireTextFocus(panel: HTMLElement, text: HTMLElement, status: HTMLElement, articleText: string): void {
  const show = (event: Event): void => {
    const control = (event.target as Element).closest<HTMLElement>('[data-start][data-end]');
    if (!control || !panel.contains(control)) return;
    const span = { start: Number(control.getAttribute('data-start')), end: Number(control.getAttribute('data-end')) };
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) return;
    if (showInText(text, span)) {
      const shown = articleText.slice(span.start, span.end);
      status.textContent = `Shown in the article: ${shown.length > 120 ? `${shown.slice(0, 119)}…` : shown}`;
    }
  };
  panel.addEventListener('click', show);
  panel.addEventListener('focusin', (event) => {
    // Following focus only where the panel stays in view beside the text; in one column the jump
    // would carry the focused control off screen, so there it takes a click (or Enter).
    if (getComputedStyle(panel).position === 'sticky') show(event);
  });
}
