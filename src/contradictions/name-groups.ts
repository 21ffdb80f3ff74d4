/** Which nationality or affiliation groups the article ties each name to ("ambassador Sergey Kislyak, … Moscow's top spy" → russia). */
import { isCapitalizedToken, isWord, type SentenceView } from '../calls/sentence-view.js';
import { groupWords, isClaimWord } from './lexicon.js';

const MODIFIER_REACH = 4;
const APPOSITIVE_REACH = 14;

/** Map from a name's lower-case last word to the groups the article attaches to it. */
export type NameGroups = Map<string, Set<string>>;

function add(map: NameGroups, name: string, group: string): void {
  let set = map.get(name);
  if (!set) map.set(name, (set = new Set()));
  set.add(group);
}

/** Collect name–group ties from modifiers before a name and appositives after it, over the whole article. */
export function collectNameGroups(text: string, views: readonly SentenceView[]): NameGroups {
  const map: NameGroups = new Map();
  for (const view of views) {
    for (let k = 0; k < view.tokens.length; k++) {
      const token = view.tokens[k]!;
      const word = view.words[k] ?? '';
      if (!isWord(word) || !isCapitalizedToken(text, token) || groupWords().has(word)) continue;
      // Only the last word of a name run carries the tie.
      const next = view.tokens[k + 1];
      if (next && isCapitalizedToken(text, next) && isWord(view.words[k + 1] ?? '')) continue;
      for (let j = k - 1; j >= 0 && j >= k - MODIFIER_REACH; j--) {
        const before = view.words[j] ?? '';
        const group = groupWords().get(before);
        if (group) {
          add(map, word, group);
          break;
        }
        if (!(isCapitalizedToken(text, view.tokens[j]!) || isClaimWord(before, 'role') || before === '.')) break;
      }
      if (view.words[k + 1] === ',') {
        for (let j = k + 2; j < view.words.length && j <= k + APPOSITIVE_REACH; j++) {
          const after = view.words[j] ?? '';
          if (after === ',' || after === ';' || after === '.' || after === '"') break;
          const group = groupWords().get(after);
          if (group) add(map, word, group);
        }
      }
    }
  }
  return map;
}
