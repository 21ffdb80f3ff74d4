/**
 * Character offsets of gold CoNLL-U words in their sentence's `# text`, so that our own tokenizer's
 * output can be scored against the treebank by matching offsets. Words of a multiword token split
 * its surface form when their forms concatenate to it ("don't" → do + n't), and otherwise share it.
 */
import type { ConlluSentence } from './conllu.js';
import type { Span } from '../types.js';

/** Offsets of every gold word in `sentence.comments.text`, or null when the text is missing or does not match. */
export function goldWordSpans(sentence: ConlluSentence): Span[] | null {
  const text = sentence.comments.text;
  if (text === undefined) return null;
  const spans: Span[] = new Array<Span>(sentence.words.length);
  const multiwordAt = new Map(sentence.multiwords.map((mwt) => [mwt.first, mwt]));
  let position = 0;
  let w = 0;
  while (w < sentence.words.length) {
    const mwt = multiwordAt.get(w);
    const surface = mwt ? mwt.form : sentence.words[w]!.form;
    const start = text.indexOf(surface, position);
    if (start < 0 || text.slice(position, start).trim() !== '') return null;
    const end = start + surface.length;
    if (mwt) {
      const parts = sentence.words.slice(mwt.first, mwt.last + 1).map((word) => word.form);
      let offset = start;
      const splits = parts.join('') === surface;
      for (let k = mwt.first; k <= mwt.last; k++) {
        const length = parts[k - mwt.first]!.length;
        spans[k] = splits ? { start: offset, end: offset + length } : { start, end };
        offset += length;
      }
      w = mwt.last + 1;
    } else {
      spans[w] = { start, end };
      w++;
    }
    position = end;
  }
  return spans;
}
