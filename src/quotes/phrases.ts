/**
 * Noun-phrase finders around cue words: the subject before a cue ("A senior White House official
 * said"), the phrase after an inverted cue (", said Sen. Schumer"), and appositives
 * ("Rep. Devin Nunes, R-CA, said"). They use POS tags when the tagger has run and closed-class word
 * lists (data/lexicons/function-words.tsv) otherwise.
 */
import { lazy, readGrouped, readList } from '../text/lexicon.js';
import { isCapitalizedToken, type TextView } from '../text/view.js';
import { roleNouns } from '../entities/lexicons.js';
import { ambiguousCues, cueVerbs } from './lexicons.js';

/** A token range [from, to). */
export interface Phrase {
  from: number;
  to: number;
}

/** Closed-class word → its classes. */
export const wordClasses = lazy(() => readGrouped('lexicons/function-words.tsv'));

/** Closed-class word → class → true, flattened to one map per class so a test is one lookup. */
const wordsByClass = lazy(() => {
  const byClass = new Map<string, Set<string>>();
  for (const [word, classes] of wordClasses()) {
    for (const cls of classes) {
      const words = byClass.get(cls) ?? new Set<string>();
      words.add(word);
      byClass.set(cls, words);
    }
  }
  return byClass;
});
const NO_WORDS: ReadonlySet<string> = new Set();

/** True when the lower-cased word has the closed class. */
export function hasClass(word: string, cls: string): boolean {
  return (wordsByClass().get(cls) ?? NO_WORDS).has(word);
}

const MAX_PHRASE = 14;
/** Irregular participles that end a noun phrase ("a memo seen by"). */
const PARTICIPLES = new Set(['seen', 'written', 'given', 'taken', 'shown', 'known', 'made', 'sent', 'held', 'led', 'run', 'paid', 'told', 'said', 'obtained', 'released', 'published', 'reviewed']);
/** Pronouns that can only be subjects. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Words that head time phrases, never speakers. */
const TIME_ONLY = new Set(['recent', 'weeks', 'days', 'months', 'years', 'hours', 'ago', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Capitalized words that open an appositive ("Democrat of California", "Republican from Texas"). */
const APPOSITIVE_STARTERS = new Set(['democrat', 'republican', 'independent', 'libertarian', 'chairman', 'chairwoman', 'director', 'president', 'head', 'founder', 'author', 'professor', 'executive', 'ceo', 'spokesman', 'spokeswoman', 'spokesperson', 'senior', 'former']);

/** Lower-case role words that may precede a name inside one phrase ("spokeswoman Jessica Ditto"). */
function isTitleWord(word: string): boolean {
  return nameModifiers().has(word);
}
const nameModifiers = lazy(() => new Set(readList('lexicons/name-modifiers.tsv')));
const NOUNISH_UPOS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PRON']);
const PUNCT_STOP = new Set([',', '.', ';', ':', '!', '?', '"', '(', ')', '[', ']', '--', '-', '...']);

/** Can this token sit inside a noun phrase (judged without looking at neighbours)? */
function isPhraseWord(view: TextView, i: number): boolean {
  const token = view.tokens[i]!;
  const word = view.lower[i]!;
  if (PUNCT_STOP.has(token.norm)) return false;
  if (token.upos) {
    if (token.upos === 'PART' && (word === "'s" || word === "'")) return true;
    if (token.upos === 'PUNCT' && word === "'") return true;
    return NOUNISH_UPOS.has(token.upos) && !(token.upos === 'PRON' && hasClass(word, 'wh'));
  }
  if (word === "'s") return true;
  // "When Donald Trump said …": a subordinating conjunction opens a clause, not a noun phrase.
  if (CLAUSE_OPENERS.has(word)) return false;
  // A possessive apostrophe is attached to its word ("Sessions'"); a free-standing one is a quotation mark.
  if (word === "'") return i > 0 && !view.tokens[i - 1]!.spaceAfter && (i + 1 >= view.tokens.length || view.tokens[i]!.spaceAfter);
  if (isCapitalizedToken(view, i)) {
    // "Once", "Now", "However" opening a sentence are capitalized adverbs or connectives, not names.
    const classes = wordClasses().get(word);
    if (classes && i === view.sentenceFirst[token.sentence] && !classes.has('det') && !classes.has('poss') && !classes.has('pron') && !classes.has('wh')) return false;
    return !hasClass(word, 'wh') || i === view.sentenceFirst[token.sentence];
  }
  const classes = wordClasses().get(word);
  if (classes) return classes.has('det') || classes.has('poss') || classes.has('pron');
  if (cueVerbs().has(word)) {
    // "the report", "her statement": a noun-ambiguous cue form after a determiner is a noun.
    const previous = view.lower[i - 1] ?? '';
    // "A Government Accountability Office report": a base form after a singular name is a noun (the verb would be "reports").
    const afterName = !word.endsWith('s') && i > 0 && isCapitalizedToken(view, i - 1) && !previous.endsWith('s');
    return ambiguousCues().has(word) && (hasClass(previous, 'det') || hasClass(previous, 'poss') || previous === "'s" || afterName);
  }
  // Unknown lower-case words: nouns and adjectives mostly, but not adverbs or obvious verb forms.
  // "the family", "Scott's family": an -ly word after a determiner or possessive is a noun.
  if (word.endsWith('ly') && i > 0) {
    const previous = view.lower[i - 1]!;
    if (hasClass(previous, 'det') || hasClass(previous, 'poss') || previous === "'s") return true;
  }
  // "a publishing executive", "the ruling party": an -ing word right after a determiner modifies a noun.
  if (word.endsWith('ing') && i > 0 && /^[a-z]+ing$/.test(word) && (hasClass(view.lower[i - 1]!, 'det') || hasClass(view.lower[i - 1]!, 'poss')) && i + 1 < view.tokens.length && /^[a-z]/.test(view.lower[i + 1]!) && !PUNCT_STOP.has(view.tokens[i + 1]!.norm)) return true;
  if (word.endsWith('ly') || word.endsWith('ing')) return false;
  // "9/11 widow Terry Strada": a number with a slash is a modifier like any other.
  return /^[a-z][a-z'.-]*$/.test(word) || /^[0-9][0-9,./]*$/.test(word);
}

/** Subordinating conjunctions, which are never part of a noun phrase. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'whenever', 'while', 'whereas', 'although', 'though', 'because', 'unless', 'until', 'if']);

/** Forms of "be" that make a following participle passive ("was endorsed by", "it was revealed that"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Where the auxiliaries and negations just before `index` begin ("has been", "will not be"); never at or before `limit`. */
export function auxiliariesStart(view: TextView, index: number, limit: number): number {
  let k = index;
  while (k - 1 > limit && (hasClass(view.lower[k - 1]!, 'aux') || hasClass(view.lower[k - 1]!, 'neg'))) k--;
  return k;
}

/** Skip adverbs, auxiliaries and negation backwards from `index`; returns the first index that is none of them. */
export function skipAdverbsBack(view: TextView, index: number, limit: number): number {
  let k = index;
  while (k >= limit) {
    const word = view.lower[k]!;
    const token = view.tokens[k]!;
    // Untagged "-ly" words ("generally", "repeatedly") are adverbs unless a determiner makes them nouns ("the family").
    const lyAdverb = !token.upos && /^[a-z]{3,}ly$/.test(word) && k > limit && !hasClass(view.lower[k - 1]!, 'det') && !hasClass(view.lower[k - 1]!, 'poss') && view.lower[k - 1] !== "'s";
    if (hasClass(word, 'adv') || hasClass(word, 'aux') || hasClass(word, 'neg') || token.upos === 'ADV' || token.upos === 'AUX' || lyAdverb) k--;
    else break;
  }
  return k;
}

/** Words that may join time words in a phrase between a subject and its verb ("on Thursday evening", "last week"). */
const TIME_LINKS = new Set(['on', 'last', 'this', 'earlier', 'later', 'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']);

/** Skip a time phrase backwards from `index` ("Feinstein last week said", "Spicer on Thursday evening said"); returns the token before it. */
function skipTimeBack(view: TextView, index: number, limit: number): number {
  let k = index;
  let time = false;
  // "an arbitration panel in 2001 found": a year after "in".
  if (k - 1 >= limit && /^(1[89]|20)\d\d$/.test(view.lower[k]!) && view.lower[k - 1] === 'in') {
    k -= 2;
    time = true;
  }
  while (k >= limit && index - k < 5 && (hasClass(view.lower[k]!, 'time') || TIME_LINKS.has(view.lower[k]!))) {
    if (hasClass(view.lower[k]!, 'time') || view.lower[k] === 'week' || view.lower[k] === 'month' || view.lower[k] === 'year') time = true;
    k--;
  }
  // Only a whole time phrase after a subject is skipped ("Obama on Tuesday said"), not a bare "on".
  // A participle before it ("A report released last year found") is left to participleModified.
  return time && k >= limit && k < index && !hasClass(view.lower[k]!, 'prep') && !hasClass(view.lower[k]!, 'det') && !/^[a-z]{3,}ed$/.test(view.lower[k]!) ? k : index;
}

/** The noun phrase ending at token `last` (inclusive), scanning backwards no further than `limit`. */
export function phraseEndingAt(view: TextView, last: number, limit: number): Phrase | null {
  if (last < limit || !isPhraseWord(view, last)) return null;
  const word = view.lower[last]!;
  // A lone subject pronoun is the whole phrase.
  if (hasClass(word, 'pron') && !view.tokens[last]!.upos?.startsWith('N')) return { from: last, to: last + 1 };
  let k = last;
  const nameHead = isCapitalizedToken(view, last);
  while (k - 1 >= limit && last - (k - 1) < MAX_PHRASE) {
    const prev = k - 1;
    const prevWord = view.lower[prev]!;
    // "aides to Marsh", "officials in the department", "people familiar with the talks", "sources close to him".
    const roleLink = (prevWord === 'to' || prevWord === 'in' || prevWord === 'with' || prevWord === 'inside' || prevWord === 'within') && prev - 1 >= limit && (roleNouns().has(view.lower[prev - 1]!) || view.lower[prev - 1] === 'familiar' || view.lower[prev - 1] === 'close');
    if (roleLink) {
      k = prev - 1;
      continue;
    }
    if ((hasClass(view.lower[k]!, 'det') || hasClass(view.lower[k]!, 'poss')) && prevWord !== 'of' && prevWord !== 'on') break;
    if (prevWord === 'of' || prevWord === 'on' || prevWord === 'for' || prevWord === 'at' || prevWord === 'from') {
      // "The chairman of the House Intelligence Committee", "The Democrats on the House Judiciary committee".
      const before = prev - 1;
      const beforeWord = view.lower[before] ?? '';
      if (before >= limit && isPhraseWord(view, before) && !hasClass(beforeWord, 'pron') && (prevWord === 'of' || !beforeWord.endsWith('ed'))) {
        k = before;
        continue;
      }
      break;
    }
    if (prevWord === 'and' && prev - 1 >= limit && isCapitalizedToken(view, prev - 1) && isCapitalizedToken(view, k)) {
      k = prev - 1;
      continue;
    }
    if (prevWord === '-' && prev - 1 >= limit && !view.tokens[prev - 1]!.spaceAfter && !view.tokens[prev]!.spaceAfter) {
      k = prev - 1;
      continue;
    }
    if (!isPhraseWord(view, prev) || (hasClass(prevWord, 'pron') && !hasClass(prevWord, 'poss'))) break;
    // A name does not continue leftwards into a common noun ("interview Trump"), unless that noun is a title.
    if (nameHead && isCapitalizedToken(view, k) && !isCapitalizedToken(view, prev) && !hasClass(prevWord, 'det') && !hasClass(prevWord, 'poss') && prevWord !== "'s" && prevWord !== "'" && !isTitleWord(prevWord)) break;
    k = prev;
  }
  // Trim a leading conjunction or preposition that slipped in.
  while (k <= last && (hasClass(view.lower[k]!, 'conj') || hasClass(view.lower[k]!, 'prep'))) k++;
  if (k > last) return null;
  // A phrase that is only time words ("Friday", "recent"), or only apostrophes (the marks of `''` quotations), is no speaker.
  let allTime = true;
  let wordSeen = false;
  for (let m = k; m <= last; m++) {
    if (!hasClass(view.lower[m]!, 'time') && !TIME_ONLY.has(view.lower[m]!)) allTime = false;
    if (/[\p{L}\p{N}]/u.test(view.lower[m]!)) wordSeen = true;
  }
  return allTime || !wordSeen ? null : { from: k, to: last + 1 };
}

/** Is tokens [from, to) an appositive-like phrase (party tag, role description, relative clause, age)? */
export function looksAppositive(view: TextView, from: number, to: number): boolean {
  if (to <= from || to - from > 25) return false;
  const first = view.lower[from]!;
  if (APPOSITIVE_STARTERS.has(first)) return true;
  if (hasClass(first, 'det') || hasClass(first, 'poss') || first === 'who' || first === 'whose' || first === 'which') return true;
  // Party-state tags: D-CA, R-Wis., (D-N.Y.), (R)
  if (to - from <= 4 && /^[dri]$/.test(first) && view.tokens[from + 1]?.norm === '-') return true;
  if (to - from === 1 && /^[dri]$/.test(first)) return true;
  // A possessive phrase: "Pyongyang's only ally", "Color of Change's executive director".
  for (let j = from + 1; j < Math.min(to, from + 5); j++) if (view.lower[j] === "'s" || view.lower[j] === "'") return true;
  if (/^[0-9]{1,3}$/.test(first) && to - from === 1) return true;
  if (first === 'a' || first === 'an' || first === 'the') return true;
  // A role noun phrase starting lower case ("director of the Institute"), or Title-case role ("Director of").
  if (!isCapitalizedToken(view, from) && /^[a-z]/.test(first) && !cueVerbs().has(first)) return true;
  // "David Cameron, MP for Witney, added": a capitalized role before a preposition.
  if (roleNouns().has(first) && hasClass(view.lower[from + 1] ?? '', 'prep')) return true;
  return false;
}

/** The speaker phrase before a cue at token `cue` (a subject, possibly with an appositive), not crossing `limit`. */
export function subjectBefore(view: TextView, cue: number, limit: number): { phrase: Phrase; appositive: Phrase | null } | null {
  // A participle after a time word ("released a statement Thursday calling on …") modifies the noun; only a finite cue skips it.
  const adverbs = skipAdverbsBack(view, cue - 1, limit);
  let k = view.lower[cue]!.endsWith('ing') ? adverbs : skipTimeBack(view, adverbs, limit);
  // "Sen. Jack Reed (D-R.I.), said": a comma after a parenthetical tag closes nothing.
  if (view.tokens[k]?.norm === ',' && view.tokens[k - 1]?.norm === ')' && k - 1 >= limit) k--;
  if (k < limit) return null;
  const word = view.lower[k]!;
  // "an architect who said …": the relative pronoun stands for the phrase before it.
  if (word === 'who' || word === 'which' || word === 'that') {
    let j = k - 1;
    if (view.tokens[j]?.norm === ',') j--;
    const phrase = j >= limit ? phraseEndingAt(view, j, limit) : null;
    return phrase && !hasClass(view.lower[phrase.to - 1]!, 'pron') ? { phrase, appositive: null } : null;
  }
  // "Merrill says … and said she would …": a second verb shares the sentence subject.
  if ((word === 'and' || word === 'but') && k - 1 >= limit) {
    const phrase = sentenceSubject(view, view.tokens[cue]!.sentence, k);
    return phrase ? { phrase, appositive: null } : null;
  }
  if (view.tokens[k]!.norm === ',' || view.tokens[k]!.norm === ')' || view.tokens[k]!.norm === '--') {
    // NAME , APPOSITIVE , cue — find the comma (or parenthesis, or dash) that opens the appositive.
    const closer = view.tokens[k]!.norm;
    const opener = closer === ')' ? '(' : closer;
    let j = k - 1;
    while (j >= limit && view.tokens[j]!.norm !== opener && k - j < 28) {
      if (view.tokens[j]!.norm === '"' || view.tokens[j]!.norm === '.' || (opener === ',' && view.tokens[j]!.norm === ';')) return null;
      j--;
    }
    if (j < limit || view.tokens[j]!.norm !== opener) return null;
    // "Johnnie Wilson, of Springfield, Va., said": an appositive may hold commas of its own.
    for (let hops = 0; opener === ',' && hops < 2 && !looksAppositive(view, j + 1, k); hops++) {
      let earlier = j - 1;
      while (earlier >= limit && view.tokens[earlier]!.norm !== ',' && j - earlier < 12) earlier--;
      if (earlier < limit || view.tokens[earlier]!.norm !== ',' || !looksAppositive(view, earlier + 1, k)) break;
      j = earlier;
    }
    if (!looksAppositive(view, j + 1, k)) {
      // "The state's campaign chairman, Phil Lovas, said": a name in apposition to a role phrase.
      const role = phraseEndingAt(view, j - 1, limit);
      const name = phraseEndingAt(view, k - 1, j + 1);
      if (role && name && name.from === j + 1 && isCapitalizedToken(view, j + 1) && k - j <= 5 && (hasClass(view.lower[role.from]!, 'det') || hasClass(view.lower[role.from]!, 'poss') || view.lower[role.from + 1] === "'s")) {
        return { phrase: name, appositive: role };
      }
      // "One of the authors of that report, Ari Fleischer, said": a full name set off after a longer description.
      if (name && name.from === j + 1 && name.to === k && k - j >= 3 && k - j <= 5 && isCapitalizedToken(view, j + 1) && isCapitalizedToken(view, k - 1)) return { phrase: name, appositive: null };
      return null;
    }
    let nameEnd = j - 1;
    // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": skip a parenthetical tag before the appositive.
    if (view.tokens[nameEnd]?.norm === ')') {
      let open = nameEnd - 1;
      while (open > limit && view.tokens[open]!.norm !== '(' && nameEnd - open < 6) open--;
      if (view.tokens[open]?.norm === '(') nameEnd = open - 1;
    }
    let phrase = phraseEndingAt(view, nameEnd, limit);
    let appositiveFrom = j + 1;
    // A chain of appositives: "Sen. Al Franken, D-MN, who asked …, said".
    for (let hops = 0; phrase && hops < 2 && phrase.from - 1 > limit && view.tokens[phrase.from - 1]!.norm === ',' && looksAppositive(view, phrase.from, phrase.to); hops++) {
      const earlier = phraseEndingAt(view, phrase.from - 2, limit);
      if (!earlier || !isCapitalizedToken(view, earlier.to - 1)) break;
      appositiveFrom = phrase.from;
      phrase = earlier;
    }
    if (!phrase) return null;
    return { phrase, appositive: { from: appositiveFrom, to: k } };
  }
  const phrase = phraseEndingAt(view, k, limit);
  if (!phrase) return participleModified(view, k, limit);
  // "Protesters marching through the streets chanted": the subject is the noun the participle phrase modifies.
  const participle = phrase.from - 2;
  if (participle > limit && hasClass(view.lower[phrase.from - 1]!, 'prep') && /^[a-z]{3,}ing$/.test(view.lower[participle]!)) {
    const head = phraseEndingAt(view, participle - 1, limit);
    if (head && !hasClass(view.lower[head.to - 1]!, 'pron')) return { phrase: head, appositive: null };
  }
  return { phrase, appositive: null };
}

/**
 * "A Government Accountability Office report released last year found": a participle and its time adjunct
 * before the cue modify the noun before them, which is the subject. `k` is the last token before the cue.
 */
function participleModified(view: TextView, k: number, limit: number): { phrase: Phrase; appositive: Phrase | null } | null {
  let j = k;
  while (j >= limit && (hasClass(view.lower[j]!, 'time') || TIME_ONLY.has(view.lower[j]!) || view.lower[j] === 'last' || view.lower[j] === 'this')) j--;
  if (j === k || j - 1 < limit || !/^[a-z]{3,}ed$/.test(view.lower[j]!)) return null;
  const head = phraseEndingAt(view, j - 1, limit);
  return head && !hasClass(view.lower[head.to - 1]!, 'pron') ? { phrase: head, appositive: null } : null;
}

/** The noun phrase that starts at token `start` (for "said Sen. Schumer", "according to officials"). */
export function phraseStartingAt(view: TextView, start: number, limit: number): Phrase | null {
  let k = start;
  while (k < limit && k - start < MAX_PHRASE) {
    const word = view.lower[k]!;
    if (k > start && (hasClass(word, 'det') || hasClass(word, 'poss')) && !(view.lower[k - 1] === 'of')) break;
    if (word === 'of' && k > start && k + 1 < limit && isPhraseWord(view, k + 1)) {
      k++;
      continue;
    }
    if (word === '-' && k > start && !view.tokens[k - 1]!.spaceAfter && !view.tokens[k]!.spaceAfter) {
      k++;
      continue;
    }
    if (!isPhraseWord(view, k)) break;
    if (hasClass(word, 'pron') && !hasClass(word, 'poss')) {
      if (k === start) return { from: k, to: k + 1 };
      break;
    }
    // "Rep. Nancy Pelosi released …": a lower-case -ed word after a name is its verb.
    if (k > start && !view.tokens[k]!.upos && /^[a-z]+ed$/.test(word) && isCapitalizedToken(view, k - 1)) break;
    // "a memo seen by …", "documents obtained by …": a participle after a noun ends the phrase.
    if (k > start && !view.tokens[k]!.upos && (PARTICIPLES.has(word) || /^[a-z]{3,}ed$/.test(word)) && !hasClass(view.lower[k - 1]!, 'det')) break;
    k++;
  }
  return k > start ? { from: start, to: k } : null;
}

/** The last subject pronoun in tokens [from, to) ("… after she attacked … and blamed"), or null. */
export function lastSubjectPronoun(view: TextView, from: number, to: number): Phrase | null {
  for (let k = to - 1; k >= from; k--) if (SUBJECT_PRONOUNS.has(view.lower[k]!)) return { from: k, to: k + 1 };
  return null;
}

/** Words that end a fronted time phrase ("Hours later,", "Two days ago,"). */
const TIME_PHRASE_ENDS = new Set(['later', 'ago', 'earlier']);

/** After a fronted time phrase of up to four words and its comma ("Hours later,", "Last week,"), else `start`. */
function afterFrontedTime(view: TextView, start: number, before: number): number {
  let k = start;
  while (k < before && k - start < 5 && view.tokens[k]!.norm !== ',') k++;
  if (k === start || k >= before || view.tokens[k]!.norm !== ',') return start;
  const words = view.lower.slice(start, k);
  const timeOnly = words.every((word) => (hasClass(word, 'time') && !hasClass(word, 'det')) || /^\d+$/.test(word) || word === 'last' || word === 'this');
  return TIME_PHRASE_ENDS.has(words[words.length - 1]!) || timeOnly ? k + 1 : start;
}

/** After a dateline opening the sentence ("WASHINGTON, Dec. 8 (UPI) — …"), else `start`. */
function afterDateline(view: TextView, start: number, before: number): number {
  const upperCase = (k: number): boolean => /^[A-Z][A-Z.]{2,}$/.test(view.text.slice(view.tokens[k]?.start ?? 0, view.tokens[k]?.end ?? 0));
  if (!upperCase(start)) return start;
  const isDash = (k: number): boolean => view.tokens[k]?.norm === '--' || view.tokens[k]?.norm === '-';
  if (view.tokens[start + 1]?.norm === ',') {
    for (let k = start + 2; k < Math.min(before, start + 10); k++) if (isDash(k)) return k + 1;
    return start;
  }
  // "BRUSSELS - European leaders …", "NEW YORK — …", "LONDON (Reuters) - …": the place in capitals, an optional
  // agency in parentheses, then a dash.
  let k = start + 1;
  while (k < before && k - start < 4 && upperCase(k)) k++;
  if (view.tokens[k]?.norm === '(' && view.tokens[k + 2]?.norm === ')') k += 3;
  return k < before && isDash(k) && view.tokens[k]!.spaceAfter ? k + 1 : start;
}

/** The subject of a sentence: its first noun phrase after any fronted adverbial ("Earlier in the day, …"). */
export function sentenceSubject(view: TextView, sentence: number, before: number): Phrase | null {
  let start = view.sentenceFirst[sentence]!;
  while (start < before && (view.tokens[start]!.norm === '"' || view.tokens[start]!.norm === '(')) start++;
  start = afterDateline(view, start, before);
  start = afterFrontedTime(view, start, before);
  const firstWord = view.lower[start] ?? '';
  if (hasClass(firstWord, 'prep') || hasClass(firstWord, 'wh') || firstWord.endsWith('ly')) {
    // Skip a fronted adverbial up to its comma.
    let k = start;
    while (k < before && view.tokens[k]!.norm !== ',') k++;
    if (k >= before) {
      // "On September 27 they published …": with no comma, a subject pronoun after the adverbial is the subject.
      for (let j = start + 1; j < before; j++) if (SUBJECT_PRONOUNS.has(view.lower[j]!)) return { from: j, to: j + 1 };
      return null;
    }
    start = k + 1;
  }
  // "On Thursday, however, Trump …", "Chastened by the analyses, Trump …": a conjunctive adverb or a fronted
  // participle clause up to its comma is not the subject either.
  for (let hops = 0; hops < 2 && start < before; hops++) {
    const word = view.lower[start]!;
    const participle = start === view.sentenceFirst[sentence] && /^[a-z]{4,}(ed|ing)$/.test(word);
    if (!(view.tokens[start + 1]?.norm === ',' && /^[a-z]+$/.test(word) && !hasClass(word, 'pron')) && !participle) break;
    let k = start + 1;
    while (k < before && view.tokens[k]!.norm !== ',') k++;
    if (k >= before) break;
    start = k + 1;
  }
  const phrase = phraseStartingAt(view, start, before);
  if (!phrase) return null;
  // "Trump spoke to a gathering": an untagged irregular verb after a name, before a preposition or determiner, is not part of it.
  const last = phrase.to - 1;
  const after = view.lower[phrase.to] ?? '';
  if (last > phrase.from && !view.tokens[last]!.upos && /^[a-z]+$/.test(view.lower[last]!) && isCapitalizedToken(view, last - 1) && (hasClass(after, 'prep') || hasClass(after, 'det') || hasClass(after, 'poss'))) return { from: phrase.from, to: last };
  return phrase;
}
