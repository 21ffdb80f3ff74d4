/**
 * Direct quotations: a quoted span attributed by a cue right after it (`"…," Sessions said`,
 * `"…," said Sen. Schumer`) or right before it (`Trump said: "…"`, `He said, "…"`), and interrupted
 * quotations (`"A," he said, "B."`) joined into one quotation with two fragments.
 */
import { isCapitalizedToken, tokenAt, type TextView } from '../text/view.js';
import type { Attribution } from './attribution.js';
import { ambiguousCues, cueVerbs } from './lexicons.js';
import { findMedium } from './medium.js';
import { hasClass, phraseStartingAt, sentenceSubject, subjectBefore, type Phrase } from './phrases.js';
import type { QuotedSpan } from './quote-marks.js';
import { notSpeakers } from './speaker-colon.js';

/** Words before a quotation that mark it as a title or a term, not speech ("the book “…”"). */
const TITLE_WORDS = new Set(['book', 'film', 'movie', 'song', 'album', 'titled', 'entitled', 'called', 'dubbed', 'named', 'nicknamed', 'show', 'series', 'headline', 'headlined', 'column', 'article', 'essay', 'play', 'poem', 'slogan', 'hashtag', 'term', 'word', 'phrase', 'label', 'so-called', 'known', 'as']);

/** Prepositions before a participle cue whose subject is the clause subject ("before asking her, “…”"). */
const PARTICIPLE_PREPOSITIONS = new Set(['before', 'after', 'while', 'when', 'by', 'without', 'despite', 'since']);

/** Object pronouns that may stand between a cue and its quotation ("asking her, “…”"). */
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'me', 'us', 'you']);

/** True when the token is a speech or report cue verb usable for direct quotations. */
export function isSpeechCue(view: TextView, index: number): boolean {
  const cue = cueVerbs().get(view.lower[index] ?? '');
  if (!cue || cue.cls === 'belief') return false;
  const upos = view.tokens[index]!.upos;
  // "the Mr. King show ''Politicking''": an untagged noun-ambiguous base form is taken for the noun.
  if (!upos && cue.lemma === view.lower[index] && ambiguousCues().has(cue.lemma)) return false;
  return !upos || upos === 'VERB' || upos === 'AUX';
}

/** Token range of a quoted span: first token is the opening mark, last the closing mark (when closed). */
export function spanTokens(view: TextView, span: QuotedSpan): Phrase {
  const from = tokenAt(view, span.open);
  let to = tokenAt(view, span.close - 1) + 1;
  if (to > view.tokens.length) to = view.tokens.length;
  return { from, to };
}

/** The content of a quoted span as a character span, marks included (as news attribution corpora annotate it). */
function contentSpan(span: QuotedSpan): { start: number; end: number } {
  return { start: span.open, end: span.unclosed ? span.contentEnd : span.close };
}

/** Look for a cue after the quotation: `," NP cue`, `," cue NP`. Returns the attribution or null. */
function cueAfter(view: TextView, after: number): { cue: number; speaker: Phrase; appositive: Phrase | null } | null {
  let k = after;
  // The cue must be in the sentence the quotation closes, not the next one.
  if (after === 0 || view.tokens[k]?.sentence !== view.tokens[after - 1]!.sentence) return null;
  if (view.tokens[k]?.norm === ',') k++;
  const sentenceEnd = view.tokens[k] ? view.sentenceEnd[view.tokens[k]!.sentence]! : view.tokens.length;
  // `," said NP` (inverted); `," saying the city …` is a participle whose clause is what was said.
  if (k < sentenceEnd && isSpeechCue(view, k) && !view.lower[k]!.endsWith('ing')) {
    const speaker = phraseStartingAt(view, k + 1, sentenceEnd);
    if (speaker) return { cue: k, speaker, appositive: null };
  }
  // `," NP [adverbs] cue`; the NP may carry a long appositive (`Leonard E. Burman, director of … and a professor at …, said`).
  const limit = Math.min(sentenceEnd, k + 32);
  const endsInside = k === after && TERMINAL.has(view.tokens[after - 2]?.norm ?? '');
  for (let c = k + 1; c < limit; c++) {
    const norm = view.tokens[c]!.norm;
    if (norm === '"' || norm === ';' || TERMINAL.has(norm)) break;
    if (!isSpeechCue(view, c)) continue;
    // `The four “loopholes” he cited are …`: a verb after the cue makes it a relative clause, not an attribution.
    if (hasClass(view.lower[c + 1] ?? '', 'aux')) break;
    // `“… in schools?” Mr Blair said he would not respond …`: after a quotation that ended its own sentence, a cue
    // with a clause of its own is a new statement, not this quotation's attribution.
    const next = view.lower[c + 1] ?? '';
    if (endsInside && (next === 'that' || hasClass(next, 'pron'))) break;
    const subject = subjectBefore(view, c, k);
    // Past 16 tokens only a name with its appositive reaches the cue.
    if (c - k > 16 && !(subject && subject.phrase.from === k && subject.appositive && isCapitalizedToken(view, k))) break;
    if (subject && subject.phrase.from === k) return { cue: c, speaker: subject.phrase, appositive: subject.appositive };
    // "Tulsa police Chief Chuck Jordan said": a modifier the phrase finder stopped at still belongs to the speaker.
    if (subject && subject.phrase.from - k <= 3) {
      let modifiers = true;
      // ("… ,” when Clinton blasted him": a subordinate clause is no speaker.)
      for (let m = k; m < subject.phrase.from; m++) if (!/^[A-Za-z]/.test(view.tokens[m]!.norm) || hasClass(view.lower[m]!, 'prep') || hasClass(view.lower[m]!, 'pron') || hasClass(view.lower[m]!, 'wh') || hasClass(view.lower[m]!, 'conj') || isSpeechCue(view, m)) modifiers = false;
      if (modifiers) return { cue: c, speaker: { from: k, to: subject.phrase.to }, appositive: subject.appositive };
    }
    break;
  }
  return null;
}

/** Sentence-final marks. */
const TERMINAL = new Set(['.', '?', '!']);

/** Look for a cue before the quotation: `NP cue: "…"`, `NP cue, "…"`. */
function cueBefore(view: TextView, open: number, close?: number): { cue: number; speaker: Phrase | null; appositive: Phrase | null } | null {
  let k = open - 1;
  if (k < 0) return null;
  const punct = view.tokens[k]!.norm;
  // `He said:` closing the paragraph before a quoted paragraph belongs to that earlier sentence.
  const sentence = view.tokens[k]!.sentence;
  const first = view.sentenceFirst[sentence]!;
  if (punct === ':' || punct === ',') k--;
  else {
    // `Trump declared "I think …"`: no punctuation, but the quotation opens with a capital letter.
    const firstChar = view.text.charAt(view.tokens[open]!.end);
    if (!isSpeechCue(view, k) || firstChar === firstChar.toLowerCase()) return null;
    // `claimed “Trump exaggerates” the level of …`: words going on after the quotation make it part of a clause.
    // (`chanted "What curfew?" and kept going` goes on with a new verb phrase, not with the clause.)
    const nextWord = view.lower[close ?? -1] ?? '';
    if (close !== undefined && /^[a-z]/.test(view.tokens[close]?.norm ?? '') && view.tokens[close]!.sentence === view.tokens[open]!.sentence && !hasClass(nextWord, 'conj') && !hasClass(nextWord, 'prep') && !hasClass(nextWord, 'time') && !/ly$/.test(nextWord)) return null;
  }
  k = skipTrailingModifiers(view, k, first);
  if (k < first || !isSpeechCue(view, k)) return null;
  // `…, saying, "…"` / `, adding later, "…"`: a participle takes the subject of the clause it hangs on.
  if (view.lower[k]!.endsWith('ing')) {
    const j = skipAdverbsBackOnly(view, k - 1, first);
    if (j >= first && (view.tokens[j]!.norm === ',' || isSpeechCue(view, j) || PARTICIPLE_PREPOSITIONS.has(view.lower[j]!))) return { cue: k, speaker: null, appositive: null };
  }
  const subject = subjectBefore(view, k, first);
  if (!subject) {
    // `Said Ellis: "…"`: a cue opening its sentence has the speaker after it.
    if (k !== first) return null;
    const inverted = phraseStartingAt(view, k + 1, open);
    return inverted ? { cue: k, speaker: inverted, appositive: null } : null;
  }
  return { cue: k, speaker: subject.phrase, appositive: subject.appositive };
}

/**
 * `… Republican pollster Daron Shaw: “Historically, …”`, `- Mark Blumenthal and Jon Cohen: “Although …”`:
 * a full name (two or more capitalized words, names joined by "and") right before a colon that opens a
 * capitalized quotation is its speaker, with the colon as the cue. Only for a quotation no speech verb
 * attributes; labels that are not speakers ("Update:") are excluded as for paragraph labels.
 */
function nameColonBefore(view: TextView, open: number): { cue: number; speaker: Phrase; appositive: null } | null {
  const colon = open - 1;
  if (colon < 1 || view.tokens[colon]!.norm !== ':') return null;
  const firstChar = view.text.charAt(view.tokens[open]!.end);
  if (firstChar === firstChar.toLowerCase()) return null;
  const sentenceFirst = view.sentenceFirst[view.tokens[colon]!.sentence]!;
  let from = colon;
  let capitals = 0;
  while (from - 1 >= sentenceFirst && colon - from < 8) {
    const k = from - 1;
    if (isCapitalizedToken(view, k)) capitals++;
    else if (!(view.lower[k] === 'and' && isCapitalizedToken(view, k - 1) && from < colon)) break;
    from = k;
  }
  if (capitals < 2 || !isCapitalizedToken(view, colon - 1)) return null;
  if (notSpeakers().has(view.lower[from]!) || notSpeakers().has(view.lower[colon - 1]!)) return null;
  return { cue: colon, speaker: { from, to: colon }, appositive: null };
}

function skipAdverbsBackOnly(view: TextView, index: number, limit: number): number {
  let k = index;
  while (k >= limit && (hasClass(view.lower[k]!, 'adv') || view.tokens[k]!.upos === 'ADV')) k--;
  return k;
}

/** `"…" ― Sonya Herridge`: a dash and a name after the quotation attribute it. */
function dashAfter(view: TextView, after: number): { cue: number; speaker: Phrase; appositive: Phrase | null } | null {
  // The dash may open the next sentence when the quotation ended with a period: `….” ― Carla Sanchez.`
  const dash = view.tokens[after];
  if (!dash || (dash.norm !== '--' && dash.norm !== '-')) return null;
  const next = after + 1;
  if (!isCapitalizedToken(view, next)) return null;
  const end = view.sentenceEnd[view.tokens[next]!.sentence]!;
  const speaker = phraseStartingAt(view, next, end);
  if (!speaker || speaker.to - speaker.from > 6) return null;
  return { cue: after, speaker, appositive: null };
}

/** Skip time words and a short medium phrase between a cue and its colon ("said Thursday:", "told CNN:"). */
function skipTrailingModifiers(view: TextView, k: number, limit: number): number {
  let j = k;
  for (let steps = 0; steps < 6 && j >= limit; steps++) {
    if (isSpeechCue(view, j)) return j;
    const word = view.lower[j]!;
    // "asking her, “…”", "told them: “…”": an object pronoun right after the cue.
    if (OBJECT_PRONOUNS.has(word) && j - 1 >= limit && isSpeechCue(view, j - 1)) return j - 1;
    if (hasClass(word, 'time') || /^[A-Z]/.test(view.tokens[j]!.norm) || hasClass(word, 'det') || hasClass(word, 'prep')) j--;
    else break;
  }
  return isSpeechCue(view, j) ? j : k;
}

/** The last attribution (found in text order) whose cue lies in the sentence before token `before`. */
export function lastInSentence(view: TextView, found: readonly Attribution[], sentence: number, before: number): Attribution | undefined {
  for (let k = found.length - 1; k >= 0; k--) {
    const cue = found[k]!.cue;
    if (!cue) continue;
    const cueSentence = view.tokens[cue.from]!.sentence;
    if (cueSentence < sentence) return undefined;
    if (cueSentence === sentence && cue.from < before) return found[k];
  }
  return undefined;
}

/**
 * `Sessions' testimony was "misleading," Schumer said.`: a lower-case quotation in mid-sentence, attributed
 * by the cue after it, states the whole sentence; its content starts at the sentence start (mixed).
 */
function withLeadIn(view: TextView, span: QuotedSpan, range: Phrase): { start: number; end: number } {
  const content = contentSpan(span);
  const first = view.text.charAt(span.contentStart);
  if (first === first.toUpperCase() || first !== first.toLowerCase()) return content;
  const sentenceFirst = view.sentenceFirst[view.tokens[range.from]!.sentence]!;
  if (sentenceFirst >= range.from) return content;
  let from = sentenceFirst;
  while (from < range.from && (view.tokens[from]!.norm === '"' || hasClass(view.lower[from]!, 'conj'))) from++;
  // A lead-in that holds its own speech verb is another attribution's, not this quotation's.
  for (let k = from; k < range.from; k++) if (isSpeechCue(view, k)) return content;
  return from < range.from ? { start: view.tokens[from]!.start, end: content.end } : content;
}

/** A lower-case quotation in mid-sentence after a speech cue of the same sentence. */
function isEmbeddedFragment(view: TextView, span: QuotedSpan, range: Phrase): boolean {
  const first = view.text.charAt(span.contentStart);
  if (first === first.toUpperCase() || first !== first.toLowerCase()) return false;
  const sentence = view.tokens[range.from]!.sentence;
  const sentenceFirst = view.sentenceFirst[sentence]!;
  if (range.from <= sentenceFirst) return false;
  for (let k = sentenceFirst; k < range.from - 1; k++) if (isSpeechCue(view, k) && view.tokens[k + 1]?.norm !== '"') return true;
  return false;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'vs.', 'v.']);

/** A short quotation in Title Case is the name of a show, book or event ("Keepin' It Real", "Fox News Sunday"). */
export function isTitleCase(content: string): boolean {
  // Six words of thirty letters at most: a longer quotation is no title, and is not split to find out.
  if (content.length > 200) return false;
  const words = content.replace(/[,.!?:;]+$/, '').split(/[\s\u00a0]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase())) || /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** True when the words before a quotation mark it as a title or term ("the book “…”"). */
export function isTitleOrTerm(view: TextView, open: number): boolean {
  const previous = view.lower[open - 1];
  return previous !== undefined && TITLE_WORDS.has(previous);
}

/** Attribute quoted spans with a cue right after or right before them; consumed cues are recorded. */
export function findDirectQuotes(view: TextView, spans: readonly QuotedSpan[], usedCues: Set<number>): Attribution[] {
  const found: Attribution[] = [];
  const attributedSpan = new Map<number, Attribution>();
  spans.forEach((span, index) => {
    if (attributedSpan.has(index)) return;
    const range = spanTokens(view, span);
    if (range.from >= view.tokens.length) return;
    if (isTitleOrTerm(view, range.from) || isTitleCase(view.text.slice(span.contentStart, span.contentEnd))) return;
    // A quoted fragment inside a reported clause (`said Sessions should not participate for "the trust of …," he told MSNBC`)
    // is left to reported speech, which takes the whole clause as a mixed quotation.
    if (isEmbeddedFragment(view, span, range)) return;
    const after = span.unclosed ? null : cueAfter(view, range.to) ?? dashAfter(view, range.to);
    const before = after ? null : cueBefore(view, range.from, span.unclosed ? undefined : range.to);
    const named = after || before ? null : nameColonBefore(view, range.from);
    const hit = after ?? before ?? named;
    if (!hit) return;
    let speaker = hit.speaker;
    if (!speaker) {
      // A participle cue: the speaker of the attribution just before in the same sentence, else the sentence subject.
      const sentence = view.tokens[hit.cue]!.sentence;
      const earlier = lastInSentence(view, found, sentence, hit.cue);
      speaker = earlier?.speaker ?? sentenceSubject(view, sentence, hit.cue);
      if (!speaker) return;
    }
    // `"A," he said, "B."` — a quotation right after the cue clause continues the same statement.
    const previous = index > 0 ? attributedSpan.get(index - 1) : undefined;
    if ((before || named) && previous && previous.cue && previous.cue.from === hit.cue) {
      previous.fragments.push(contentSpan(span));
      previous.quotedSpans.push(index);
      attributedSpan.set(index, previous);
      return;
    }
    usedCues.add(hit.cue);
    const cueEnd = hit.cue + 1;
    const attribution: Attribution = {
      fragments: [after ? withLeadIn(view, span, range) : contentSpan(span)],
      cue: { from: hit.cue, to: cueEnd },
      speaker,
      appositive: hit.appositive,
      medium: findMedium(view, hit.cue),
      quotedSpans: [index],
      confidence: after ? 0.95 : named ? 0.75 : 0.9,
      source: after ? 'rule:quote/cue-after-quotation' : named ? 'rule:quote/name-colon-quotation' : 'rule:quote/cue-before-quotation',
      reason: after ? 'the quotation is followed by its speaker and a speech verb' : named ? 'a full name and a colon introduce the quotation' : 'the speaker and a speech verb introduce the quotation',
    };
    // A quotation continued from earlier paragraphs (each reopening with a quotation mark) is one
    // statement: its earlier paragraphs become leading fragments.
    for (let earlier = span.continues; earlier >= 0 && !attributedSpan.has(earlier); earlier = spans[earlier]!.continues) {
      attribution.fragments.unshift(contentSpan(spans[earlier]!));
      attribution.quotedSpans.unshift(earlier);
      attributedSpan.set(earlier, attribution);
    }
    found.push(attribution);
    attributedSpan.set(index, attribution);
    // `"A," he said, "B."`: the next quotation opens right after this cue clause.
    const next = spans[index + 1];
    if (after && next && next.paragraph === span.paragraph) {
      const nextRange = spanTokens(view, next);
      const clauseEnd = Math.max(hit.cue + 1, speaker.to);
      // Allow a short aside between the cue clause and the next quotation: `Tester said, referring to …, "…"`.
      const sameSentence = view.tokens[nextRange.from]?.sentence === view.tokens[hit.cue]!.sentence;
      const gap = nextRange.from - clauseEnd;
      // `he said, and still "…"`: an adverb may stand between the conjunction and the quotation.
      let joinAt = nextRange.from - 1;
      if (sameSentence && (view.lower[joinAt] === 'still' || view.lower[joinAt] === 'also' || view.lower[joinAt] === 'then')) joinAt--;
      const joiner = view.lower[joinAt];
      // `he said, "…"`, `he said, but "…"`, `he said, referring to …, "…"`.
      let asideOnly = (joiner === ',' || ((joiner === 'but' || joiner === 'and') && view.tokens[joinAt - 1]?.norm === ',')) && gap >= 1 && (gap <= 3 || (sameSentence && gap <= 15));
      // An aside with a cue of its own (`Trump said, adding later, "…"`) introduces a new statement.
      for (let k = clauseEnd; asideOnly && k < nextRange.from; k++) if (isSpeechCue(view, k)) asideOnly = false;
      if (asideOnly) {
        attribution.fragments.push(contentSpan(next));
        attribution.quotedSpans.push(index + 1);
        attributedSpan.set(index + 1, attribution);
      }
    }
  });
  return found;
}
