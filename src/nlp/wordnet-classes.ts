/**
 * WordNet's parts of speech as an ambiguity class for words the tagger's training data never showed.
 *
 * The tagger's strongest word feature is the ambiguity class: the set of tags a word carried in
 * training. A word seen fewer than three times has none, and such words make up a third of the
 * tagging errors (docs/nlp.md). WordNet 3.1 lists the parts of speech of 83,000 one-word lemmas
 * (data/lexicons/wordnet/pos.tsv): for an unseen word the tagger takes a class made of the parts
 * of speech of the word itself, those its regular inflections point to ("refinanced" is the
 * past of the verb "refinance"; WordNet's morphy rules, without its exception lists) and whether it
 * is a proper noun there. The lemmas travel inside the tagger model as sorted 32-bit FNV-1a hashes
 * with their bits, so loading needs no parsing; two lemmas sharing a hash (about one pair in 83,000²/2³³)
 * would share their bits.
 */
import { readFileSync } from 'node:fs';

/** Part-of-speech bits of a lemma, as in pos.tsv. */
const PART_BITS: Readonly<Record<string, number>> = { n: 1, v: 2, a: 4, r: 8, proper: 16 };
/** Bits of a word whose inflection points to a lemma of that part of speech. */
const INFLECTED_NOUN = 32;
const INFLECTED_VERB = 64;
const INFLECTED_ADJECTIVE = 128;

/** WordNet's detachment rules (morphy): an ending, what replaces it, the part of speech the base must have, the bit it sets. */
const DETACHMENTS: ReadonlyArray<readonly [ending: string, replacement: string, base: number, bit: number]> = [
  ['s', '', PART_BITS.n!, INFLECTED_NOUN], ['ses', 's', PART_BITS.n!, INFLECTED_NOUN], ['xes', 'x', PART_BITS.n!, INFLECTED_NOUN],
  ['zes', 'z', PART_BITS.n!, INFLECTED_NOUN], ['ches', 'ch', PART_BITS.n!, INFLECTED_NOUN], ['shes', 'sh', PART_BITS.n!, INFLECTED_NOUN],
  ['men', 'man', PART_BITS.n!, INFLECTED_NOUN], ['ies', 'y', PART_BITS.n!, INFLECTED_NOUN],
  ['s', '', PART_BITS.v!, INFLECTED_VERB], ['ies', 'y', PART_BITS.v!, INFLECTED_VERB], ['es', 'e', PART_BITS.v!, INFLECTED_VERB],
  ['es', '', PART_BITS.v!, INFLECTED_VERB], ['ed', 'e', PART_BITS.v!, INFLECTED_VERB], ['ed', '', PART_BITS.v!, INFLECTED_VERB],
  ['ing', 'e', PART_BITS.v!, INFLECTED_VERB], ['ing', '', PART_BITS.v!, INFLECTED_VERB],
  ['er', '', PART_BITS.a!, INFLECTED_ADJECTIVE], ['est', '', PART_BITS.a!, INFLECTED_ADJECTIVE],
  ['er', 'e', PART_BITS.a!, INFLECTED_ADJECTIVE], ['est', 'e', PART_BITS.a!, INFLECTED_ADJECTIVE],
];

/** Mixed into the class value so that WordNet classes never equal the lexicon's classes of the same tags. */
const CLASS_SEED = 0x51ed;

/** WordNet lemmas as sorted hashes, each with its part-of-speech bits. */
export interface WordnetTable {
  hashes: Uint32Array;
  bits: Uint8Array;
}

/** FNV-1a over the UTF-16 code units of a string. */
function hashLemma(lemma: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < lemma.length; i++) hash = Math.imul(hash ^ lemma.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Read data/lexicons/wordnet/pos.tsv (or a file of the same form) into a table. */
export function readWordnetTable(path: string): WordnetTable {
  const byHash = new Map<number, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [lemma = '', parts = ''] = line.split('\t');
    let bits = 0;
    for (const part of parts.split(' ')) bits |= PART_BITS[part] ?? 0;
    const hash = hashLemma(lemma);
    byHash.set(hash, (byHash.get(hash) ?? 0) | bits);
  }
  const hashes = Uint32Array.from(byHash.keys()).sort();
  return { hashes, bits: Uint8Array.from(hashes, (hash) => byHash.get(hash)!) };
}

/** Part-of-speech bits of a lemma, 0 when WordNet lacks it. */
function lemmaBits(table: WordnetTable, lemma: string): number {
  const target = hashLemma(lemma);
  const { hashes } = table;
  let low = 0;
  let high = hashes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = hashes[middle]!;
    if (value === target) return table.bits[middle]!;
    if (value < target) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/** The WordNet bits of a word: its lemma's parts of speech and the inflections that lead to a lemma. */
export function wordnetBits(table: WordnetTable, word: string): number {
  const lower = word.toLowerCase();
  let bits = lemmaBits(table, lower);
  for (const [ending, replacement, base, bit] of DETACHMENTS) {
    if ((bits & bit) !== 0 || lower.length <= ending.length + 1 || !lower.endsWith(ending)) continue;
    if ((lemmaBits(table, lower.slice(0, lower.length - ending.length) + replacement) & base) !== 0) bits |= bit;
  }
  return bits;
}

/** The ambiguity class the tagger gives a word from WordNet: a hash of its bits, 0 when WordNet knows nothing of it. */
export function wordnetClass(table: WordnetTable, word: string): number {
  const bits = wordnetBits(table, word);
  return bits === 0 ? 0 : Math.imul(bits + CLASS_SEED, 0x9e3779b1) | 1;
}
