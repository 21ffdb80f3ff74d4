/**
 * Pre-refiner on the DOM Readability will read: pull quotes marked up as <aside> or <div class="pull-quote">
 * become <blockquote>, which Readability keeps (it drops asides). Text nodes are moved, not copied, so they keep
 * their source positions.
 */
import { attributeWords } from './patterns.js';

function isPullQuote(element: Element): boolean {
  const words = attributeWords(`${element.getAttribute('class') ?? ''} ${element.id}`);
  return words.includes('pullquote') || (words.includes('pull') && words.includes('quote'));
}

/** Turn every pull-quote container that is not already a blockquote into a blockquote; returns how many. */
export function promotePullQuotes(document: Document): number {
  let promoted = 0;
  for (const element of Array.from(document.querySelectorAll('aside, div, figure, p, span'))) {
    if (!isPullQuote(element) || element.closest('blockquote') || element.querySelector('blockquote')) continue;
    const quote = document.createElement('blockquote');
    while (element.firstChild) quote.appendChild(element.firstChild);
    element.replaceWith(quote);
    promoted++;
  }
  return promoted;
}
