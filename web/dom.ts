/**
 * Building DOM nodes without HTML parsing: every string becomes a text node, attributes are set one
 * by one, and event handler attributes are refused. Article text is untrusted; this is the only way
 * the web application creates elements.
 */

/** A child: a node, a string (becomes a text node), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attribute values; `false`/`null`/`undefined` leave the attribute out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Create an HTML element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Create an SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    // Handlers are attached with addEventListener only; an `on*` attribute would be script from data.
    if (/^on/i.test(name)) throw new Error(`refusing event handler attribute ${name}`);
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Append children, turning strings into text nodes. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replace all children of an element. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A link inside the application (hash routing). */
export function link(route: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: `#${route}` }, ...children);
}

/** Format a share (0..1) as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
