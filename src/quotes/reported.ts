/**
 * Reported (indirect) speech around a cue verb, sentence by sentence:
 * - speaker first: `Schumer said Thursday that Sessions should resign` (content: the complement clause);
 * - content first: `Sessions should resign, Schumer said.` / `…, said Schumer.`;
 * - parenthetical: `The plan, he said, will fail.` (two fragments);
 * - according to: `According to X, …` / `…, according to X.`
 * The content ends where the reported clause ends: the sentence end, or the next attribution.
 */
import { isSpace } from '../text/chars.js';
import { isCapitalizedToken, tokenAt, type TextView } from '../text/view.js';
import { lowerBound, strictlyInside } from '../text/spans.js';
import type { Span } from '../types.js';
import type { Attribution } from './attribution.js';
import { ambiguousCues, bareClauseCues, cueForms, cueVerbs, fragmentPredicates, infinitiveCues, type CueVerb } from './lexicons.js';
import { lastInSentence } from './direct.js';
import { findMedium } from './medium.js';
import { BE_FORMS, hasClass, lastSubjectPronoun, phraseStartingAt, sentenceSubject, skipAdverbsBack, subjectBefore, wordClasses, type Phrase } from './phrases.js';

const CLAUSE_END = new Set(['.', '!', '?', ';']);
/** Words that open a subordinate clause at the start of a sentence. */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'if', 'when', 'because', 'since', 'as', 'after', 'before', 'unless']);
/** Prepositions before a participle whose subject is the sentence subject ("despite saying", "after telling"). */
const PARTICIPLE_PREPOSITIONS = new Set(['despite', 'after', 'before', 'while', 'by', 'without', 'when', 'since']);
/** Determiners that may stand alone as a subject ("Most said", "Two in three said", "Several said"). */
const STANDALONE_QUANTIFIERS = new Set(['some', 'several', 'many', 'two', 'three', 'four', 'five', 'one', 'both', 'all', 'most', 'few', 'others']);
/** Particles of "call" that take no predicate ("called him back", "called it off"). */
const CALL_PARTICLES = new Set(['back', 'over', 'down', 'upon', 'into', 'about', 'after', 'again', 'later', 'today', 'yesterday', 'twice', 'once', 'himself', 'herself', 'directly', 'personally']);
/** Object pronouns that may follow a verb ("call them “lone wolves”"). */
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'it', 'us', 'me', 'you']);
/** Report verbs whose complement must be a that-clause ("found out about" is not a report). */
const THAT_ONLY = new Set(['find', 'learn', 'see', 'know', 'decide']);
/** Question words that open what someone knows ("knows how to …", "knows what … needs"). */
const KNOWN_QUESTIONS = new Set(['how', 'what', 'why', 'whether', 'who', 'where']);
/** Verbs whose statement is only a to-infinitive ("declined to comment"). */
const INFINITIVE_ONLY = new Set(['decline']);
/** Verbs of writing whose object alone is no statement ("wrote the book"). */
const CLAUSE_ONLY = new Set(['write', 'tweet', 'post']);

function isCue(view: TextView, index: number): CueVerb | null {
  const word = view.lower[index] ?? '';
  const form = cueForms().get(word);
  if (form === undefined) return null;
  if (form.particles !== undefined) {
    const withParticle = particleAt(view, index, form.particles);
    if (withParticle && !hasClass(view.lower[index - 1] ?? '', 'det')) return withParticle;
  }
  const cue = form.verb;
  if (!cue) return null;
  const upos = view.tokens[index]!.upos;
  if (upos && upos !== 'VERB' && upos !== 'AUX') return null;
  // "said" as an adjective ("the said document") or a participle after a determiner is not a cue.
  const previous = view.lower[index - 1];
  // "Most said …", "Two in three said …", "several said": a quantifier may stand alone as the subject.
  if (previous && (hasClass(previous, 'det') || hasClass(previous, 'poss')) && !hasClass(previous, 'pron') && !STANDALONE_QUANTIFIERS.has(previous)) return null;
  // "a swiftly called, late-afternoon meeting": so is a participle after a determiner and an adverb.
  const beforeAdverb = view.lower[index - 2] ?? '';
  if (/^[a-z]{3,}ly$/.test(previous ?? '') && /(ed|en|wn)$/.test(word) && (hasClass(beforeAdverb, 'det') || hasClass(beforeAdverb, 'poss')) && !hasClass(beforeAdverb, 'pron') && !STANDALONE_QUANTIFIERS.has(beforeAdverb)) return null;
  // "Editor's note:": a possessed form is a noun ("he's said" is a contraction), and states something only
  // with a that-clause ("Trump's claim that …").
  if (previous === "'s" && !hasClass(view.lower[index - 2] ?? '', 'pron') && view.lower[index + 1] !== 'that') return null;
  // "When terrorists are revealed as …": a passive participle's subject is what is talked about, not the speaker.
  // So is an irregular one ("Net users are being told to avoid …", "It is thought that …").
  // "It is thought that …", "It was reported that …" are kept: an impersonal passive states a claim with no source.
  if ((/(ed|en|wn)$/.test(word) || isPastOfCue(word, cue)) && afterBe(view, index) && !impersonalPassive(view, index)) return null;
  if (!upos && ambiguousCues().has(word) && !isVerbInContext(view, index, word, previous)) return null;
  return cue;
}

/** A noun-ambiguous cue form ("reports", "claim", "shows") read as a verb from its neighbours (no POS tags). */
function isVerbInContext(view: TextView, index: number, word: string, previous: string | undefined): boolean {
  // "media reports", "her comments": a noun unless a clause or a subject makes it a verb.
  const next = view.tokens[index + 1]?.norm;
  const verbContext = next === 'that' || next === ':' || next === '"' || (previous !== undefined && (hasClass(previous, 'pron') || (isCapitalizedToken(view, index - 1) && !hasClass(view.lower[index - 2] ?? '', 'det'))));
  // "the poll shows Clinton ahead", "a USA TODAY analysis … shows that": after a noun that follows a
  // determiner, possessive or name, a noun-ambiguous form ending in -s is the verb of that noun.
  const afterNoun = previous !== undefined && /^[a-z]+$/.test(previous) && !hasClass(previous, 'prep') && !hasClass(previous, 'conj') && !hasClass(previous, 'aux') && opensNounPhrase(view, index - 2);
  // "Video of the incident shows him with his hands in the air": an object pronoun starts the object too.
  const startsObject = next !== undefined && (next === 'that' || isCapitalizedToken(view, index + 1) || hasClass(view.lower[index + 1]!, 'det') || hasClass(view.lower[index + 1]!, 'pron') || OBJECT_PRONOUNS.has(next));
  // "FEC records … show he backed", "fundraising documents show." : a base form after a plural noun agrees with it.
  const afterPlural = !word.endsWith('s') && previous !== undefined && /^[a-z]{3,}s$/.test(previous) && !previous.endsWith('ss') && !hasClass(previous, 'prep') && !hasClass(previous, 'aux') && !hasClass(previous, 'pron') && !hasClass(previous, 'det') && !previous.endsWith('ous');
  const clauseOrEnd = startsObject || (next !== undefined && (hasClass(view.lower[index + 1]!, 'pron') || OBJECT_PRONOUNS.has(next) || CLAUSE_END.has(next)));
  // A base form ("show", "claim", "hope") is a verb only after a plural noun or a subject pronoun: "the TV show
  // that aired", "Apple Music show The 411" and "Trump's claim that" are nouns.
  if (!word.endsWith('s')) {
    const subjectPronoun = previous !== undefined && hasClass(previous, 'pron') && !hasClass(previous, 'poss');
    // "Obama and Clinton call …": two names joined are a plural subject.
    const joinedNames = isCapitalizedToken(view, index - 1) && (view.lower[index - 2] === 'and' || view.lower[index - 3] === 'and');
    if (!((afterPlural || subjectPronoun || joinedNames) && (clauseOrEnd || next === ':' || next === '"'))) return false;
  } else if (!verbContext && !(afterNoun && (startsObject || CLAUSE_END.has(next ?? '')))) return false;
  return true;
}

/**
 * A noun phrase opens at or just before token k: a determiner, possessive or name, possibly followed by up to
 * three modifiers ("the poll", "his 1995 tax return", "a USA TODAY analysis").
 */
function opensNounPhrase(view: TextView, k: number): boolean {
  for (let j = k; j >= 0 && k - j < 4; j--) {
    const word = view.lower[j]!;
    if (hasClass(word, 'det') || hasClass(word, 'poss') || word === "'s" || isCapitalizedToken(view, j)) return true;
    if (!/^[a-z0-9-]+$/.test(word) || hasClass(word, 'prep') || hasClass(word, 'conj') || hasClass(word, 'aux') || hasClass(word, 'pron') || cueVerbs().has(word)) return false;
  }
  return false;
}

/** Token `index` is a participle in "it is … that" ("It is thought that the site is run from Romania"). */
function impersonalPassive(view: TextView, index: number): boolean {
  if (view.lower[index + 1] !== 'that') return false;
  let k = index - 1;
  while (k >= 0 && (BE_FORMS.has(view.lower[k]!) || hasClass(view.lower[k]!, 'adv') || hasClass(view.lower[k]!, 'aux') || /^[a-z]{3,}ly$/.test(view.lower[k]!)) && index - k < 5) k--;
  return view.lower[k] === 'it' && k + 1 < index;
}

/** A form of "be" stands before token `index`, past up to two adverbs ("is widely expected", "was not asked"). */
function afterBe(view: TextView, index: number): boolean {
  let k = index - 1;
  for (let hops = 0; hops < 2 && k >= 0 && (hasClass(view.lower[k]!, 'adv') || hasClass(view.lower[k]!, 'neg') || /^[a-z]{3,}ly$/.test(view.lower[k]!)); hops++) k--;
  return BE_FORMS.has(view.lower[k] ?? '');
}

/** The particle verb whose particle words follow token `index` ("referring to", "lashed out at"), or null. */
function particleAt(view: TextView, index: number, entries: readonly CueVerb[]): CueVerb | null {
  for (const entry of entries) {
    const particle = entry.particle!;
    let i = 0;
    while (i < particle.length && view.lower[index + 1 + i] === particle[i]) i++;
    if (i === particle.length) return entry;
  }
  return null;
}

/** Character span of tokens [from, to), trimmed of surrounding commas and dashes. */
export function charSpan(view: TextView, from: number, to: number): Span | null {
  let a = from;
  let b = to;
  while (a < b && (view.tokens[a]!.norm === ',' || view.tokens[a]!.norm === '--' || view.tokens[a]!.norm === ':')) a++;
  while (b > a && (view.tokens[b - 1]!.norm === ',' || view.tokens[b - 1]!.norm === '--' || CLAUSE_END.has(view.tokens[b - 1]!.norm))) b--;
  if (b <= a) return null;
  return { start: view.tokens[a]!.start, end: view.tokens[b - 1]!.end };
}

/** Words after a closing quotation mark that start an adjunct, not more of what was said. */
const ADJUNCT_STARTERS = new Set(['during', 'at', 'on', 'in', 'amid', 'despite', 'following']);
/** Words after a closing quotation mark that start a new clause or an aside. */
const CLAUSE_STARTERS = new Set([',', '--', '-', '(', 'but', 'after', 'before', 'while', 'when', 'since', 'because', 'as']);

/**
 * The end of an object complement that goes on past its quotations: a new clause or aside right after
 * any closing mark ends it (`described Clinton as a “disgrace” after she attacked …`), and a time or
 * place adjunct after the last one (`criticized the law as a “crazy system” during a stop`).
 * `closes` are the ends of the quotations inside the content, in text order.
 */
export function trimAfterQuotation(view: TextView, content: Span, closes: readonly number[]): Span {
  for (let i = 0; i < closes.length; i++) {
    const close = closes[i]!;
    if (close >= content.end || close <= content.start) continue;
    const next = tokenAt(view, close);
    const word = view.lower[next];
    if (word === undefined || view.tokens[next]!.start < close) continue;
    // The closing mark's own punctuation stays inside the quotation (`“terrible situation,”`).
    if (CLAUSE_STARTERS.has(word)) return { start: content.start, end: close };
    const last = i === closes.length - 1;
    if (last && (ADJUNCT_STARTERS.has(word) || (hasClass(word, 'time') && !hasClass(word, 'det')))) return { start: content.start, end: close };
  }
  return content;
}

/** Words after a comma that open a comment on the reported clause rather than more of it. */
const NONRESTRICTIVE = new Set(['which', 'although', 'though', 'who', 'whom', 'whose', 'where', 'compared', 'despite', 'something']);

/** Prepositions that open a time or place adjunct between a verb of saying and its clause. */
const ADJUNCT_PREPOSITIONS = new Set(['after', 'before', 'in', 'at', 'during', 'on', 'following', 'since', 'to', 'from']);
/** Cue classes that report a statement (not a belief or a stance). */
const SPEECH_CLASSES = new Set(['speech', 'report']);
/** Conjunctions that may join a second clause to a reported one. */
const COORDINATORS = new Set(['and']);

/** A clause with its own subject starts at k: a subject pronoun, or a noun phrase followed by a verb ("the downgrade is casting"). */
export function startsClauseWithSubject(view: TextView, from: number, end: number): boolean {
  // "said about half of the adjustment reflected …": an approximate quantity opens the subject.
  const k = APPROXIMATORS.has(view.lower[from] ?? '') && QUANTITY.test(view.lower[from + 1] ?? '') ? from + 1 : from;
  const word = view.lower[k] ?? '';
  if (CLAUSE_SUBJECTS.has(word) || word === 'it') return true;
  if (!(hasClass(word, 'det') || hasClass(word, 'poss') || isCapitalizedToken(view, k) || (k > from && QUANTITY.test(word))) || hasClass(word, 'wh') || hasClass(word, 'prep')) return false;
  const phrase = phraseStartingAt(view, k, end);
  if (!phrase) return false;
  let next = skipAdverbsForward(view, phrase.to, end);
  // "said Trump, despite his wealth, is better placed": a short aside between commas after the subject.
  if (view.tokens[next]?.norm === ',') {
    let close = next + 1;
    while (close < end && close - next <= 8 && view.tokens[close]!.norm !== ',') close++;
    if (close < end && close - next > 2 && view.tokens[close]!.norm === ',' && hasClass(view.lower[close + 1] ?? '', 'aux')) next = close + 1;
  }
  const verb = view.lower[next] ?? '';
  return hasClass(verb, 'aux') || hasClass(verb, 'neg') || (cueVerbs().has(verb) && !ambiguousCues().has(verb)) || /^[a-z]{3,}ed$/.test(verb);
}

/** Words that make a following quantity approximate ("about half", "nearly 40"). */
const APPROXIMATORS = new Set(['about', 'nearly', 'roughly', 'almost', 'around', 'some', 'over']);
/** Quantities that may open a subject ("half of the …", "40 percent of …"). */
const QUANTITY = /^(\d[\d.,]*|half|third|quarter|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$/;

/** The first token from k on that is not an adverb. */
function skipAdverbsForward(view: TextView, k: number, end: number): number {
  let j = k;
  while (j < end && (hasClass(view.lower[j]!, 'adv') || /^[a-z]{3,}ly$/.test(view.lower[j]!))) j++;
  return j;
}

/** Where a complement clause after token `from` ends: the sentence end or the start of another attribution. */
export function clauseEnd(view: TextView, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const norm = view.tokens[k]!.norm;
    if (norm === ';') return k;
    // `that there is “only one …,” adding that …`: a comma just inside a closing quotation mark ends the clause
    // as the reporter's own comma would; the quotation keeps its mark.
    if (norm === ',' && closesQuotation(view, k + 1) && k + 2 < end && opensComment(view, k + 2, end)) return k + 2;
    // "…, and said his recusal was …": a second statement by the same speaker starts here.
    if ((view.lower[k] === 'and' || view.lower[k] === 'but') && k > from && isSpeechVerbAhead(view, k + 1, Math.min(end, k + 3))) return view.tokens[k - 1]!.norm === ',' ? k - 1 : k;
    if ((view.lower[k] === 'while' || view.lower[k] === 'whereas') && k > from) return k;
    // "said he would order a review and warned against hackers": a past-tense verb cannot join the verb after a
    // modal ("would order … and warn"), so it goes back to the main clause, as a second thing the speaker did.
    if (view.lower[k] === 'and' && k > from && isPastForm(view, k + 1) && modalVerbBefore(view, from, k)) return view.tokens[k - 1]!.norm === ',' ? k - 1 : k;
    // "… willingness to change ACA but has been met with opposition": "but" and a verb phrase go back to the main clause.
    // A clause with its own subject ("said he likes it but has concerns") keeps its second verb.
    if (view.lower[k] === 'but' && k > from && view.tokens[k - 1]!.norm !== ',' && startsVerbPhrase(view, k + 1) && !quotesFrom(view, k, end) && !opensClause(view, from, end)) return k;
    // "…, and Hillary Clinton is promising to help …": a coordinated clause with its own subject is no longer
    // what was said.
    if (k > from && COORDINATORS.has(view.lower[k] ?? '') && (view.tokens[k - 1]!.norm === ',' || view.lower[k] !== 'and') && startsClauseWithSubject(view, k + 1, end)) return view.tokens[k - 1]!.norm === ',' ? k - 1 : k;
    // "…, which forced her to leave": a relative clause after a comma comments on the statement.
    // "said Trump, despite his wealth, is …": a comma right after the subject opens an aside, not a comment.
    if (norm === ',' && k > from + 2 && NONRESTRICTIVE.has(view.lower[k + 1] ?? '')) return k;
    // "… a tightening race as Trump consolidates …", "profanities as she hurries closer": "as" with a clause of its own.
    if (view.lower[k] === 'as' && k > from + 1 && (CLAUSE_SUBJECTS.has(view.lower[k + 1] ?? '') || nameWithVerb(view, k + 1, end))) return k;
    // "…, with RealClearPolitics showing her ahead": an absolute clause with its own cue is another statement.
    if (norm === ',' && view.lower[k + 1] === 'with' && withParticipleCue(view, k + 2, end)) return k;
    // "… -- assuming that individuals then pay more": a dash opens a participle clause as a comma does.
    if (norm === '--' && k > from && isParticipleClause(view, k + 1)) return k;
    // "…, a call that several Republicans had been making": an appositive noun phrase comments on the clause.
    if (norm === ',' && (view.lower[k + 1] === 'a' || view.lower[k + 1] === 'an') && view.lower[k + 3] === 'that') return k;
    // "he did not support Mr. Trump, the presumed Putin favorite.": a noun phrase closing the sentence describes the
    // noun before it; "…, but many corporations have found ways …" contrasts with what was said.
    // "said they had misgivings about her, but could not bear to insult him": a modal verb phrase after the contrast
    // goes on with the reported clause's own subject.
    const contrast = CONTRASTS.has(view.lower[k + 1] ?? '') && !quotesFrom(view, k, end) && !(hasClass(view.lower[k + 2] ?? '', 'modal') && !isSpeechVerbAhead(view, k + 3, end) && opensClause(view, from, end));
    if (norm === ',' && k > from && (closingAppositive(view, k + 1, end) || contrast) && !insideQuotation(view, from, k)) return k;
    // `…, he said during remarks` / `…, according to X` / `…, arguing that …` ends the reported clause.
    if (norm === ',' && k + 1 < end) {
      if (view.lower[k + 1] === 'according' && view.lower[k + 2] === 'to') return k;
      // "…, implicitly putting his name on the line": an adverb may open the participle clause.
      if (isParticipleClause(view, k + 1) || (/^[a-z]+ly$/.test(view.lower[k + 1] ?? '') && isParticipleClause(view, k + 2))) return k;
      if (view.lower[k + 1] === 'but' && isSpeechVerbAhead(view, k + 2, end)) return k;
      const subject = k + 1;
      for (let c = subject + 1; c < Math.min(end, subject + 6); c++) {
        const cue = isCue(view, c);
        if (!cue || cue.cls === 'belief') continue;
        const s = subjectBefore(view, c, subject);
        if (s && s.phrase.from === subject && (c + 1 >= end || view.tokens[c + 1]!.norm === '.' || view.tokens[c + 1]!.norm === ',' || !isCapitalizedToken(view, c + 1) || cue.lemma === 'tell' || hasClass(view.lower[c + 1]!, 'prep') || hasClass(view.lower[c + 1]!, 'time'))) return k;
        break;
      }
    }
  }
  return end;
}

/** Token k is a past-tense verb: a regular -ed form ("warned", not "proceed") or an irregular past of a cue verb ("told", "wrote"). */
function isPastForm(view: TextView, k: number): boolean {
  const word = view.lower[k] ?? '';
  if (/^[a-z]{3,}ed$/.test(word)) return !word.endsWith('eed') && (!view.tokens[k]!.upos || view.tokens[k]!.upos === 'VERB');
  const cue = cueVerbs().get(word);
  return cue !== undefined && isPastOfCue(word, cue);
}

/** A cue verb's form that is neither its lemma, an -s form nor a participle in -ing: a past form ("told", "warned"). */
function isPastOfCue(word: string, cue: CueVerb): boolean {
  return word !== cue.lemma && !word.endsWith('s') && !word.endsWith('ing');
}

/** How far before an "and" a modal is looked for. */
const MODAL_WINDOW = 40;

/**
 * Tokens [from, k) hold a modal followed by a bare verb ("he would order"), not by "be", "have" or "get"
 * ("would have ordered … and warned" keeps both participles), and no past form since: the clause's verb
 * is a base form that a past-tense verb cannot be coordinated with.
 */
function modalVerbBefore(view: TextView, from: number, k: number): boolean {
  let modal = -1;
  // Within a bounded window, so that a run of "and"s in one long sentence stays linear.
  for (let j = Math.max(from, k - MODAL_WINDOW); j < k; j++) if (hasClass(view.lower[j]!, 'modal')) modal = j;
  if (modal < 0) return false;
  let verb = modal + 1;
  while (verb < k && (hasClass(view.lower[verb]!, 'neg') || hasClass(view.lower[verb]!, 'adv') || /^[a-z]{3,}ly$/.test(view.lower[verb]!))) verb++;
  const word = view.lower[verb] ?? '';
  if (verb >= k - 1 || hasClass(word, 'aux') || word === 'get') return false;
  for (let j = verb + 1; j < k; j++) if (isPastForm(view, j) || view.tokens[j]!.norm === '"') return false;
  return true;
}

/** Token k is a closing quotation mark (curly, or straight and right after a word or comma). */
function closesQuotation(view: TextView, k: number): boolean {
  const token = view.tokens[k];
  if (token?.norm !== '"') return false;
  const raw = view.text.charAt(token.start);
  return raw === '\u201d' || (raw === '"' && token.start > 0 && !/\s/.test(view.text.charAt(token.start - 1)));
}

/** After a comma, tokens from k open a comment on the reported clause: a participle of saying, a relative or concessive clause, "according to", or a contrast. */
function opensComment(view: TextView, k: number, end: number): boolean {
  const word = view.lower[k] ?? '';
  // Only a participle of saying ("adding that", "citing"): "“well-paid,” making $30,000 a year" goes on describing.
  return (isParticipleClause(view, k) && isCue(view, k) !== null) || NONRESTRICTIVE.has(word) || (word === 'according' && view.lower[k + 1] === 'to')
    || (CONTRASTS.has(word) && !quotesFrom(view, k, end));
}

/** A cue participle follows within a few words from k ("with RealClearPolitics showing …"). */
function withParticipleCue(view: TextView, k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 6); j++) {
    if (view.tokens[j]!.norm === ',') return false;
    if (view.lower[j]!.endsWith('ing') && isCue(view, j)) return true;
  }
  return false;
}

/** A name at k followed by a verb in the present or past ("Trump consolidates", "Pyongyang fired"). */
function nameWithVerb(view: TextView, k: number, end: number): boolean {
  if (!isCapitalizedToken(view, k)) return false;
  let j = k;
  while (j < end && j - k < 4 && isCapitalizedToken(view, j)) j++;
  const verb = view.lower[j] ?? '';
  return j > k && /^[a-z]{3,}(s|ed)$/.test(verb) && !verb.endsWith('ss') && !hasClass(verb, 'prep');
}

/** The content at `from` is a clause ("that …", "he …", "the plan would …", "to …"), not a noun object. */
function opensClause(view: TextView, from: number, end: number): boolean {
  const word = view.lower[from] ?? '';
  // An infinitive or a clause missing its subject ("which … said was careless but did not …") counts as one too.
  return word === 'that' || word === 'whether' || word === 'if' || word === 'to' || hasClass(word, 'aux') || hasClass(word, 'neg') || startsClauseWithSubject(view, from, end) || startsBareClause(view, from, end);
}

/** Conjunctions of contrast after a comma ("…, but many corporations …", "…, yet refuses to …"). */
const CONTRASTS = new Set(['but', 'yet']);

/** Determiners that open a closing appositive ("…, the presumed Putin favorite."). */
const APPOSITIVE_DETERMINERS = new Set(['a', 'an', 'the']);

/** Tokens [from, end) are a noun phrase with a determiner and no verb before any relative clause: an appositive. */
function closingAppositive(view: TextView, from: number, end: number): boolean {
  if (!APPOSITIVE_DETERMINERS.has(view.lower[from] ?? '')) return false;
  // "including the musician Chuck Berry, the baseball player Willie Mays and …": the next item of a list.
  for (let k = from + 1; k < end && k - from < 16; k++) {
    if (CLAUSE_END.has(view.tokens[k]!.norm)) break;
    if (view.lower[k] === 'and' && (APPOSITIVE_DETERMINERS.has(view.lower[k + 1] ?? '') || hasClass(view.lower[k + 1] ?? '', 'prep'))) return false;
  }
  for (let k = from + 1; k < end; k++) {
    const word = view.lower[k]!;
    const norm = view.tokens[k]!.norm;
    if (word === 'who' || word === 'which' || word === 'that' || CLAUSE_END.has(norm)) return true;
    if (norm === ',' || norm === '"' || hasClass(word, 'aux') || hasClass(word, 'neg') || cueVerbs().has(word)) return false;
  }
  return true;
}

/** A quotation opened in tokens [from, k) is still open at k (a comma inside quoted words is not the reporter's). */
function insideQuotation(view: TextView, from: number, k: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let j = from; j < k; j++) {
    const raw = view.text.charAt(view.tokens[j]!.start);
    if (raw === '"') straight++;
    else if (raw === '\u201c') curly++;
    else if (raw === '\u201d') curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

/** A quotation mark stands in tokens [from, end): quoted words after a contrast are still the speaker's own. */
function quotesFrom(view: TextView, from: number, end: number): boolean {
  for (let j = from; j < end; j++) if (view.tokens[j]!.norm === '"') return true;
  return false;
}

/** A participle opening a new clause after a comma ("…, arguing that", "…, contradicting …"). */
function isParticipleClause(view: TextView, k: number): boolean {
  const word = view.lower[k] ?? '';
  if (!word.endsWith('ing') || (word.length < 6 && !SHORT_PARTICIPLES.has(word)) || NOT_PARTICIPLES.has(word)) return false;
  const upos = view.tokens[k]!.upos;
  return !upos || upos === 'VERB';
}
/** Participles too short to tell from nouns by their length ("…, using an average of polls"). */
const SHORT_PARTICIPLES = new Set(['using', 'doing', 'going']);
const NOT_PARTICIPLES = new Set(['including', 'during', 'according', 'regarding', 'concerning', 'following', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'building', 'meeting', 'hearing', 'spending', 'funding', 'polling', 'ruling', 'briefing', 'warning', 'feeling', 'thing', 'things', 'king', 'spring', 'string', 'ceiling', 'darling', 'wedding', 'bring', 'sterling', 'viking', 'beijing', 'shooting', 'bombing', 'killing', 'rating', 'rally', 'timing', 'trading', 'setting', 'opening', 'ending', 'offering', 'finding', 'landing', 'listing', 'ranking', 'reading', 'training', 'housing', 'lending', 'pricing', 'wording', 'uprising', 'gathering']);

function isSpeechVerbAhead(view: TextView, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 3); k++) {
    const cue = isCue(view, k);
    if (cue && (cue.cls === 'speech' || cue.cls === 'report' || cue.cls === 'denial' || cue.cls === 'naming')) return true;
    // "… and encouraged Americans to “check out” …": a verb of judging starts a second statement too.
    if ((!cue || cue.cls === 'stance') && fragmentPredicates().has(view.lower[k]!) && !view.lower[k]!.endsWith('s')) return true;
  }
  return false;
}

/** Skip what may sit between a cue and its complement: time words, objects of "told", medium phrases. */
function complementStart(view: TextView, cue: number, end: number, lemma: string): number {
  let k = cue + 1;
  // "told reporters", "told NBC News": the addressee.
  if (lemma === 'tell' || lemma === 'ask' || lemma === 'warn' || lemma === 'assure' || lemma === 'remind' || lemma === 'inform') {
    const object = phraseStartingAt(view, k, end);
    // "asked the congregation to stand": PolNeAR's content of a request holds its addressee.
    if (object && view.lower[object.to] === 'to' && /^[a-z]+$/.test(view.lower[object.to + 1] ?? '') && !hasClass(view.lower[object.to + 1]!, 'det')) return object.from;
    if (object && view.lower[object.from] !== 'that') {
      k = object.to;
      // "told pool reporters aboard the USS Gerald Ford he has …": skip short prepositional phrases before a clause.
      let j = k;
      for (let hops = 0; hops < 2 && hasClass(view.lower[j] ?? '', 'prep') && view.lower[j] !== 'that'; hops++) {
        const pp = phraseStartingAt(view, j + 1, end);
        if (!pp) break;
        j = pp.to;
      }
      // "told African-Americans this weekend he would …": time words between the addressee and the clause.
      while (j < end && hasClass(view.lower[j]!, 'time')) j++;
      const next = view.lower[j] ?? '';
      if (j > k && (next === 'that' || (hasClass(next, 'pron') && !hasClass(next, 'poss')))) k = j;
    }
  }
  // "said — on Twitter, as it happens — that …": an aside between dashes.
  if (view.tokens[k]?.norm === '--') {
    let j = k + 1;
    while (j < end && j - k <= 12 && view.tokens[j]!.norm !== '--') j++;
    if (j + 1 < end && view.tokens[j]!.norm === '--') k = j + 1;
  }
  // Look ahead for "that" across time words and short prepositional phrases: "said on Thursday that".
  const opener = view.lower[k] ?? '';
  const mayHaveModifiers = hasClass(opener, 'prep') || hasClass(opener, 'time') || opener === ',' || k > cue + 1;
  for (let j = k; mayHaveModifiers && j < Math.min(end, k + 14); j++) {
    const word = view.lower[j]!;
    if (word === 'that') {
      let clean = true;
      for (let m = k; m < j; m++) {
        const w = view.lower[m]!;
        const norm = view.tokens[m]!.norm;
        if (norm === '"' || CLAUSE_END.has(norm) || isCue(view, m) || hasClass(w, 'aux') || hasClass(w, 'neg') || (hasClass(w, 'pron') && !hasClass(w, 'poss'))) clean = false;
      }
      if (clean) return j;
      break;
    }
  }
  // "said after the convention he would not accept …", "said in an interview she was …": a short
  // prepositional phrase between a verb of saying and a clause with a subject pronoun.
  if (ADJUNCT_PREPOSITIONS.has(opener) && SPEECH_CLASSES.has(cueVerbs().get(view.lower[cue]!)?.cls ?? '')) {
    const pp = phraseStartingAt(view, k + 1, end);
    if (pp && pp.to - k <= 8 && CLAUSE_SUBJECTS.has(view.lower[pp.to] ?? '') && !hasClass(view.lower[pp.to + 1] ?? '', 'prep')) return pp.to;
  }
  while (k < end) {
    const word = view.lower[k]!;
    // "called Friday's decision …": a possessed time word is the object, not a time adverb.
    if (hasClass(word, 'time') && !hasClass(word, 'det') && view.lower[k + 1] !== "'s") k++;
    else if (word === ',' && k === cue + 1) k++;
    else if ((word === 'on' || word === 'at' || word === 'during' || word === 'in') && hasClass(view.lower[k + 1] ?? '', 'time')) k += 2;
    else break;
  }
  return k;
}

/** Complements of stance and intention verbs: "that …", "to …", or an object ("wants voters to know", "support the regulations"). */
function objectComplement(view: TextView, k: number, end: number, cls: string, lemma: string): boolean {
  const word = view.lower[k] ?? '';
  if (word === 'that' || word === 'to') return true;
  if (view.tokens[k]!.norm === '"') return true;
  if (cls === 'belief' && bareClauseCues().has(lemma) && startsBareClause(view, k, end)) return true;
  if (cls === 'belief') {
    // NP + as: "developers see golf courses as wasted space".
    if (AS_COMPLEMENT.has(lemma) && asPredicateFollows(view, k, end)) return true;
    // NP + to: "wants Sessions to resign".
    for (let j = k + 1; j < Math.min(end, k + 6); j++) {
      if (view.lower[j] === 'to') return true;
      if (view.tokens[j]!.norm === ',' || CLAUSE_END.has(view.tokens[j]!.norm)) return false;
    }
    return false;
  }
  return (hasClass(word, 'det') || hasClass(word, 'poss') || isCapitalizedToken(view, k) || /^[a-z0-9]/.test(word)) && !hasClass(word, 'prep') && !hasClass(word, 'conj') && !hasClass(word, 'pron');
}

/** Verbs of belief that take an object and an "as" predicate ("see X as Y", "viewed X as Y"). */
const AS_COMPLEMENT = new Set(['see', 'view', 'regard']);

/** An object from k is followed within a few words by an "as" predicate ("see golf courses as wasted space"). */
function asPredicateFollows(view: TextView, k: number, end: number): boolean {
  if (hasClass(view.lower[k] ?? '', 'prep') || hasClass(view.lower[k] ?? '', 'wh')) return false;
  for (let j = k + 1; j < Math.min(end, k + 8); j++) {
    if (view.lower[j] === 'as') return j + 1 < end && view.lower[j + 1] !== 'well' && view.lower[j + 1] !== 'much';
    if (view.tokens[j]!.norm === ',' || CLAUSE_END.has(view.tokens[j]!.norm)) return false;
  }
  return false;
}

/** Subject pronouns that open a clause ("think he will win"); "it" and "you" may be objects, so they need a verb. */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'there']);

/**
 * A clause without "that" after a verb of belief: a subject pronoun, or a noun phrase followed within a
 * few words by an auxiliary, a negation or a past-tense verb ("believe this provides", "think the
 * progress on climate change is real", "fear Beijing has decreased"); "fear the worst" is an object.
 */
function startsBareClause(view: TextView, k: number, end: number): boolean {
  const word = view.lower[k] ?? '';
  if (CLAUSE_SUBJECTS.has(word)) return true;
  if (!(hasClass(word, 'det') || hasClass(word, 'poss') || hasClass(word, 'pron') || isCapitalizedToken(view, k) || /^[0-9]/.test(word))) return false;
  if (hasClass(word, 'prep') || hasClass(word, 'conj') || hasClass(word, 'wh')) return false;
  for (let j = k + 1; j < Math.min(end, k + 9); j++) {
    const next = view.lower[j]!;
    const norm = view.tokens[j]!.norm;
    if (norm === ',' || norm === '"' || CLAUSE_END.has(norm) || norm === 'that') return false;
    // "think it's good": after a pronoun "'s" is "is"; after a noun it may be a possessive.
    if (hasClass(next, 'aux') || hasClass(next, 'neg')) return (next !== "'s" || (j === k + 1 && (word === 'it' || word === 'that' || word === 'there'))) && next !== 'being' && next !== 'been' && next !== 'having';
    // "this provides", "Obama advanced": a verb agreeing with a preceding noun phrase.
    if (/^[a-z]{3,}ed$/.test(next) && !hasClass(view.lower[j - 1]!, 'det') && !hasClass(view.lower[j - 1]!, 'aux')) return true;
    if (j === k + 1 && (word === 'this' || word === 'it') && /^[a-z]{3,}s$/.test(next)) return true;
  }
  return false;
}

/** Is the token at k a plausible start of a complement clause? */
function startsClause(view: TextView, k: number, cls: string): boolean {
  const word = view.lower[k];
  if (word === undefined) return false;
  const norm = view.tokens[k]!.norm;
  if (word === 'that' || norm === '"' || norm === ':') return true;
  if (cls === 'belief' && word === 'to') return false;
  if (CLAUSE_END.has(norm) || norm === ',' || norm === ')') return false;
  if (APPROXIMATORS.has(word) && QUANTITY.test(view.lower[k + 1] ?? '')) return true;
  if (hasClass(word, 'prep') || hasClass(word, 'conj')) return word === 'if' || word === 'whether';
  // "said when she resigned" is a time clause, not what was said.
  if (hasClass(word, 'wh')) return word === 'if' || word === 'whether' || word === 'how' || word === 'why';
  return hasClass(word, 'pron') || hasClass(word, 'det') || hasClass(word, 'poss') || isCapitalizedToken(view, k) || /^[a-z0-9]/.test(word);
}

/** Number of word tokens (not punctuation) in [from, to). */
function wordCount(view: TextView, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (/[\p{L}\p{N}]/u.test(view.tokens[k]!.norm)) count++;
  return count;
}

/** Find reported speech in every sentence; cues already used by direct quotations are skipped. */
export function findReportedSpeech(view: TextView, usedCues: Set<number>, quoted: readonly Span[], direct: readonly Attribution[] = []): Attribution[] {
  const found: Attribution[] = [];
  // Direct quotations by the sentence of their cue, for participles hanging on a quotation's cue clause.
  const directBySentence = new Map<number, Attribution[]>();
  for (const attribution of direct) {
    if (!attribution.cue) continue;
    const sentence = view.tokens[attribution.cue.from]!.sentence;
    const list = directBySentence.get(sentence);
    if (list) list.push(attribution);
    else directBySentence.set(sentence, [attribution]);
  }
  for (const list of directBySentence.values()) list.sort((a, b) => a.cue!.from - b.cue!.from);
  const forms = cueForms();
  for (let s = 0; s < view.sentences.length; s++) {
    const first = view.sentenceFirst[s]!;
    const end = view.sentenceEnd[s]!;
    if (end <= first) continue;
    for (let c = first; c < end; c++) {
      // Most tokens are no cue form: one lookup rules them out.
      if (!forms.has(view.lower[c]!) && view.lower[c] !== 'according') continue;
      if (usedCues.has(c)) continue;
      // Attributions inside a quotation ("I think that …") belong to the quoted speaker's own words.
      if (strictlyInside(quoted, view.tokens[c]!.start)) continue;
      if (view.lower[c] === 'according' && view.lower[c + 1] === 'to') {
        const attribution = accordingTo(view, c, first, end);
        if (attribution) {
          found.push(attribution);
          usedCues.add(c);
        }
        continue;
      }
      const cue = isCue(view, c);
      if (!cue) continue;
      // `"…," he said, referring to the “Islamic State.”`: a participle glossing a quotation with quoted words of its
      // own is left to the quotation; `…," Trump said, referring to Barack Obama.` is attributed (PolNeAR marks it).
      if (cue.particle && view.lower[c]!.endsWith('ing') && view.tokens[c - 1]?.norm === ',' && (isCue(view, c - 2) ?? isCue(view, c - 3)) && quotesFrom(view, c, end)) continue;
      const attribution = speakerFirst(view, c, cue, first, end, found, directBySentence) ?? contentFirst(view, c, cue, first, end);
      if (attribution?.source === 'rule:quote/speaker-cue-content') trimObjectComplement(view, attribution, quoted);
      if (attribution) {
        found.push(attribution);
        usedCues.add(c);
      }
    }
  }
  return found;
}

/** An object complement (not a that-, whether- or if-clause) ends with its last quotation when an adjunct follows it. */
function trimObjectComplement(view: TextView, found: Attribution, quoted: readonly Span[]): void {
  const content = found.fragments[0]!;
  const opener = view.lower[tokenAt(view, content.start)] ?? '';
  // A clause with its own subject ("said he “lied” during the hearing") keeps its adjuncts.
  if (opener === 'that' || opener === 'whether' || opener === 'if' || (hasClass(opener, 'pron') && !hasClass(opener, 'poss'))) return;
  // "stressed her support of the raid during a forum": an object ends before a "during" adjunct (the verb's, not the object's).
  const startToken = tokenAt(view, content.start);
  const opensObject = hasClass(opener, 'det') || hasClass(opener, 'poss');
  for (let k = startToken; opensObject && k < view.tokens.length && view.tokens[k]!.end <= content.end; k++) {
    if (view.lower[k] === 'during' && k > startToken + 1) {
      found.fragments[0] = { start: content.start, end: view.tokens[k - 1]!.end };
      return;
    }
  }
  // Verbs of saying keep what follows; verbs of naming and judging ("called", "criticized") end at the quotation.
  const word = found.cue ? view.lower[found.cue.from] ?? '' : '';
  const cls = cueVerbs().get(word)?.cls;
  if ((cls === 'speech' || cls === 'report') && !fragmentPredicates().has(word)) return;
  // The quotations inside the content (quoted is sorted by start: a search, not a scan of the whole text's).
  const closes: number[] = [];
  for (let k = lowerBound(quoted, content.start); k < quoted.length && quoted[k]!.start < content.end; k++) if (quoted[k]!.end <= content.end) closes.push(quoted[k]!.end);
  found.fragments[0] = trimAfterQuotation(view, content, closes);
}

function attribution(view: TextView, fragments: Span[], cue: Phrase | null, speaker: Phrase | null, appositive: Phrase | null, source: Attribution['source'], reason: string, confidence: number): Attribution {
  const medium = cue ? findMedium(view, cue.from) : null;
  const last = fragments[fragments.length - 1];
  if (medium && last && fragments.length === 1) {
    // "called for more school investment in a statement on Thursday": where it was said is not what was said.
    const mediumStart = view.tokens[medium.from]!.start;
    let tail = medium.to;
    while (tail < view.tokens.length && view.tokens[tail]!.start < last.end && (hasClass(view.lower[tail]!, 'time') || hasClass(view.lower[tail]!, 'prep'))) tail++;
    // Only a medium inside the content trims it; one after the content's end ("supported Democrats during his
    // time on MSNBC") must not stretch it.
    if (mediumStart > last.start && mediumStart < last.end && view.tokens[tail - 1]!.end >= last.end) fragments[fragments.length - 1] = { start: last.start, end: trimEndOf(view.text, last.start, mediumStart) };
  }
  return { fragments, cue, speaker, appositive, medium, quotedSpans: [], confidence, source, reason };
}

/** Words before "to" that make it no infinitive of purpose ("going to", "need to", "able to"). */
const NOT_PURPOSE = new Set(['going', 'need', 'needs', 'needed', 'able', 'unable', 'likely', 'unlikely', 'ought', 'about', 'used', 'have', 'has', 'had', 'got', 'set', 'due', 'expected', 'trying', 'tried', 'try', 'tries', 'began', 'begin', 'begins', 'started', 'continue', 'continues', 'continued', 'appears', 'appeared', 'seems', 'seemed', 'ready', 'willing', 'eager', 'forced', 'allowed', 'asked', 'told', 'urged', 'wants', 'want', 'wanted', 'plans', 'planned', 'hopes', 'hoped']);

/** The word before "to" at k is a finite verb or object noun that an infinitive of purpose may follow ("met … to discuss"). */
function isPurposeHost(view: TextView, k: number): boolean {
  const word = view.lower[k]!;
  if (!/^[a-z]+$/.test(word) || NOT_PURPOSE.has(word) || hasClass(word, 'aux') || hasClass(word, 'prep') || hasClass(word, 'det') || hasClass(word, 'pron')) return false;
  // "the only senator to endorse Sanders", "the first woman to lead": an infinitive that describes a ranked noun.
  if (RANKING.has(view.lower[k - 1] ?? '') || RANKING.has(view.lower[k - 2] ?? '')) return false;
  return !isCue(view, k);
}

/** Words that rank a noun, whose infinitive then describes it rather than stating a purpose. */
const RANKING = new Set(['only', 'first', 'last', 'second', 'third', 'next', 'latest']);

/** A comma or dash before token c sets off a participle clause: `…, saying`, `“New York values,” saying`, `… – saying`. */
function opensParticipleClause(view: TextView, c: number): boolean {
  const previous = view.tokens[c - 1]?.norm;
  if (previous === ',' || previous === '--' || (previous === '-' && view.tokens[c - 1]!.spaceAfter)) return true;
  return previous === '"' && view.tokens[c - 2]?.norm === ',';
}

/**
 * The last attribution of `found` (in text order) whose cue lies in `sentence` before token `before` and not
 * inside the content of another attribution of that sentence. Only the sentence's own attributions are read.
 */
function lastOuterInSentence(view: TextView, found: readonly Attribution[], sentence: number, before: number): Attribution | undefined {
  let first = found.length;
  while (first > 0 && view.tokens[found[first - 1]!.cue?.from ?? before]!.sentence >= sentence) first--;
  for (let k = found.length - 1; k >= first; k--) {
    const cue = found[k]!.cue;
    if (!cue || cue.from >= before || view.tokens[cue.from]!.sentence !== sentence) continue;
    const at = view.tokens[cue.from]!.start;
    let nested = false;
    for (let j = first; j < found.length && !nested; j++) nested = j !== k && found[j]!.fragments.some((fragment) => fragment.start <= at && at < fragment.end);
    if (!nested) return found[k];
  }
  return undefined;
}

/** `X said (that) CONTENT` — and the parenthetical `A, X said, B`. */
/** Cue verbs of seeming, whose subject is raised from the clause they state ("X seems to …"). */
const RAISING_CUES = new Set(['seem', 'appear']);

function speakerFirst(view: TextView, c: number, cue: CueVerb, first: number, end: number, earlier: readonly Attribution[], direct: ReadonlyMap<number, readonly Attribution[]>): Attribution | null {
  // "CONTENT, said Mr Thomas.": after a comma, a cue whose speaker follows it and ends the sentence is
  // inverted; what comes before the comma is the statement, not a subject (contentFirst reads it).
  if (view.tokens[c - 1]?.norm === ',') {
    const inverted = phraseStartingAt(view, c + 1, end);
    if (inverted && (endsSentence(view, inverted.to, end) || appositiveToEnd(view, inverted.to, end))) return null;
  }
  let subject = subjectBefore(view, c, first);
  const joiner = view.lower[skipAdverbsBack(view, c - 1, first)];
  if (joiner === 'and' || joiner === 'but') {
    // "Though she called X “outrageous” and called for …": a second verb shares the subject of the statement before it.
    // A subject pronoun after that statement's cue ("… after she attacked … and blamed") is the nearer subject.
    // A statement reported inside another ("said that Sessions answered … but would not say") is not the one joined.
    const previous = lastOuterInSentence(view, earlier, view.tokens[c]!.sentence, c);
    const pronoun = previous?.cue ? lastSubjectPronoun(view, previous.cue.to, c) : null;
    if (pronoun) subject = { phrase: pronoun, appositive: null };
    else if (previous?.speaker) subject = { phrase: previous.speaker, appositive: previous.appositive };
  }
  if (view.lower[c]!.endsWith('ing') && (opensParticipleClause(view, c) || PARTICIPLE_PREPOSITIONS.has(view.lower[c - 1] ?? ''))) {
    // `…, saying he "lied under oath"`: a participle takes the subject of the clause it hangs on.
    const sentence = view.tokens[c]!.sentence;
    // `"…," Trump said of terrorists, mocking …`: the clause may be a direct quotation's cue clause.
    const reported = lastInSentence(view, earlier, sentence, c);
    const quotation = lastInSentence(view, direct.get(sentence) ?? [], sentence, c);
    const previous = reported && quotation ? (reported.cue!.from > quotation.cue!.from ? reported : quotation) : reported ?? quotation;
    const phrase = previous?.speaker ?? sentenceSubject(view, sentence, c);
    subject = phrase ? { phrase, appositive: null } : null;
  }
  if (!subject && view.lower[c - 1] === 'to' && c - 2 >= first && isPurposeHost(view, c - 2)) {
    // "met with Kadzik to discuss document requests", "took the stage to denounce …": an infinitive of purpose
    // after a finite verb takes the subject of the sentence.
    const phrase = sentenceSubject(view, view.tokens[c]!.sentence, c - 2);
    // "A group of lawmakers met with …": an untagged verb the phrase finder took in ends the subject.
    const last = phrase ? phrase.to - 1 : -1;
    const trimmed = phrase && last > phrase.from && hasClass(view.lower[last + 1] ?? '', 'prep') && !hasClass(view.lower[last - 1]!, 'det') ? { from: phrase.from, to: last } : phrase;
    subject = trimmed ? { phrase: trimmed, appositive: null } : null;
  }
  if (!subject) return null;
  // Parenthetical: `The plan, he said, will fail.` / `It was, the president said, "a stone …"`.
  const before = subject.phrase.from - 1;
  let afterCue = c + 1;
  while (afterCue < end && hasClass(view.lower[afterCue]!, 'time') && !hasClass(view.lower[afterCue]!, 'det')) afterCue++;
  if (before > first && view.tokens[before]!.norm === ',' && view.tokens[afterCue]?.norm === ',' && afterCue + 1 < end && cue.cls !== 'belief') {
    const left = charSpan(view, first, before);
    const stop = clauseEnd(view, afterCue + 1, end);
    const right = charSpan(view, afterCue + 1, stop);
    if (left && right && !holdsAttribution(view, first, before)) return attribution(view, [left, right], { from: c, to: c + 1 }, subject.phrase, subject.appositive, 'rule:quote/parenthetical-cue', 'a speaker and speech verb interrupt the reported statement', 0.75);
  }
  // "As The Washington Post reported, CONTENT" / "As Clinton told the Daily News last week, CONTENT".
  if (view.lower[first] === 'as' && subject.phrase.from === first + 1 && cue.cls !== 'belief' && cue.cls !== 'stance') {
    let comma = c + 1;
    while (comma < end && comma - c <= 10 && view.tokens[comma]!.norm !== ',' && !isCue(view, comma)) comma++;
    const stop = view.tokens[comma]?.norm === ',' ? clauseEnd(view, comma + 1, end) : comma;
    const content = stop > comma + 2 ? charSpan(view, comma + 1, stop) : null;
    if (content) return attribution(view, [content], { from: c, to: c + 1 }, subject.phrase, subject.appositive, 'rule:quote/as-speaker-cue', 'an "as" clause names the speaker of the statement that follows', 0.75);
  }
  let start = complementStart(view, c, end, cue.lemma);
  let cueTo = c + 1;
  if (cue.particle) {
    // "referring to the convention", "lashed out at the media": the particle belongs to the cue.
    cueTo = c + 1 + cue.particle.length;
    start = cueTo;
  } else if (cue.cls === 'naming' && (view.lower[c + 1] === 'for' || view.lower[c + 1] === 'on')) {
    // "called for a moratorium", "called on Sessions to resign": a call; the content is what is called for.
    cueTo = c + 2;
    start = c + 2;
  }
  if (start >= end) return null;
  // "an arbitration panel found the United States was in breach": a finding may also be a bare clause.
  // "knows how to use it", "knows what Washington needs", "knows we must rethink": knowing also takes a question or a bare clause.
  const knows = cue.lemma === 'know' && (KNOWN_QUESTIONS.has(view.lower[start]!) || startsBareClause(view, start, end));
  if (THAT_ONLY.has(cue.lemma) && view.lower[start] !== 'that' && !knows && !(cue.lemma === 'find' && startsBareClause(view, start, end)) && !(AS_COMPLEMENT.has(cue.lemma) && asPredicateFollows(view, start, end))) return null;
  // "declined to comment", "declined to say whether …": a refusal to speak; "declined 3 percent" is none.
  if (INFINITIVE_ONLY.has(cue.lemma) && !(view.lower[start] === 'to' && /^[a-z]+$/.test(view.lower[start + 1] ?? '') && !hasClass(view.lower[start + 1]!, 'det'))) return null;
  // "wrote the book", "tweeted a photo": a written object is no statement unless a clause or quotation follows.
  if (CLAUSE_ONLY.has(cue.lemma) && (hasClass(view.lower[start]!, 'det') || hasClass(view.lower[start]!, 'poss'))) return null;
  if (cue.cls === 'belief' || cue.cls === 'stance' || cueTo > c + 1) {
    if (!objectComplement(view, start, end, cue.cls, cue.lemma)) return null;
  } else if (!startsClause(view, start, cue.cls) && !(view.lower[start] === 'to' && infinitiveCues().has(cue.lemma))) return null;
  if (view.tokens[start]!.norm === ',') return null;
  let stop = clauseEnd(view, start, end);
  // "a statement announcing the pick, …": a participle's noun object ends at the next comma.
  if (view.lower[c]!.endsWith('ing') && (hasClass(view.lower[start]!, 'det') || hasClass(view.lower[start]!, 'poss'))) {
    for (let k = start; k < stop; k++) if (view.tokens[k]!.norm === ',') { stop = k; break; }
  }
  // "endorsed Trump last week and has appeared …": what a stance is taken on is its object noun phrase alone.
  const stanceObject = cue.cls === 'stance' && view.lower[start] !== 'that' && view.lower[start] !== 'to';
  if (stanceObject) stop = objectPhraseEnd(view, start, stop);
  if (SUBORDINATORS.has(view.lower[first] ?? '') && subject.phrase.from > first) {
    // "While some Democrats want Sessions to resign, Republicans …": the subordinate clause ends at its comma.
    for (let k = start; k < stop; k++) if (view.tokens[k]!.norm === ',') { stop = k; break; }
  }
  const content = charSpan(view, start, stop);
  // "blasted the media for being “dishonest”": quoted words under a verb of judging are the fragment
  // rule's, which also asks for a person or organization as the subject.
  if (content && stanceObject && fragmentPredicates().has(view.lower[c]!) && /["\u201c\u201d]/.test(view.text.slice(content.start, content.end))) return null;
  // One word is too little for a statement ("said little"), except for a denial ("denied wrongdoing").
  // "72 percent said yes", "the candidate said no": an answer of one word is a statement too.
  const answer = view.lower[start] === 'yes' || view.lower[start] === 'no';
  if (!content || wordCount(view, start, stop) < (cue.cls === 'denial' || stanceObject || answer ? 1 : 2)) return null;
  // "described the excitement when …", "described how Rafael turned into Felito": a description states its object.
  if (cue.cls === 'naming' && cueTo === c + 1 && cue.lemma !== 'describe' && !/["\u201c\u201d]/.test(view.text.slice(content.start, content.end)) && !namesWithPredicate(view, start, stop, cue.lemma)) return null;
  const confidence = view.lower[start] === 'that' ? 0.8 : cue.cls === 'speech' || cue.cls === 'report' ? 0.7 : 0.55;
  // "The revelation seems to conflict with …", "Christie appeared to end his bid …": the subject of a raising
  // verb does not hold the belief; the writer infers the whole clause, which is the content, with no source.
  if (RAISING_CUES.has(cue.lemma) && view.lower[start] === 'to') {
    const clause = charSpan(view, subject.phrase.from, stop);
    if (clause) return attribution(view, [clause], { from: c, to: cueTo }, null, null, 'rule:quote/raising-cue', 'a verb of seeming states the writer\'s inference about its whole clause', 0.5);
  }
  if (impersonalPassive(view, c)) return attribution(view, [content], { from: c, to: cueTo }, null, null, 'rule:quote/impersonal-passive', 'an impersonal passive ("it is thought that") states a claim without naming its source', 0.5);
  return attribution(view, [content], { from: c, to: cueTo }, subject.phrase, subject.appositive, 'rule:quote/speaker-cue-content', 'a speaker and a speech verb introduce the reported statement', confidence);
}

/**
 * The end of the object at `start` of a verb that takes a stance (`endorsed Trump last week and has appeared
 * …`, `blasted Trump's call for a "deportation force" during a stop`): the object with its complements, up
 * to a comma, a time or place adjunct of the verb, or a second verb phrase.
 */
function objectPhraseEnd(view: TextView, start: number, stop: number): number {
  for (let k = start + 1; k < stop; k++) {
    const word = view.lower[k]!;
    const norm = view.tokens[k]!.norm;
    // "Russia's invasion of Ukraine, including its annexation of Crimea": an "including" list is part of the object.
    if (norm === ',' && (view.lower[k + 1] === 'including' || view.lower[k + 1] === 'such')) continue;
    if (norm === ',' || norm === '--' || norm === '(') return k;
    // "his early-morning tweets": a time word inside a hyphenated modifier is no adjunct.
    if (hasClass(word, 'time') && !hasClass(word, 'det') && view.tokens[k - 1]!.norm !== '-') return hasClass(view.lower[k - 1]!, 'prep') ? k - 1 : k;
    if (TIME_NOUNS.has(word) && (view.lower[k - 1] === 'last' || view.lower[k - 1] === 'this' || view.lower[k - 1] === 'next')) return k - 1;
    if (VERB_ADJUNCTS.has(word)) return k;
    if ((word === 'and' || word === 'but') && startsVerbPhrase(view, k + 1)) return k;
    // "attacked Machado in early-morning tweets", "rejected the annexation in an on-air diatribe": where the
    // stance was taken is an adjunct of the verb.
    if ((word === 'in' || word === 'at' || word === 'during') && mediumNounWithin(view, k + 1, stop)) return k;
  }
  return stop;
}
/** Words that open an adjunct of the verb rather than more of its object. */
const VERB_ADJUNCTS = new Set(['during', 'after', 'before', 'while', 'when', 'because', 'since', 'until', 'amid', 'despite', 'following', 'saying', 'calling', 'adding', 'arguing', 'noting']);

/** Nouns of a place or occasion of speech ("in early-morning tweets", "at a rally", "in an on-air diatribe"). */
const MEDIUM_NOUNS = new Set(['tweet', 'tweets', 'ruling', 'interview', 'interviews', 'speech', 'speeches', 'diatribe', 'statement', 'statements', 'letter', 'post', 'posts', 'rally', 'rallies', 'debate', 'forum', 'remarks', 'appearance', 'op-ed', 'editorial', 'ad', 'ads', 'video', 'tirade', 'address', 'hearing', 'briefing', 'broadcast']);

/** A medium noun ends the short noun phrase at k ("early-morning tweets", "a campaign rally"). */
function mediumNounWithin(view: TextView, k: number, stop: number): boolean {
  for (let j = k; j < Math.min(stop, k + 5); j++) {
    const word = view.lower[j]!;
    if (MEDIUM_NOUNS.has(word)) return true;
    if (view.tokens[j]!.norm === ',' || hasClass(word, 'prep') || hasClass(word, 'conj')) return false;
  }
  return false;
}

/** A verb phrase starts at k ("and has appeared", "and said", "and then blasted"). */
function startsVerbPhrase(view: TextView, k: number): boolean {
  const word = view.lower[k] ?? '';
  if (hasClass(word, 'aux') || hasClass(word, 'neg') || cueVerbs().has(word)) return true;
  if (hasClass(word, 'adv')) return startsVerbPhrase(view, k + 1);
  return /^[a-z]{3,}ed$/.test(word);
}
const TIME_NOUNS = new Set(['week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening']);

/**
 * "called climate change a hoax", "called it a common ailment": without quotation marks a naming verb
 * states a judgement only with an object and an indefinite predicate noun after it ("called a meeting"
 * and "called Machado on Friday" state none).
 */
function namesWithPredicate(view: TextView, start: number, stop: number, lemma: string): boolean {
  if (lemma !== 'call' || view.lower[start] === 'a' || view.lower[start] === 'an' || hasClass(view.lower[start]!, 'prep')) return false;
  // "called him divisive", "called it ridiculous": an object pronoun and an adjective (not a particle: "called him back").
  const predicate = view.lower[start + 1] ?? '';
  if (OBJECT_PRONOUNS.has(view.lower[start]!) && /^[a-z]{4,}$/.test(predicate) && !wordClasses().has(predicate) && !CALL_PARTICLES.has(predicate) && !cueVerbs().has(predicate) && !/ing$/.test(predicate)) return true;
  for (let k = start + 1; k < Math.min(stop, start + 16); k++) {
    const word = view.lower[k]!;
    if (word === 'a' || word === 'an') return !hasClass(view.lower[k - 1]!, 'prep') && view.lower[k - 1] !== 'and';
    // "called her vote in favor of the Iraq War a mistake": the object may hold a prepositional phrase.
    // "called the contempt citation and the demand … a transparent political ploy": the object may be two joined.
    if (view.tokens[k]!.norm === ',' || (hasClass(word, 'conj') && word !== 'and') || (hasClass(word, 'prep') && (k === start + 1 || hasClass(view.lower[k - 1]!, 'prep')))) return false;
  }
  return false;
}

/** `CONTENT, X said.` / `CONTENT, said X.` — the cue closes the sentence. */
function contentFirst(view: TextView, c: number, cue: CueVerb, first: number, end: number): Attribution | null {
  // "…, X believes." is rare next to "…, X blasted." misreadings; a stance is taken on an object after the verb.
  if (cue.cls === 'belief' || cue.cls === 'stance' || INFINITIVE_ONLY.has(cue.lemma)) return null;
  // What follows the cue must be the end of the sentence or trailing modifiers (time, medium, addressee).
  let tail = c + 1;
  let speaker: Phrase | null = null;
  let appositive: Phrase | null = null;
  let subjectStart: number;
  const subject = subjectBefore(view, c, first);
  if (subject && subject.phrase.from - 1 >= first && isContentBoundary(view, subject.phrase.from - 1)) {
    speaker = subject.phrase;
    appositive = subject.appositive;
    subjectStart = subject.phrase.from;
  } else if (isContentBoundary(view, c - 1)) {
    const inverted = phraseStartingAt(view, c + 1, end);
    if (!inverted) return null;
    // "Rashad Robinson, his director, said his group will continue …": a phrase followed by its own verb is the
    // subject of the reported clause, not an inverted speaker.
    const after = view.lower[inverted.to] ?? '';
    if (hasClass(after, 'aux') || hasClass(after, 'neg') || after === 'that' || hasClass(after, 'wh')) return null;
    speaker = inverted;
    tail = inverted.to;
    subjectStart = c;
    // "…, said David Autor, a professor of economics at M.I.T.": an appositive to the sentence end describes the speaker.
    appositive = appositiveToEnd(view, inverted.to, end);
    if (appositive) tail = end;
  } else return null;
  if (!trailingOnly(view, tail, end)) return null;
  const boundary = subjectStart - 1;
  if (holdsAttribution(view, first, boundary)) return null;
  const content = charSpan(view, first, boundary);
  if (!content || boundary - first < 3) return null;
  return attribution(view, [content], { from: c, to: c + 1 }, speaker, appositive, 'rule:quote/content-speaker-cue', 'the statement is followed by its speaker and a speech verb', 0.65);
}

/** `X said A, but said B, he told Y`: content that holds its own speech attribution is not a trailing cue's content. */
export function holdsAttribution(view: TextView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const inner = isCue(view, k);
    if (inner && (inner.cls === 'speech' || inner.cls === 'report') && subjectBefore(view, k, from)) return true;
  }
  return false;
}

function isContentBoundary(view: TextView, k: number): boolean {
  const norm = view.tokens[k]?.norm;
  if (norm === '"') {
    // A closing quotation mark ends the content only after its own punctuation: `…,” Smith said`.
    const before = view.tokens[k - 1]?.norm;
    return before === ',' || before === '.' || before === '?' || before === '!';
  }
  return norm === ',' || norm === '--';
}

/** Nothing but closing punctuation follows token `from` in the sentence. */
function endsSentence(view: TextView, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const norm = view.tokens[k]!.norm;
    if (!CLAUSE_END.has(norm) && norm !== '"' && norm !== "'") return false;
  }
  return true;
}

/** Words that may open an appositive after an inverted speaker (", said Mr. Barrett, the lawyer for …", ", who teaches …"). */
const APPOSITIVE_OPENERS = new Set(['who', 'whose', 'which', 'now', 'then', 'also', 'formerly']);

/**
 * The appositive after an inverted speaker that runs to the sentence end (`…, said Rita Katz, the director
 * of SITE Intelligence Group, which tracks …`), or null: a comma, then a noun phrase with a determiner,
 * a possessive, a name, a number (an age) or a relative pronoun.
 */
function appositiveToEnd(view: TextView, from: number, end: number): Phrase | null {
  if (view.tokens[from]?.norm !== ',' || from + 1 >= end) return null;
  const start = from + 1;
  const word = view.lower[start]!;
  const opens = hasClass(word, 'det') || hasClass(word, 'poss') || APPOSITIVE_OPENERS.has(word) || /^[0-9]{1,3}$/.test(word) || (isCapitalizedToken(view, start) && !hasClass(word, 'prep') && !hasClass(word, 'conj'));
  if (!opens) return null;
  let stop = end;
  while (stop > start && CLAUSE_END.has(view.tokens[stop - 1]!.norm)) stop--;
  // A new clause after the speaker ("…, said Smith, and the crowd cheered") is no appositive; neither is a quotation.
  for (let k = start; k < stop; k++) if (view.tokens[k]!.norm === '"' || isCue(view, k)?.cls === 'speech') return null;
  return stop > start ? { from: start, to: stop } : null;
}

/** Only time words, a medium, an addressee or a short prepositional phrase follow before the sentence ends. */
function trailingOnly(view: TextView, from: number, end: number): boolean {
  let remaining = 0;
  for (let k = from; k < end; k++) {
    const norm = view.tokens[k]!.norm;
    if (CLAUSE_END.has(norm) || norm === '"' || norm === "'") continue;
    if (norm === ',') return k + 1 >= end || (isSpace(view.text.charCodeAt(view.tokens[k]!.end)) && isParticipleClause(view, k + 1));
    remaining++;
  }
  return remaining <= 10;
}

/** `According to X, CONTENT.` / `CONTENT, according to X.` */
function accordingTo(view: TextView, c: number, first: number, end: number): Attribution | null {
  const source = phraseStartingAt(view, c + 2, end);
  const cue = { from: c, to: c + 2 };
  const reason = '"according to" names the source of the statement';
  if (c === first || (c === first + 1 && view.tokens[first]!.norm === '"')) {
    // "According to a complaint filed by …, CONTENT": the source runs to the first comma, also when it opens
    // with a word the phrase finder does not take ("According to early results of exit polls, …").
    let comma = source?.to ?? c + 2;
    while (comma < end && view.tokens[comma]!.norm !== ',' && comma - c < 40) comma++;
    if (view.tokens[comma]?.norm !== ',' || comma <= c + 2) return null;
    const speaker = source && comma === source.to ? source : { from: c + 2, to: comma };
    const content = charSpan(view, comma + 1, clauseEnd(view, comma + 1, end));
    return content ? attribution(view, [content], cue, speaker, null, 'rule:quote/according-to', reason, 0.8) : null;
  }
  // "…, according to show insiders.": a source the phrase finder does not take runs to the sentence end.
  if (!source && view.tokens[c - 1]?.norm === ',' && c + 2 < end && endsSentence(view, Math.min(end, c + 8), end) && !holdsAttribution(view, first, c - 1)) {
    let to = end;
    while (to > c + 2 && CLAUSE_END.has(view.tokens[to - 1]!.norm)) to--;
    const content = charSpan(view, first, c - 1);
    return content ? attribution(view, [content], cue, { from: c + 2, to }, null, 'rule:quote/according-to', reason, 0.8) : null;
  }
  if (!source) return null;
  // "CONTENT, according to X." — also when X has an appositive or the sentence goes on: ", according to the CBO, and …".
  const continues = view.tokens[source.to]?.norm === ',';
  if (view.tokens[c - 1]?.norm === ',' && (trailingOnly(view, source.to, end) || continues)) {
    const content = charSpan(view, first, c - 1);
    if (!content) return null;
    // "At the heart of the trouble, according to Dennis B. Ross, another former envoy, was a decision …": the
    // statement goes on past the source with its predicate.
    let rest = continues ? predicateAfterSource(view, source.to + 1, end) : -1;
    // "Over the long term, according to the budget office, the rise in annual deficits …": after a fronted
    // adverbial the statement itself follows the source.
    if (continues && rest < 0 && isFrontedAdverbial(view, first, c - 1) && wordCount(view, source.to + 1, end) >= 3) rest = source.to + 1;
    const second = rest >= 0 ? charSpan(view, rest, clauseEnd(view, rest, end)) : null;
    return attribution(view, second ? [content, second] : [content], cue, source, null, 'rule:quote/according-to', reason, 0.8);
  }
  return null;
}

/** Words of time that open an adverbial but are not in the preposition class ("Since last November", "After the vote"). */
const TIME_OPENERS = new Set(['since', 'after', 'before', 'until']);

/** Tokens [from, to) are an adverbial before a main clause ("Over the long term", "Since last November", "In 2014"): a preposition or time word opens it and no comma or verb is inside. */
function isFrontedAdverbial(view: TextView, from: number, to: number): boolean {
  const opener = view.lower[from] ?? '';
  if (!(hasClass(opener, 'prep') || hasClass(opener, 'time') || TIME_OPENERS.has(opener)) || opener === 'that' || to - from > 8) return false;
  for (let k = from + 1; k < to; k++) {
    const word = view.lower[k]!;
    if (view.tokens[k]!.norm === ',' || hasClass(word, 'aux') || hasClass(word, 'neg') || cueVerbs().has(word)) return false;
  }
  return true;
}

/** Where the interrupted clause resumes after "according to X," (past an appositive of X), when a predicate follows; else -1. */
function predicateAfterSource(view: TextView, from: number, end: number): number {
  let k = from;
  if (hasClass(view.lower[k] ?? '', 'det') || hasClass(view.lower[k] ?? '', 'poss')) {
    while (k < end && k - from < 12 && view.tokens[k]!.norm !== ',') k++;
    if (view.tokens[k]?.norm !== ',') return -1;
    k++;
  }
  const word = view.lower[k] ?? '';
  return k < end && (hasClass(word, 'aux') || hasClass(word, 'neg')) ? k : -1;
}

/** The end of [start, end) without trailing spaces and commas. */
function trimEndOf(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && /[\s,]/.test(text.charAt(k - 1))) k--;
  return k;
}
