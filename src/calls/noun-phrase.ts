/**
 * Token-level phrase finders for the call extractors: the subject left of a verb, the addressee
 * between a verb and "to", and the action after it. Plain linear scans with small limits, no
 * parser needed; when the dependency parser has filled `head`/`deprel` they are not yet used.
 */
import { inClass, speechVerbs } from './lexicon.js';
import { isCapitalizedToken, isQuoteMark, isWord, type SentenceView } from './sentence-view.js';

/** A half-open range of token indices in a sentence view. */
export interface TokenRange {
  from: number;
  to: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you']);
const NAME_GLUE = new Set(["'s", "'", '-', '.', '&']);
const MAX_SUBJECT = 12;
const TRAILING_FUNCTION_WORDS = new Set(['for', 'to', 'of', 'in', 'with', 'the', 'a', 'an', 'and', 'or', 'on', 'at', 'by', 'from', "'", '"']);
const MAX_ADDRESSEE = 10;
const MAX_LOWER_CASE_SUBJECT = 3;
/** Words that end the naming part of an addressee ("his supporters | at a rally", "staff | Monday"). */
const ADDRESSEE_TAIL = new Set(['at', 'in', 'during', 'on', 'after', 'before', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'again', 'also']);
const MAX_ACTION = 16;

const LOWER_CASE_OPENERS = new Set(['some', 'several', 'many', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'other', 'all', 'both', 'local', 'state', 'federal', 'two', 'three']);

/** Whether token `at` opens a reported clause: right after "that", a speech verb, or "X said," before it. */
function opensReportedClause(view: SentenceView, at: number): boolean {
  const previous = view.words[at - 1] ?? '';
  if (previous === 'that' || speechVerbs().has(previous)) return true;
  return previous === ',' && speechVerbs().has(view.words[at - 2] ?? '');
}

/** Whether a word is a personal subject pronoun. */
export function isSubjectPronoun(word: string): boolean {
  return SUBJECT_PRONOUNS.has(word);
}

/** Whether a word is a personal object pronoun. */
export function isObjectPronoun(word: string): boolean {
  return OBJECT_PRONOUNS.has(word);
}

function isSkippable(word: string): boolean {
  return inClass(word, 'skip') || (word.length > 4 && word.endsWith('ly')) || word === 'be' || word === 'been' || word === 'being';
}

/** Skip auxiliaries, adverbs and "plans to"/"is going to" leftwards from index `i` (inclusive); returns the new index. */
export function skipLeft(text: string, view: SentenceView, i: number): number {
  let j = i;
  for (let guard = 0; j >= 0 && guard < 8; guard++) {
    const word = view.words[j] ?? '';
    if (isSkippable(word) || word === 'not' || word === "n't" || isQuoteMark(word)) j--;
    else if (word === 'to' && j >= 1 && !isCapitalizedToken(text, view.tokens[j - 1]!) && isWord(view.words[j - 1] ?? '')) j -= 2;
    else break;
  }
  return j;
}

/** Jump left over an appositive or parenthetical that ends at index `j` (", D-NY," / "(R-Ind.)"); returns the index before it. */
function skipAppositive(view: SentenceView, j: number): number {
  const word = view.words[j];
  if (word === ')') {
    for (let k = j - 1; k >= 0 && k >= j - 8; k--) if (view.words[k] === '(') return k - 1;
    return j;
  }
  if (word !== ',') return j;
  for (let k = j - 1; k >= 1 && k >= j - 10; k--) {
    if (view.words[k] === ',') {
      // Only an appositive when a name stands before the opening comma ("Schumer, D-NY, said").
      const before = view.tokens[k - 1];
      return before && isWord(view.words[k - 1] ?? '') ? k - 1 : j;
    }
    if (isQuoteMark(view.words[k] ?? '')) return j;
  }
  return j;
}

/** The noun phrase ending just before token `verb` (its grammatical subject, roughly), or null. */
export function subjectBefore(text: string, view: SentenceView, verb: number): TokenRange | null {
  let j = skipLeft(text, view, verb - 1);
  j = skipAppositive(view, j);
  const end = j + 1;
  let count = 0;
  while (j >= 0 && count < MAX_SUBJECT) {
    const word = view.words[j] ?? '';
    if (count === 0 && SUBJECT_PRONOUNS.has(word)) {
      j--;
      count++;
      break;
    }
    if (!isWord(word) && !NAME_GLUE.has(word)) break;
    if (inClass(word, 'boundary') || speechVerbs().has(word)) break;
    if (count > 0 && SUBJECT_PRONOUNS.has(word)) break;
    j--;
    count++;
  }
  let from = j + 1;
  while (from < end && !isWord(view.words[from] ?? '')) from++;
  if (from >= end) return null;
  // "Sen. Al Franken, D-MN, who asked …, said": the phrase found is a party-state tag; the name is before it.
  if (isPartyTag(view, from, end) && view.words[from - 1] === ',' && from >= 2) return subjectBefore(text, view, from - 1);
  // A lower-case run without a capital or pronoun is rarely an actor ("the meeting"), but keep
  // descriptions such as "the city of Phoenix": require a capital, a pronoun, or a determiner start.
  const first = view.words[from] ?? '';
  let hasCapital = false;
  for (let k = from; k < end; k++) if (isCapitalizedToken(text, view.tokens[k]!)) hasCapital = true;
  const short = end - from <= MAX_LOWER_CASE_SUBJECT;
  if (!hasCapital && !short && !SUBJECT_PRONOUNS.has(first) && !inClass(first, 'determiner') && !LOWER_CASE_OPENERS.has(first) && !opensReportedClause(view, from)) return null;
  return { from, to: end };
}

/** Whether tokens [from, to) are a party-state tag such as "D-NY" or "R-Ind.". */
export function isPartyTag(view: SentenceView, from: number, to: number): boolean {
  if (to - from < 3 || to - from > 4 || view.words[from + 1] !== '-') return false;
  const party = view.words[from] ?? '';
  return party === 'd' || party === 'r' || party === 'i';
}

/** The addressee between a verb and its "to" ("urged [Republicans] to"), with the index of "to", or null. */
export function addresseeBefore(text: string, view: SentenceView, from: number): { range: TokenRange; toIndex: number } | null {
  for (let k = from; k < view.words.length && k < from + MAX_ADDRESSEE + 1; k++) {
    const word = view.words[k] ?? '';
    if (word === 'to') {
      if (k === from) return null;
      return { range: { from, to: k }, toIndex: k };
    }
    if (!isWord(word) && !NAME_GLUE.has(word)) return null;
    if (k > from && (SUBJECT_PRONOUNS.has(word) || OBJECT_PRONOUNS.has(word))) return null;
    if (inClass(word, 'boundary') || speechVerbs().has(word)) return null;
    if (word === 'about' || word === 'for' || word === 'on' || word === 'with') return null;
  }
  return null;
}

/** The naming part of an addressee range: cut at a preposition or time word ("his supporters at a rally"). */
export function addresseeName(view: SentenceView, range: TokenRange): TokenRange {
  for (let k = range.from + 1; k < range.to; k++) if (ADDRESSEE_TAIL.has(view.words[k] ?? '')) return { from: range.from, to: k };
  return range;
}

/** Whether the word after "to" or a modal can start an action (a lower-case verb, not "the" / a name). */
export function canStartAction(text: string, view: SentenceView, at: number): boolean {
  const token = view.tokens[at];
  const word = view.words[at];
  if (!token || !word || !isWord(word)) return false;
  if (isCapitalizedToken(text, token) && !isAllCapsSentence(text, view)) return false;
  if (inClass(word, 'not-action') || inClass(word, 'determiner')) return false;
  const code = word.charCodeAt(0);
  return !(code >= 0x30 && code <= 0x39);
}

function isAllCapsSentence(text: string, view: SentenceView): boolean {
  // An ASCII sentence is read in place, stopping at its first lower-case letter (usually within a few
  // characters): upper-casing a copy of the whole sentence at each capitalized word cost a string each time.
  for (let k = view.start; k < view.end; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0x80) {
      const slice = text.slice(view.start, view.end);
      return slice === slice.toUpperCase();
    }
    if (code >= 0x61 && code <= 0x7a) return false;
  }
  return true;
}

/** The action phrase starting at `from`: up to punctuation, a condition, or a new clause; null when empty. */
export function actionFrom(text: string, view: SentenceView, from: number): TokenRange | null {
  let k = from;
  while (k < view.words.length && k < from + MAX_ACTION) {
    const word = view.words[k] ?? '';
    const insideQuoteMark = word === '"' && k > from && isWord(view.words[k + 1] ?? '');
    if (!isWord(word) && word !== "'s" && word !== "n't" && word !== '-' && !(word === "'" && k > from) && !insideQuoteMark) break;
    if (k > from && (inClass(word, 'action-stop') || inClass(word, 'condition'))) break;
    if (k > from && word === 'and') {
      const next = view.tokens[k + 1];
      const nextWord = view.words[k + 1] ?? '';
      if (!next || isCapitalizedToken(text, next) || inClass(nextWord, 'determiner') || SUBJECT_PRONOUNS.has(nextWord) || nextWord === 'that') break;
    }
    k++;
  }
  // An action cut at a quotation mark may end on a function word ("participate in investigations for").
  while (k > from + 1 && TRAILING_FUNCTION_WORDS.has(view.words[k - 1] ?? '')) k--;
  return k > from ? { from, to: k } : null;
}
