/** "X pushed back on Y": a call against something, with the actor from the sentence's subject. */
import type { WorkingDocument } from '../../pipeline/document.js';
import type { CallCandidate } from '../candidate.js';
import { oppositionPhraseIndex } from '../lexicon.js';
import { phrasesStartingWith } from '../phrase-index.js';
import { actionFrom, subjectBefore } from '../noun-phrase.js';
import { ownWords, phraseAt, tokenSpan, type SentenceView } from '../sentence-view.js';

/** Extract push-back calls from one sentence. */
export function extractPushBack(doc: WorkingDocument, view: SentenceView): CallCandidate[] {
  const found: CallCandidate[] = [];
  const phrases = oppositionPhraseIndex();
  for (let i = 0; i < view.words.length; i++) {
    const phrase = phraseAt(view, i, phrasesStartingWith(phrases, view.words[i]), ownWords);
    if (!phrase) continue;
    const object = actionFrom(doc.text, view, i + phrase.length);
    if (!object) continue;
    const subject = subjectBefore(doc.text, view, i);
    found.push({
      sentence: view.index,
      actor: subject ? tokenSpan(view, subject.from, subject.to) : null,
      target: null,
      trigger: tokenSpan(view, i, i + phrase.length),
      action: tokenSpan(view, object.from, object.to),
      stance: 'against',
      negated: false,
      rule: 'push-back',
    });
    i += phrase.length - 1;
  }
  return found;
}
