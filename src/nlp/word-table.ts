/**
 * A read-only table from words to 32-bit unsigned values, read from a text of lines `word<TAB>value`
 * without making a string or a map entry per word: the words stay in the text, and typed arrays point
 * at them. The lines are the slots of an open-addressing hash table (FNV-1a, linear probing; an empty
 * line is an empty slot), written in that order by formatWordTable, so that reading the table is one
 * pass over the text with no hashing: the gazetteers' 107k words in 262k slots take about 10 ms of a cold
 * process on the shared machine, against 20-60 for hashing each word into a table (whose random writes miss
 * the cache) and more for splitting the text into lines and filling a Map. The NER's gazetteers are read at process start. A lookup hashes the word and
 * compares it with the text.
 */
import { WhosaidError } from '../errors.js';

/** The table: slot s holds text[starts[s], ends[s]) with value values[s]; an empty slot has starts[s] === ends[s]. */
export interface WordTable {
  kind: 'word-table';
  text: string;
  starts: Uint32Array;
  ends: Uint32Array;
  values: Uint32Array;
  mask: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** FNV-1a over the UTF-16 code units of a word. */
function hashWord(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/**
 * Read the `slotCount` lines (a power of two) of a table written by formatWordTable, from text[from]
 * on; returns the table and where its lines end.
 */
export function readWordTable(text: string, from: number, slotCount: number): { table: WordTable; end: number } {
  if (!Number.isInteger(Math.log2(slotCount))) throw new WhosaidError('MODEL_UNAVAILABLE', `a word table has ${slotCount} slots, not a power of two`);
  const starts = new Uint32Array(slotCount);
  const ends = new Uint32Array(slotCount);
  const values = new Uint32Array(slotCount);
  let position = from;
  // Native searches for the line's tab and end: in the cold code of a process start, a loop over every character
  // measured slower (12-27 ms against 8-20 for the gazetteers' index).
  for (let slot = 0; slot < slotCount; slot++) {
    if (text.charCodeAt(position) === NEWLINE) {
      starts[slot] = position;
      ends[slot] = position;
      position++;
      continue;
    }
    const newline = text.indexOf('\n', position);
    if (newline < 0) throw new WhosaidError('MODEL_UNAVAILABLE', `a word table has ${slot} of its ${slotCount} lines`);
    const tab = text.indexOf('\t', position);
    let end = tab >= 0 && tab < newline ? tab : newline;
    // A carriage return (a checkout with CRLF line ends) ends a word too, so that an empty line stays an empty slot.
    if (end > position && text.charCodeAt(end - 1) === CARRIAGE_RETURN) end--;
    starts[slot] = position;
    ends[slot] = end;
    let value = 0;
    for (let i = end + 1; i < newline; i++) {
      const code = text.charCodeAt(i);
      // Anything but a digit (a carriage return) is skipped.
      if (code >= 0x30 && code <= 0x39) value = value * 10 + code - 0x30;
    }
    values[slot] = value;
    position = newline + 1;
  }
  return { table: { kind: 'word-table', text, starts, ends, values, mask: slotCount - 1 }, end: position };
}

/** The value of a word, or 0 when the table lacks it. */
export function lookUpWord(table: WordTable, word: string): number {
  const { text, starts, ends, mask } = table;
  const length = word.length;
  let slot = hashWord(word) & mask;
  for (;;) {
    const start = starts[slot]!;
    const end = ends[slot]!;
    if (start === end) return 0;
    if (end - start === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (text.charCodeAt(start + i) !== word.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return table.values[slot]!;
    }
    slot = (slot + 1) & mask;
  }
}

/**
 * The lines of a table for readWordTable: one per slot of a table at most half full (an empty line for an
 * empty slot), each word placed by its hash and linear probing in the order given. Throws on a word a line
 * cannot hold or a value that is not a 32-bit unsigned integer.
 */
export function formatWordTable(entries: ReadonlyMap<string, number>): { text: string; slotCount: number } {
  let slotCount = 16;
  while (slotCount < entries.size * 2) slotCount *= 2;
  const slots = new Array<string>(slotCount).fill('');
  for (const [word, value] of entries) {
    if (word === '' || /[\t\n\r]/.test(word)) throw new WhosaidError('INVALID_INPUT', `${JSON.stringify(word)} cannot be a word of a word table`);
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new WhosaidError('INVALID_INPUT', `${value} is not a 32-bit unsigned value for a word table`);
    let slot = hashWord(word) & (slotCount - 1);
    while (slots[slot] !== '') slot = (slot + 1) & (slotCount - 1);
    slots[slot] = `${word}\t${value}`;
  }
  return { text: `${slots.join('\n')}\n`, slotCount };
}
