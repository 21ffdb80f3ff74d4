/** Parsing of HTML into a DOM (linkedom) that remembers where each text node came from in the source. */
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';

/** A text event of the HTML tokenizer: decoded data and its half-open range in the source. */
export interface TextEvent {
  data: string;
  start: number;
  end: number;
}

/** A parsed page: the DOM, and the source range of each text node. */
export interface HtmlDocument {
  document: Document;
  /** Index into `events` of every text node created by the parser (nodes moved around keep theirs). */
  positions: WeakMap<Node, number>;
  /** All text events in source order, to re-find nodes that were re-created (e.g. by innerHTML). */
  events: TextEvent[];
}

/** The tokenizer's text events, and the size of the element tree (to decide whether a DOM is affordable). */
export interface TokenizedHtml {
  events: TextEvent[];
  elements: number;
  maxDepth: number;
}

/** Tokenize the HTML once more, recording where every text node of linkedom's DOM begins and ends. */
export function tokenizeHtml(html: string): TokenizedHtml {
  const events: TextEvent[] = [];
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  const parser: Parser = new Parser(
    {
      ontext(data) {
        let start = parser.startIndex;
        const end = parser.endIndex + 1;
        // After a malformed end tag ("</A <p>text") the tokenizer reports the text as starting inside
        // the tag; text with no character references is then re-anchored on its own characters.
        if (end - start !== data.length && end - data.length >= start && html.startsWith(data, end - data.length)) start = end - data.length;
        events.push({ data, start, end });
      },
      onopentag() {
        elements++;
        depth++;
        if (depth > maxDepth) maxDepth = depth;
      },
      onclosetag() {
        depth--;
      },
    },
    // The same options linkedom uses, so that the events correspond one to one to its text nodes.
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.end(html);
  return { events, elements, maxDepth };
}

/** Parse HTML into a linkedom document and pair each text node with its source range (events: tokenizeHtml(html).events, if at hand). */
export function parseHtmlDocument(html: string, events: TextEvent[] = tokenizeHtml(html).events): HtmlDocument {
  const window = parseHTML(html);
  const document = window.document as unknown as Document;
  const positions = new WeakMap<Node, number>();
  let index = 0;
  for (const node of walkTextNodes(document)) {
    const text = (node as Text).data;
    // linkedom creates one text node per tokenizer event, in order; resynchronize on the rare mismatch.
    let probe = index;
    while (probe < events.length && probe < index + 8 && events[probe]?.data !== text) probe++;
    const event = events[probe];
    if (event && event.data === text) {
      positions.set(node, probe);
      index = probe + 1;
    }
  }
  return { document, positions, events };
}

/** Text nodes under a root in document order, without recursion (hostile pages nest very deeply). */
export function* walkTextNodes(root: Node): Generator<Node> {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) yield node;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling && node !== root) node = node.parentNode;
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

/**
 * A function that finds a text node's source range: by identity for nodes the parser made, otherwise by
 * looking for the same text among the tokenizer's events, preferring the first one after the last found.
 */
export function makeLocator(parsed: HtmlDocument): (node: Node) => TextEvent | undefined {
  let byData: Map<string, number[]> | null = null;
  let cursor = 0;
  return (node) => {
    const known = parsed.positions.get(node);
    if (known !== undefined) {
      cursor = known + 1;
      return parsed.events[known];
    }
    const data = (node as Text).data;
    if (data.trim() === '') return undefined;
    if (!byData) {
      byData = new Map();
      parsed.events.forEach((event, index) => {
        const list = byData?.get(event.data);
        if (list) list.push(index);
        else byData?.set(event.data, [index]);
      });
    }
    const candidates = byData.get(data);
    if (!candidates || candidates.length === 0) return undefined;
    const next = candidates.find((index) => index >= cursor) ?? candidates[0];
    if (next === undefined) return undefined;
    cursor = next + 1;
    return parsed.events[next];
  };
}
