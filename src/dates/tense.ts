/**
 * The tense of the clause around a temporal expression, judged from nearby cue words: a future
 * modal or plan ("will", "'ll", "going to", "plans to", "next") points forward; a past auxiliary,
 * an irregular past form or an "-ed" verb points back. The nearest cue wins, looking left first,
 * because English puts the verb before its time adverbials more often than after.
 */
import { tenseCues } from './lexicon.js';
import { wordAt, type Scan } from './scan.js';

/** The tense of a clause, or null when nothing in reach says. */
export type Tense = 'past' | 'present' | 'future' | null;

/** How far, in tokens, to look for a cue on each side. */
const REACH = 12;
/** Tokens that end a clause: a cue beyond them belongs to another clause. */
const CLAUSE_BREAKS = new Set([';', ':', '\u2014', '--', '"', '\u201c', '\u201d', '(', ')', 'but', 'while', 'whereas', 'although']);
/**
 * Words before a schedule verb that make it a noun ("the meet", "his visit"), an infinitive ("to
 * meet"), a bare form after a modal ("would travel": no tense of its own) or no present tense ("did
 * not meet").
 */
const NOT_PRESENT_VERB = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", 'this', 'that', 'whose', 'no',
  'to', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'did', 'not', "n't", 'never']);
/** "-ed" words that are not past verbs. */
const NOT_PAST = new Set(['need', 'feed', 'seed', 'speed', 'bed', 'red', 'shed', 'bred', 'united', 'hundred', 'indeed', 'proceed', 'succeed', 'exceed', 'breed', 'weed', 'greed', 'creed', 'deed', 'heed', 'led']);

/** The tense cue at token i, `beforeDate` when it stands left of the date (see forward-cues.tsv for the kinds of forward cue). */
function cueAt(scan: Scan, i: number, beforeDate: boolean): Tense {
  const word = wordAt(scan, i);
  let cue = tenseCues().get(word);
  // "agreed to buy the unit in January": the infinitive's event lies ahead; elsewhere "agreed" is just a verb.
  if (cue === 'future-to-governing') cue = beforeDate && wordAt(scan, i + 1) === 'to' ? 'future' : undefined;
  // "protesters planned a rally on Saturday": what was planned lies ahead; "On Friday, it planned to pay" is Friday's plan.
  if (cue === 'future-governing') cue = beforeDate ? 'future' : undefined;
  // "Arafat and Netanyahu meet separately Monday": a scheduled event told in the present tense.
  if (cue === 'future-schedule') return beforeDate && !NOT_PRESENT_VERB.has(wordAt(scan, i - 1)) ? 'future' : null;
  // "going", "expected", "set", "due" look forward only with "to" ("going to", "set to").
  if (cue === 'future-to') {
    if (wordAt(scan, i + 1) !== 'to') return null;
    cue = 'future';
  }
  if (cue === 'future') {
    // "soon" looks forward only in "as soon as".
    if (word === 'soon' && wordAt(scan, i - 1) !== 'as') return null;
    // "had been scheduled to", "had been due to": a plan told in the past perfect is over by now.
    if (wordAt(scan, i - 1) === 'been' && wordAt(scan, i - 2) === 'had') return 'past';
    return 'future';
  }
  // "would be traveling Thursday": a progressive after "would" is a future told from the past.
  if (word === 'would') return wordAt(scan, i + 1) === 'be' && isProgressive(wordAt(scan, i + 2)) ? 'future' : null;
  // "is to resume", "are to meet": a present copula with "to" is a plan.
  if (cue === 'present') return wordAt(scan, i + 1) === 'to' ? 'future' : cue;
  const pastVerb = cue === 'past' ? word !== 'last' && word !== 'ago' : word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word) && /^[a-z]+$/.test(word);
  if (!pastVerb) return null;
  // A participle after "will be" / "would still be" is future ("will be held"); after "to" it is no tense at all.
  for (let k = i - 1; k >= i - 4 && k >= scan.from; k--) {
    const before = wordAt(scan, k);
    if (before === 'will' || before === "'ll" || before === 'shall' || before === 'would') return 'future';
    if (before === 'be' || before === 'been' || before === 'have' || before === 'still' || before === 'also' || before === 'not') continue;
    // "is to be sentenced": a participle inside an infinitive has no tense of its own.
    if (before === 'to') return null;
    break;
  }
  if (wordAt(scan, i - 1) === 'to') return null;
  return 'past';
}

function isProgressive(word: string): boolean {
  return word.length > 4 && word.endsWith('ing') && /^[a-z]+$/.test(word);
}

/** The other parenthesis of a short aside (up to six tokens) starting at i, looking in direction step, or null. */
function matchingParenthesis(scan: Scan, i: number, step: 1 | -1): number | null {
  const other = step === 1 ? ')' : '(';
  for (let k = i + step, n = 0; n < 7; k += step, n++) {
    const word = wordAt(scan, k);
    if (word === other) return k;
    if (word === '' || word === '(' || word === ')') return null;
  }
  return null;
}

/** The nearest cue around [first, last] and the token it is on, looking left first. */
function nearestCue(scan: Scan, first: number, last: number): { tense: Tense; at: number } {
  // "(4 a.m. EDT Thursday)": a parenthesis that only restates a time belongs to the clause around it.
  const left = wordAt(scan, first - 1) === '(' ? first - 2 : first - 1;
  const right = wordAt(scan, last + 1) === ')' && left === first - 2 ? last + 2 : last + 1;
  for (let i = left; i >= Math.max(scan.from, left + 1 - REACH); i--) {
    // "will leave at 4 a.m. (0800 GMT) Thursday": an aside in parentheses does not end the clause.
    if (wordAt(scan, i) === ')') {
      const open = matchingParenthesis(scan, i, -1);
      if (open !== null) {
        i = open;
        continue;
      }
    }
    if (CLAUSE_BREAKS.has(wordAt(scan, i))) break;
    const tense = cueAt(scan, i, true);
    if (tense !== null) return { tense, at: i };
  }
  for (let i = right; i < Math.min(scan.to, right + REACH); i++) {
    if (wordAt(scan, i) === '(') {
      const close = matchingParenthesis(scan, i, 1);
      if (close !== null) {
        i = close;
        continue;
      }
    }
    if (CLAUSE_BREAKS.has(wordAt(scan, i))) break;
    const tense = cueAt(scan, i, false);
    if (tense !== null) return { tense, at: i };
  }
  return { tense: null, at: -1 };
}

/** Judge the tense around the token range [first, last] of a sentence. */
export function tenseAround(scan: Scan, first: number, last: number): Tense {
  const before = wordAt(scan, first - 1);
  const cue = nearestCue(scan, first, last);
  // "until Tuesday": a deadline lies ahead, unless the clause is past perfect ("Until Thursday, they had not called him a suspect").
  if (before === 'until' || before === 'till') return cue.tense === 'past' && wordAt(scan, cue.at) === 'had' ? 'past' : 'future';
  // "pay down the loan by February": a deadline with no tense of its own is the nearest such date, ahead or
  // just behind ("ordered to repatriate the child by Jan. 14" the day after), never one far back.
  if (before === 'by' && cue.tense === null) return 'present';
  // "we need it before the summer": a limit with no tense of its own is likewise the nearest such date.
  const limit = before === 'the' ? wordAt(scan, first - 2) : before;
  if (limit === 'before' && cue.tense === null) return 'present';
  // "as early as Tuesday", "as soon as Tuesday": earliest dates lie ahead.
  if (before === 'as' && (wordAt(scan, first - 2) === 'early' || wordAt(scan, first - 2) === 'soon') && wordAt(scan, first - 3) === 'as') return 'future';
  return cue.tense;
}
