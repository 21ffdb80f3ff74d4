/** Refiner on Readability's content element: removes captions, share bars, related links and other furniture by tag and class. */
import type { Diagnostic } from '../../types.js';
import { attributeWords, boilerplateClassWords, quotesSomeone } from './patterns.js';

const FURNITURE_TAGS = new Set(['figcaption', 'nav', 'aside', 'footer', 'button', 'form', 'input', 'select', 'label']);

function isFurniture(element: Element): boolean {
  const tag = element.localName.toLowerCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  const words = boilerplateClassWords();
  for (const attribute of ['class', 'id', 'data-component', 'itemprop']) {
    const value = element.getAttribute(attribute);
    if (value && attributeWords(value).some((word) => words.has(word))) return true;
  }
  return false;
}

/** Remove furniture elements under `content`; never one that holds most of the text, nor a caption that quotes someone. */
export function pruneBoilerplateElements(content: Element, diagnostics: Diagnostic[]): void {
  const total = (content.textContent ?? '').length;
  const doomed: Element[] = [];
  for (const element of Array.from(content.querySelectorAll('*'))) {
    if (!isFurniture(element)) continue;
    if (doomed.some((ancestor) => ancestor.contains(element))) continue;
    const text = element.textContent ?? '';
    // A misleading class on the article's own wrapper must not empty the article.
    if (text.length > total * 0.4) continue;
    if (quotesSomeone(text) && !element.querySelector('a')) continue;
    // Embedded posts (tweets) come wrapped in "social" embeds; they are statements by someone, so they stay.
    if (element.localName.toLowerCase() !== 'aside' && (element.querySelector('blockquote') || element.closest('blockquote'))) continue;
    doomed.push(element);
  }
  for (const element of doomed) element.remove();
  if (doomed.length > 0) diagnostics.push({ code: 'boilerplate-removed', severity: 'info', message: `removed ${doomed.length} captions, share bars, related links or similar page elements` });
}
