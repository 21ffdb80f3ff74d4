/** The fallback when Readability finds no article: the element whose paragraphs hold the most text (densest text block). */

const NOISE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';
const PARAGRAPHS = 'p, pre, blockquote, li, h2, h3';

function linkLength(element: Element): number {
  let length = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) length += (link.textContent ?? '').trim().length;
  return length;
}

/** The element whose own paragraphs carry the most non-link text, or the whole document when none stands out. Modifies the document. */
export function densestContent(document: Document): Node {
  for (const element of Array.from(document.querySelectorAll(NOISE))) element.remove();
  const scores = new Map<Element, number>();
  for (const paragraph of Array.from(document.querySelectorAll(PARAGRAPHS))) {
    const length = (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (length < 25 || linkLength(paragraph) > length * 0.5) continue;
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grandparent = parent.parentElement;
    // Articles split into sections: the grandparent collects half the credit, so the whole story can win over one section.
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best && bestScore >= 140 ? best : document;
}
