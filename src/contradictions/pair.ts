/**
 * Set a person's denial against a conflicting fact: same person, a clashing act family (a denied
 * contact against an affirmed meeting), objects of a shared group (the Russians ⊇ a Russian
 * diplomat), and the fact not later than the statement when both are dated. Precision first: a
 * narrowed denial ("to discuss any campaign") or a hypothetical act never pairs.
 */
import type { Contradiction, DateExpression, Span, TextSpan } from '../types.js';
import type { Claim } from './claims.js';
import { familyClashes } from './lexicon.js';
import { samePerson } from './people.js';
import { partitionPoint } from '../text/spans.js';

/** Below this confidence a pair is not reported. */
export const MIN_CONFIDENCE = 0.5;

const FAMILY_NOUN: Record<string, string> = { meet: 'meetings', contact: 'contact', pay: 'payments', receive: 'receipts', visit: 'visits' };
const FAMILY_PAST: Record<string, string> = { meet: 'met', contact: 'was in contact', pay: 'paid', receive: 'received', visit: 'visited' };

/** The lower-case surname of a person key: the bucket key for pairing (people named alike share it). */
function surnameOf(person: { name: string }): string {
  return (person.name.split(/\s+/).pop() ?? '').toLowerCase();
}

/** How many facts on either side of a denial (in text order) are considered; bounds the work on pathological input. */
const FACT_WINDOW = 100;

/** The facts of a bucket (in text order) nearest to an offset, at most FACT_WINDOW on each side. */
function nearest(bucket: readonly Claim[], offset: number): readonly Claim[] {
  if (bucket.length <= 2 * FACT_WINDOW) return bucket;
  const low = partitionPoint(bucket.length, (index) => bucket[index]!.span.start < offset);
  return bucket.slice(Math.max(0, low - FACT_WINDOW), low + FACT_WINDOW);
}

/** Whether a claim is a person's own denial (the statement side). */
export function isDenial(claim: Claim): boolean {
  return claim.negated && !claim.qualified && claim.groups.length > 0 && claim.speaker !== null && samePerson(claim.speaker, claim.holder);
}

/** Whether a claim is an affirmed act usable as the fact side. */
export function isAffirmedAct(claim: Claim): boolean {
  return !claim.negated && claim.groups.length > 0;
}

function dateIn(dates: readonly DateExpression[], span: Span): DateExpression | undefined {
  return dates.find((date) => date.start >= span.start && date.end <= span.end && date.type === 'DATE');
}

function laterThan(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length, 10);
  if (!/^\d{4}/.test(a) || !/^\d{4}/.test(b)) return false;
  return a.slice(0, length) > b.slice(0, length);
}

/** Confidence of a pair: a verbatim denial, a confirmed fact and an explicit contrast raise it; hedges and second-hand facts lower it. */
export function pairConfidence(statement: Claim, fact: Claim, sameSentenceContrast: boolean): number {
  let confidence = 0.65;
  if (statement.quoted) confidence += 0.1;
  if (fact.confirmed) confidence += 0.1;
  if (fact.hedged) confidence -= 0.05;
  if (sameSentenceContrast) confidence += 0.05;
  if (fact.speaker !== null && !samePerson(fact.speaker, fact.holder) && !fact.confirmed) confidence -= 0.1;
  if (statement.family !== fact.family) confidence -= 0.05;
  return Math.round(Math.min(0.95, Math.max(0, confidence)) * 100) / 100;
}

function quoteOf(text: string, span: Span): string {
  const slice = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return slice.length > 120 ? `${slice.slice(0, 117)}...` : slice;
}

/** Pair denials with facts inside one text; at most one contradiction (the most confident) per denial. */
export function pairClaims(text: string, claims: readonly Claim[], dates: readonly DateExpression[], sentenceSpan: (index: number) => Span): Contradiction[] {
  const results: Contradiction[] = [];
  const denials = claims.filter(isDenial);
  // Facts bucketed by surname, so pairing stays linear in practice on long input.
  const facts = new Map<string, Claim[]>();
  for (const fact of claims.filter(isAffirmedAct)) {
    const key = surnameOf(fact.holder);
    let bucket = facts.get(key);
    if (!bucket) facts.set(key, (bucket = []));
    bucket.push(fact);
  }
  for (const statement of denials) {
    let best: { fact: Claim; confidence: number } | undefined;
    const statementDate = dateIn(dates, statement.span) ?? dateIn(dates, sentenceSpan(statement.sentence));
    for (const fact of nearest(facts.get(surnameOf(statement.holder)) ?? [], statement.span.start)) {
      if (fact === statement || fact.span.start < statement.span.end && statement.span.start < fact.span.end) continue;
      if (!samePerson(statement.holder, fact.holder)) continue;
      if (!familyClashes(fact.family, statement.family)) continue;
      if (!fact.groups.some((group) => statement.groups.includes(group))) continue;
      const factDate = dateIn(dates, fact.span);
      // A meeting after the denial does not make the denial false when it was made.
      if (statementDate && factDate && laterThan(factDate.value, statementDate.value)) continue;
      const contrast = fact.sentence === statement.sentence && /\b(?:despite|but|contradict|conflict)/i.test(text.slice(sentenceSpan(fact.sentence).start, sentenceSpan(fact.sentence).end));
      const confidence = pairConfidence(statement, fact, contrast);
      if (confidence < MIN_CONFIDENCE) continue;
      if (!best || confidence > best.confidence) best = { fact, confidence };
    }
    if (!best) continue;
    const fact = best.fact;
    const statementSpan: TextSpan = { ...statement.span, text: text.slice(statement.span.start, statement.span.end) };
    const conflictsWith: TextSpan = { ...fact.span, text: text.slice(fact.span.start, fact.span.end) };
    const factDate = dateIn(dates, fact.span) ?? dateIn(dates, sentenceSpan(fact.sentence));
    const who = statement.holder.name;
    const asserted = fact.confirmed ? 'it is confirmed' : fact.speaker && !samePerson(fact.speaker, fact.holder) ? `${fact.speaker.name} says` : fact.speaker ? `${who} also said` : 'the article reports';
    results.push({
      person: { entity: statement.holder.entity, name: who },
      statement: statementSpan,
      conflictsWith,
      ...(statementDate ? { statementDate: statementDate.value } : {}),
      ...(factDate ? { factDate: factDate.value } : {}),
      confidence: best.confidence,
      explanation: `${who} denied ${FAMILY_NOUN[statement.family] ?? statement.family} ("${quoteOf(text, statement.span)}"), but ${asserted} that ${who} ${FAMILY_PAST[fact.family] ?? fact.family} ${quoteOf(text, { start: fact.span.end - fact.objectText.length, end: fact.span.end })}.`.replace(/\s+/g, ' ').replace(/ \./g, '.'),
      source: `rule:contradiction/denial-vs-${fact.speaker && samePerson(fact.speaker, fact.holder) ? 'statement' : 'fact'}`,
    });
  }
  return results;
}
