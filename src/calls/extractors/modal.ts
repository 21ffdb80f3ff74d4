/**
 * "X said Y should Z", "Y should Z, X said", and "Y should Z" inside X's quotation: a modal call,
 * kept only when someone is on record saying it (editorial "should" is not a call by anyone).
 */
import type { WorkingDocument } from '../../pipeline/document.js';
import type { CallCandidate } from '../candidate.js';
import { quoteContaining, speakerRef, speechSubject } from '../attribution.js';
import { inClass, modalPhraseIndex, nonCallActions, speechVerbs } from '../lexicon.js';
import { phrasesStartingWith } from '../phrase-index.js';
import { actionFrom, canStartAction, subjectBefore } from '../noun-phrase.js';
import { ownWords, phraseAt, tokenSpan, type SentenceView } from '../sentence-view.js';

const NOUN_BEFORE_NEED = new Set(['the', 'a', 'an', 'no', 'any', 'this', 'that', 'urgent', 'pressing', 'real', 'clear', 'growing', 'great']);
const EMBEDDING = new Set(['like', 'as', 'why', 'whether', 'how', 'what', 'where', 'when']);
const HEDGING_MODALS = new Set(['may', 'might', 'could', 'would', 'will']);
const wordsOfModal = (phrase: { words: readonly string[] }): readonly string[] => phrase.words;

/** Extract modal calls from one sentence. */
export function extractModal(doc: WorkingDocument, view: SentenceView): CallCandidate[] {
  const found: CallCandidate[] = [];
  // Whether the sentence has a speech verb, worked out only when a modal call needs it.
  let hasSpeechVerb: boolean | undefined;
  const modals = modalPhraseIndex();
  for (let i = 0; i < view.words.length; i++) {
    const modal = phraseAt(view, i, phrasesStartingWith(modals, view.words[i]), wordsOfModal);
    if (!modal) continue;
    // "the need to bolster" is a noun; "may need to be diminished" is hedged: neither is a call.
    const previous = view.words[i - 1] ?? '';
    if (modal.words[0] === 'need' || modal.words[0] === 'needs') {
      if (NOUN_BEFORE_NEED.has(previous) || HEDGING_MODALS.has(previous)) continue;
    }
    const actionStart = i + modal.words.length;
    if (!canStartAction(doc.text, view, actionStart)) continue;
    if (phraseAt(view, actionStart, nonCallActions(), ownWords)) continue;
    // Subject right before the modal: no skipping of auxiliaries ("who should" is not a call on "who").
    const target = subjectBefore(doc.text, view, i);
    if (!target) continue;
    // "like it should be", "why you need to", "whether the video should be": comparisons and embedded questions.
    if (view.words.slice(Math.max(0, target.from - 3), target.from).some((word) => EMBEDDING.has(word))) continue;
    const targetFirst = view.words[target.from] ?? '';
    if (inClass(targetFirst, 'pronoun-self') || targetFirst === 'there' || targetFirst === 'one' || targetFirst === 'anybody' || targetFirst === 'everyone') continue;
    const action = actionFrom(doc.text, view, actionStart);
    if (!action) continue;
    const trigger = tokenSpan(view, i, actionStart);
    const quote = quoteContaining(doc, trigger);
    const quoted = quote ? speakerRef(quote) : null;
    const subject = quoted ? null : speechSubject(doc.text, view, target.from, action.to);
    // Someone must be on record: a quotation, or a speech verb in the sentence (its subject may be found later).
    if (!quoted && !subject && !(hasSpeechVerb ??= view.words.some((word) => speechVerbs().has(word)))) continue;
    found.push({
      sentence: view.index,
      actor: subject ? tokenSpan(view, subject.from, subject.to) : null,
      ...(quoted ? { actorRef: quoted } : {}),
      target: tokenSpan(view, target.from, target.to),
      trigger,
      action: tokenSpan(view, action.from, action.to),
      stance: 'for',
      negated: modal.negated,
      rule: quoted ? 'modal/quoted' : 'modal/reported',
    });
    i = actionStart - 1;
  }
  return found;
}
