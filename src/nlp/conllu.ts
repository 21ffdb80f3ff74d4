/**
 * A CoNLL-U reader: sentences of word lines with their comments. Multiword-token ranges ("3-4")
 * are kept separately with their surface form, empty nodes ("5.1") are skipped, and heads are
 * 0-based word indexes (-1 for the root).
 */
import { readFileSync } from 'node:fs';

/** One syntactic word of a CoNLL-U sentence. */
export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0-based index of the head word in the sentence, -1 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

/** A multiword token ("don't" over do + n't): the surface form spanning words first..last (0-based, inclusive). */
export interface ConlluMultiword {
  first: number;
  last: number;
  form: string;
  misc: string;
}

/** One sentence of a CoNLL-U file. */
export interface ConlluSentence {
  /** Comment lines as key → value (`# text = ...` → text); keyless comments are ignored. */
  comments: Record<string, string>;
  /** The `# newdoc id` in force for this sentence (carried over from earlier sentences), if any. */
  docId: string | undefined;
  words: ConlluWord[];
  multiwords: ConlluMultiword[];
}

/** Parse CoNLL-U text into sentences; malformed word lines are skipped rather than thrown on. */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let docId: string | undefined;
  let current: ConlluSentence | null = null;
  const finish = (): void => {
    if (current && current.words.length > 0) sentences.push(current);
    current = null;
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') {
      finish();
      continue;
    }
    if (!current) current = { comments: {}, docId, words: [], multiwords: [] };
    if (line.startsWith('#')) {
      const equals = line.indexOf('=');
      if (equals < 0) continue;
      const key = line.slice(1, equals).trim();
      const value = line.slice(equals + 1).trim();
      current.comments[key] = value;
      if (key === 'newdoc id') {
        docId = value;
        current.docId = value;
      }
      continue;
    }
    const columns = line.split('\t');
    if (columns.length < 10) continue;
    const id = columns[0]!;
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    if (dash >= 0) {
      current.multiwords.push({ first: Number(id.slice(0, dash)) - 1, last: Number(id.slice(dash + 1)) - 1, form: columns[1]!, misc: columns[9]! });
      continue;
    }
    const head = columns[6] === '_' ? -1 : Number(columns[6]) - 1;
    current.words.push({
      form: columns[1]!, lemma: columns[2]!, upos: columns[3]!, xpos: columns[4]!, feats: columns[5]!,
      head: Number.isNaN(head) ? -1 : head, deprel: columns[7]!, misc: columns[9]!,
    });
  }
  finish();
  return sentences;
}

/** Read and parse a CoNLL-U file. */
export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}

/** GUM genres whose licence is non-commercial; models that ship must not be trained on them. */
export const NON_COMMERCIAL_GUM_GENRES: readonly string[] = ['essay', 'fiction', 'letter', 'podcast', 'whow'];

/** True when a sentence belongs to a non-commercial GUM document (`# newdoc id = GUM_<genre>_...`). */
export function isNonCommercialGum(sentence: ConlluSentence): boolean {
  const id = sentence.docId;
  if (!id || !id.startsWith('GUM_')) return false;
  const genre = id.slice(4, id.indexOf('_', 4) < 0 ? id.length : id.indexOf('_', 4));
  return NON_COMMERCIAL_GUM_GENRES.includes(genre);
}

/** True when the word carries `SpaceAfter=No` in its MISC column. */
export function hasNoSpaceAfter(misc: string): boolean {
  return misc.includes('SpaceAfter=No');
}
