/** Mark calls that hang on a condition: "… should recuse himself if he is the subject of a probe", "if not reformed, it should …". */
import type { WorkingDocument } from '../../pipeline/document.js';
import type { CallCandidate } from '../candidate.js';
import { inClass } from '../lexicon.js';
import { isQuoteMark, type SentenceView, tokenIndexFrom } from '../sentence-view.js';

const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '--', '(', ')']);

function conditionFrom(view: SentenceView, from: number): { from: number; to: number } {
  let k = from + 1;
  while (k < view.words.length) {
    const word = view.words[k] ?? '';
    if (CLAUSE_END.has(word) || isQuoteMark(word) || word === '\u2014') break;
    k++;
  }
  return { from, to: k };
}

/** Attach a condition to each candidate whose sentence states one right after the action or before the target. */
export function markConditions(doc: WorkingDocument, view: SentenceView, candidates: CallCandidate[]): void {
  for (const candidate of candidates) {
    if (candidate.sentence !== view.index) continue;
    let range: { from: number; to: number } | null = null;
    // After the action: the very next token opens the condition ("resign if …", "resign, unless …").
    const after = tokenIndexFrom(view, candidate.action.end);
    if (after >= 0) {
      const at = view.words[after] === ',' ? after + 1 : after;
      if (inClass(view.words[at] ?? '', 'condition')) range = conditionFrom(view, at);
    }
    // Before the target or trigger, in the same clause: "if not reformed, it should be allowed to expire".
    if (!range) {
      const anchor = candidate.target ?? candidate.trigger;
      const before = tokenIndexFrom(view, anchor.start);
      for (let k = before - 1; k >= 0 && k >= before - 12; k--) {
        const word = view.words[k] ?? '';
        if (inClass(word, 'condition') && word !== 'until') {
          // Only a condition that ends with the comma right before the anchor: "if not reformed, it should …".
          const clause = conditionFrom(view, k);
          if (clause.to === before - 1 && view.words[clause.to] === ',') range = clause;
          break;
        }
        if (word === '.' || word === ';' || isQuoteMark(word) || word === 'said' || word === 'that') break;
      }
    }
    if (!range) continue;
    const first = view.tokens[range.from];
    const last = view.tokens[range.to - 1];
    if (!first || !last || range.to - range.from < 2) continue;
    candidate.condition = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
  }
}
