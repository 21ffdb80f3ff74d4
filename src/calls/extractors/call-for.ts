/** "X called for Y's resignation / for Y to Z / for an inquiry", and the noun "calls for him to resign". */
import type { WorkingDocument } from '../../pipeline/document.js';
import type { CallCandidate } from '../candidate.js';
import { callForWords, inClass, nonCallActions } from '../lexicon.js';
import { actionFrom, addresseeBefore, canStartAction, isObjectPronoun, isSubjectPronoun, subjectBefore } from '../noun-phrase.js';
import { isWord, matchesAt, tokenSpan, type SentenceView } from '../sentence-view.js';

/** Words before "call(s)" that make it a noun ("a call for", "in a rebuke of calls for"). */
const NOUN_MARKERS = new Set(['a', 'the', 'of', 'amid', 'his', 'her', 'their', 'its', 'these', 'those', 'new', 'renewed', 'growing', 'repeated', 'rejected', 'despite', 'with', 'by', 'to', 'and']);
const MAX_POSSESSOR = 5;
const HYPOTHETICAL = new Set(['will', 'would', 'could', 'might', 'may', 'can']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const NEGATION_REACH = 4;

/** Whether "not"/"n't"/"never" stands within a few words before the trigger ("not that he is calling for"). */
function negatedBefore(view: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - NEGATION_REACH; k--) {
    const word = view.words[k] ?? '';
    if (word === 'not' || word === "n't" || word === 'never') return view.words[k + 1] !== 'only';
    if (word === ',' || word === '.') return false;
  }
  return false;
}

/** Extract call-for calls from one sentence. */
export function extractCallFor(doc: WorkingDocument, view: SentenceView): CallCandidate[] {
  const found: CallCandidate[] = [];
  // "But has he called for changing …?": a question asks whether a call was made; it makes none.
  if (view.words.includes('?')) return found;
  for (let i = 0; i + 1 < view.words.length; i++) {
    const kind = callForWords().get(view.words[i] ?? '');
    if (!kind) continue;
    const previous = view.words[i - 1] ?? '';
    if (view.words[i + 1] === 'to' && view.words[i] === 'calls' && !isSubjectPronoun(previous)) {
      // "calls to establish a commission …": a call with no stated actor or addressee.
      const action = canStartAction(doc.text, view, i + 2) ? actionFrom(doc.text, view, i + 2) : null;
      if (action) found.push({ sentence: view.index, actor: null, target: null, trigger: tokenSpan(view, i, i + 2), action: tokenSpan(view, action.from, action.to), stance: 'for', negated: false, rule: 'call-for/noun' });
      continue;
    }
    if (view.words[i + 1] !== 'for') continue;
    // "his successor will push for …" predicts; "was asked for" names no one; "not that he is calling for" denies the call.
    const passive = PASSIVE.has(previous) && (view.words[i] ?? '').endsWith('ed');
    if (HYPOTHETICAL.has(previous) || passive || negatedBefore(view, i)) continue;
    const isNoun = kind === 'noun' || (view.words[i] === 'call' || view.words[i] === 'calls') && NOUN_MARKERS.has(previous);
    if (['not', "n't", 'never'].includes(previous)) continue;
    const after = i + 2;
    let target: { from: number; to: number } | null = null;
    let actionStart = after;
    // "for Sessions to resign" / "for him to resign"
    const addressee = addresseeBefore(doc.text, view, after);
    if (addressee && canStartAction(doc.text, view, addressee.toIndex + 1)) {
      target = addressee.range;
      actionStart = addressee.toIndex + 1;
    } else {
      // "for Sessions' resignation" / "for his resignation": the possessor is the target, the rest the action.
      for (let k = after; k < view.words.length && k < after + MAX_POSSESSOR; k++) {
        const word = view.words[k] ?? '';
        if (word === "'s" || word === "'") {
          if (k > after) {
            target = { from: after, to: k };
            actionStart = k + 1;
          }
          break;
        }
        if (!isWord(word)) break;
      }
      const first = view.words[after] ?? '';
      if (!target && (first === 'his' || first === 'her' || first === 'their')) {
        target = { from: after, to: after + 1 };
        actionStart = after + 1;
      }
    }
    if (!isWord(view.words[actionStart] ?? '') || inClass(view.words[actionStart] ?? '', 'action-stop')) continue;
    if (nonCallActions().some((words) => matchesAt(view, actionStart, words))) continue;
    const action = actionFrom(doc.text, view, actionStart);
    if (!action) continue;
    let negated = false;
    if (target && view.words[actionStart] === 'not') negated = true;
    const subject = isNoun ? null : subjectBefore(doc.text, view, i);
    const targetIsPronoun = target !== null && target.to - target.from === 1 && isObjectPronoun(view.words[target.from] ?? '');
    found.push({
      sentence: view.index,
      actor: subject ? tokenSpan(view, subject.from, subject.to) : null,
      target: target ? tokenSpan(view, target.from, target.to) : null,
      trigger: tokenSpan(view, i, i + 2),
      action: tokenSpan(view, action.from, action.to),
      stance: 'for',
      negated,
      rule: isNoun ? 'call-for/noun' : targetIsPronoun ? 'call-for/pronoun-addressee' : 'call-for/verb',
    });
  }
  return found;
}
