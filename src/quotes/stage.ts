/** The quotation stage: quoted spans, direct quotations, reported speech, floating quotations → doc.quotes. */
import { viewOf } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import { attributeFloating, extendOverOpenQuotations, mergeAttributions, toQuotes } from './assemble.js';
import { findDirectQuotes } from './direct.js';
import type { Attribution } from './attribution.js';
import { findFragmentPredicates, isFreeRelativeAttribution } from './fragment-predicate.js';
import { findAdjectiveCues } from './adjective-cue.js';
import { findAskedQuestions } from './asked-question.js';
import { findExpectedTo } from './expected-to.js';
import { findInSources } from './in-source.js';
import { findNounCues, findNounObjects } from './noun-cue.js';
import { findPassiveAgents } from './passive-by.js';
import { findQuotedSpans } from './quote-marks.js';
import { findSpeechNounColons } from './speech-noun-colon.js';
import { findReportedSpeech } from './reported.js';
import { findSpeakerColons } from './speaker-colon.js';
import { findVerbThatClauses } from './verb-that.js';

/** Finds attributed statements; speakers are phrases here and become entities in the entity stage. */
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['paragraphs', 'sentences', 'tokens'],
  assigns: ['quotes'],
  run(doc) {
    const view = viewOf(doc);
    const spans = findQuotedSpans(doc.text, doc.paragraphs, doc.diagnostics);
    const usedCues = new Set<number>();
    const direct = findDirectQuotes(view, spans, usedCues);
    const quoted = spans.map((span) => ({ start: span.open, end: span.close }));
    const reported = [...findSpeakerColons(view, doc.paragraphs, usedCues), ...findReportedSpeech(view, usedCues, quoted, direct), ...findInSources(view, usedCues), ...findNounCues(view, usedCues, quoted), ...findAskedQuestions(view, usedCues), ...findExpectedTo(view, usedCues, quoted), ...findVerbThatClauses(view, usedCues, quoted), ...findAdjectiveCues(view, usedCues, quoted), ...findNounObjects(view, usedCues, quoted), ...findPassiveAgents(view, usedCues, quoted)];
    extendOverOpenQuotations(reported, spans);
    const attributed = mergeAttributions(view, direct, reported, spans);
    // Quoted fragments left over are tried against their governing verb before floating quotations take
    // whole sentences, so a mid-sentence fragment never becomes a floating continuation.
    const withColons = [...attributed, ...findSpeechNounColons(view, spans, attributed)];
    // `… pledged to impose sanctions as a deterrence to what it called “…”`: the free relative's naming
    // stands aside while the verb before it is tried; it stays only when no such verb takes the quotation.
    const freeRelatives = withColons.filter((a) => isFreeRelativeAttribution(view, a));
    const governed = findFragmentPredicates(view, spans, withColons.filter((a) => !freeRelatives.includes(a)), usedCues);
    const overlapsGoverned = (a: Attribution): boolean => governed.some((g) => g.fragments.some((f) => a.fragments.some((h) => h.start < f.end && f.start < h.end)));
    const merged = [...withColons.filter((a) => !freeRelatives.includes(a) || !overlapsGoverned(a)), ...governed].sort((a, b) => a.fragments[0]!.start - b.fragments[0]!.start);
    const floating = attributeFloating(view, merged, spans);
    const all = [...merged, ...floating].sort((a, b) => a.fragments[0]!.start - b.fragments[0]!.start);
    doc.quotes = toQuotes(view, all, spans);
  },
};
