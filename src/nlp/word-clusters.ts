/**
 * Distributional word clusters for NER features: every word of a licence-permitted unlabeled corpus
 * seen often enough belongs to one fine cluster of words used in similar contexts, inside a middle
 * and a coarse cluster (a three-level hierarchy, like the bit-string prefixes of Brown clusters).
 * The table is data (`data/lexicons/ner/word-clusters.tsv`, rebuilt by `npm run train -- ner-clusters`),
 * read lazily on first use; words are looked up by clusterKey.
 */
import { createHash } from 'node:crypto';
import { lazy, readDataFile } from '../text/lexicon.js';

/** Where the cluster table lives under data/. */
export const WORD_CLUSTERS_PATH = 'lexicons/ner/word-clusters.tsv';

/** The clusters of one word: fine, middle and coarse ids (0 means none). */
export interface WordClusterPath {
  fine: number;
  middle: number;
  coarse: number;
}

/** The loaded cluster table and a digest of its text (a model records the digest it was trained with). */
export interface WordClusters {
  byWord: ReadonlyMap<string, WordClusterPath>;
  digest: string;
}

/** The lookup form of a word: lower case, every digit written 0 ("1990s" → "0000s"). */
export function clusterKey(lower: string): string {
  return /\d/.test(lower) ? lower.replace(/\d/g, '0') : lower;
}

/** Parse the table: `word<TAB>coarse/middle/fine` per line (ids from 1), `#` comments skipped. */
export function parseWordClusters(text: string): WordClusters {
  const byWord = new Map<string, WordClusterPath>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (text.charCodeAt(start) !== 0x23 && tab > start && tab < end) {
      // Three numbers separated by slashes, read by code (this runs for every line at model load).
      const ids = [0, 0, 0];
      let part = 0;
      for (let i = tab + 1; i < end && part < 3; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x2f) part++;
        else if (code >= 0x30 && code <= 0x39) ids[part] = ids[part]! * 10 + code - 0x30;
      }
      const [coarse, middle, fine] = ids as [number, number, number];
      if (part === 2 && fine > 0 && middle > 0 && coarse > 0) byWord.set(text.slice(start, tab), { fine, middle, coarse });
    }
    start = end + 1;
  }
  return { byWord, digest: createHash('sha256').update(text).digest('hex').slice(0, 16) };
}

/** The shipped cluster table, read on first use. */
export const wordClusters = lazy((): WordClusters => parseWordClusters(readDataFile(WORD_CLUSTERS_PATH)));
