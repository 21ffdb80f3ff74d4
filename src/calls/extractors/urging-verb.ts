/** "X urged / called on / asked / told / wants Y to Z": a verb of urging, an addressee, then a to-infinitive. */
import type { WorkingDocument } from '../../pipeline/document.js';
import type { CallCandidate } from '../candidate.js';
import { urgingVerbs } from '../lexicon.js';
import { actionFrom, addresseeBefore, addresseeName, canStartAction, subjectBefore } from '../noun-phrase.js';
import { rangeSpan } from '../attribution.js';
import { isCapitalizedToken, tokenSpan, type SentenceView } from '../sentence-view.js';

const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got']);
const MAX_WANT_ADDRESSEE = 4;
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'will']);
/** Urging verbs whose forms are also nouns ("a challenge", "the order", "a call"). */
const NOUN_LIKE = new Set(['challenge', 'order', 'press', 'pressure', 'call', 'appeal', 'demand', 'direct', 'warn', 'beg', 'ask', 'urge']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'no', 'any', 'such']);

/** Extract urging-verb calls from one sentence. */
export function extractUrgingVerb(doc: WorkingDocument, view: SentenceView): CallCandidate[] {
  const found: CallCandidate[] = [];
  for (let i = 0; i < view.words.length; i++) {
    const verb = urgingVerbs().get(view.words[i] ?? '');
    if (!verb) continue;
    let next = i + 1;
    if (verb.particle) {
      if (view.words[next] !== verb.particle) continue;
      next++;
    }
    // "the singular challenge faced by …", "an order to …": the form is a noun here.
    // ("a statement calling on …" is a participle: only a non -ing form may sit two words after a determiner.)
    const form = view.words[i] ?? '';
    const adjectiveBefore = i >= 2 && !isCapitalizedToken(doc.text, view.tokens[i - 1]!) && !form.endsWith('ing') && DETERMINERS.has(view.words[i - 2] ?? '');
    if (NOUN_LIKE.has(verb.lemma) && (DETERMINERS.has(view.words[i - 1] ?? '') || adjectiveBefore)) continue;
    // "was asked to" names no actor; "did not urge" is no call at all.
    if (PASSIVE.has(view.words[i - 1] ?? '')) continue;
    // "it would encourage investors to …" is a prediction; "by asking prosecutors to …" describes a method.
    if (HYPOTHETICAL.has(view.words[i - 1] ?? '') || view.words[i - 1] === 'by') continue;
    // "you want your people to …" is generic advice, not a call by anyone.
    if (verb.lemma === 'want' && view.words[i - 1] === 'you') continue;
    const negatedVerb = ['not', "n't", 'never'].includes(view.words[i - 1] ?? '') || ['not', "n't", 'never'].includes(view.words[i - 2] ?? '');
    if (negatedVerb && verb.lemma !== 'want') continue;
    const addressee = addresseeBefore(doc.text, view, next);
    if (!addressee) continue;
    if (verb.lemma === 'want' && addressee.range.to - addressee.range.from > MAX_WANT_ADDRESSEE) continue;
    let negated = negatedVerb;
    // "urged Republicans not to endorse": the "not" belongs to the action, not the addressee.
    if (view.words[addressee.toIndex - 1] === 'not' || view.words[addressee.toIndex - 1] === 'never') {
      negated = !negated;
      addressee.range.to = addressee.toIndex - 1;
      if (addressee.range.to <= addressee.range.from) continue;
    }
    let actionStart = addressee.toIndex + 1;
    // "to “go to your place and vote”": the action may open with a quotation mark.
    if (view.words[actionStart] === '"') actionStart++;
    if (view.words[actionStart] === 'not' || view.words[actionStart] === 'never') {
      negated = !negated;
      actionStart++;
    }
    if (!canStartAction(doc.text, view, actionStart)) continue;
    const action = actionFrom(doc.text, view, actionStart);
    if (!action) continue;
    const subject = subjectBefore(doc.text, view, i);
    found.push({
      sentence: view.index,
      actor: subject ? tokenSpan(view, subject.from, subject.to) : null,
      target: rangeSpan(view, addresseeName(view, addressee.range)),
      trigger: tokenSpan(view, i, next),
      action: tokenSpan(view, action.from, action.to),
      stance: 'for',
      negated,
      rule: `urging-verb/${verb.lemma}`,
    });
  }
  return found;
}
