/**
 * Party and state stated next to a name: tags ("Rep. Adam Schiff, D-CA", "(D-Minn.)", "R-Wis."),
 * appositives ("a Democrat from Maryland", "Democrat of California"), "of Utah" after a legislator,
 * and party words in the title ("Democratic leader Rep. Nancy Pelosi").
 */
import type { TextView } from '../text/view.js';
import { parties, usStates } from './lexicons.js';
import { partyWordAt, type NameMention } from './names.js';

/** What the text states about a person next to one mention. */
export interface StatedAttributes {
  party?: string;
  state?: string;
  /** Token range of the evidence, so it can be cited. */
  evidence?: { from: number; to: number };
}

function partyFromLetter(letter: string): string | undefined {
  const entry = parties().get(letter);
  return entry?.kind === 'letter' ? entry.party : undefined;
}

/** Party and state stated around a name mention. */
export function statedAttributes(view: TextView, mention: NameMention, legislator: boolean): StatedAttributes {
  const result: StatedAttributes = {};
  let k = mention.to;
  const open = view.tokens[k]?.norm;
  if (open === ',' || open === '(') {
    k++;
    const letter = view.tokens[k]?.norm ?? '';
    // D-CA, (R-Wis.), D-N.Y.
    if (/^[DRI]$/.test(letter) && view.tokens[k + 1]?.norm === '-') {
      const state = usStates().get(view.tokens[k + 2]?.norm ?? '');
      const party = partyFromLetter(letter);
      if (party) result.party = party;
      if (state) result.state = state.code;
      if (party || state) result.evidence = { from: k, to: k + 3 };
      return result;
    }
    // (R) or (D): a party letter alone.
    if (open === '(' && /^[DRI]$/.test(letter) && view.tokens[k + 1]?.norm === ')') {
      const party = partyFromLetter(letter);
      if (party) result.party = party;
      result.evidence = { from: k, to: k + 1 };
      return result;
    }
    // "a Democrat from Maryland", "Democrat of California", "the Republican from Texas".
    let j = k;
    if (view.lower[j] === 'a' || view.lower[j] === 'the') j++;
    const word = parties().get(view.tokens[j]?.norm ?? '');
    if (word && word.kind !== 'letter') {
      result.party = word.party;
      result.evidence = { from: k, to: j + 1 };
      const preposition = view.lower[j + 1];
      if (preposition === 'from' || preposition === 'of') {
        const state = stateAt(view, j + 2);
        if (state) {
          result.state = state.code;
          result.evidence = { from: k, to: j + 2 + state.length };
        }
      }
      return result;
    }
  }
  // "Rep. Jason Chaffetz of Utah".
  if (legislator && view.lower[mention.to] === 'of') {
    const state = stateAt(view, mention.to + 1);
    if (state) {
      result.state = state.code;
      result.evidence = { from: mention.to, to: mention.to + 1 + state.length };
    }
  }
  // Party words in the title: "Democratic leader Rep. Nancy Pelosi", "Republican Sen. Ted Cruz".
  // … and party words before the name that are no title ("Tory David Heathcoat-Amory").
  // Two-word forms count: "Lib Dem Mark Oaten", "Liberal Democrat leader Charles Kennedy".
  for (let t = Math.min(mention.titleFrom, mention.partyFrom ?? mention.titleFrom); t < mention.from && !result.party; t++) {
    const match = partyWordAt(view, t);
    if (match) {
      result.party = match.entry.party;
      result.evidence ??= { from: t, to: t + match.length };
    }
  }
  return result;
}

/** A state name (one or more tokens: "New York", "N.Y.") starting at token k. */
function stateAt(view: TextView, k: number): { code: string; length: number } | null {
  for (let length = 3; length >= 1; length--) {
    if (k + length > view.tokens.length) continue;
    const text = view.text.slice(view.tokens[k]!.start, view.tokens[k + length - 1]!.end);
    const state = usStates().get(text);
    if (state) return { code: state.code, length };
  }
  return null;
}
