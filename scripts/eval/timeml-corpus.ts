// Reads TimeML (.tml) files into plain text with gold TIMEX3 spans, and splits them into a tuning set and a fixed held-out set.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One gold TIMEX3 annotation as offsets into the plain text of the TEXT element. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** One TimeML document: its plain text, document creation time and gold temporal expressions. */
export interface TimemlDocument {
  file: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Parse one TimeML file: strip tags from the TEXT element, decode entities, and record TIMEX3 offsets. */
export function parseTimeml(file: string, xml: string): TimemlDocument {
  const dctMatch = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml);
  const dct = (dctMatch?.[1] ?? '').slice(0, 10);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let current: { start: number; type: string; value: string } | null = null;
  let i = 0;
  while (i < body.length) {
    const ch = body.charAt(i);
    if (ch === '<') {
      const end = body.indexOf('>', i);
      if (end < 0) break;
      const tag = body.slice(i + 1, end);
      if (tag.startsWith('TIMEX3')) {
        current = { start: text.length, type: /type="([^"]*)"/.exec(tag)?.[1] ?? '', value: /value="([^"]*)"/.exec(tag)?.[1] ?? '' };
      } else if (tag === '/TIMEX3' && current) {
        timexes.push({ start: current.start, end: text.length, text: text.slice(current.start, text.length), type: current.type, value: current.value });
        current = null;
      }
      i = end + 1;
      continue;
    }
    if (ch === '&') {
      const semi = body.indexOf(';', i);
      const name = semi > i ? body.slice(i + 1, semi) : '';
      const decoded = ENTITIES[name];
      if (decoded !== undefined) {
        text += decoded;
        i = semi + 1;
        continue;
      }
    }
    text += ch;
    i++;
  }
  return { file, dct, text, timexes };
}

/** A stable 32-bit FNV-1a hash of a file name, used to pick the held-out set. */
function hash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** True when a file belongs to the fixed held-out fifth of the corpus (never inspected while tuning). */
export function isHeldOut(file: string): boolean {
  return hash(file) % 5 === 0;
}

/** Load every .tml file under the TBAQ-cleaned directory. */
export function loadCorpus(root: string): TimemlDocument[] {
  const documents: TimemlDocument[] = [];
  for (const part of ['TimeBank', 'AQUAINT']) {
    const dir = join(root, part);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()) {
      documents.push(parseTimeml(`${part}/${name}`, readFileSync(join(dir, name), 'utf8')));
    }
  }
  return documents;
}
