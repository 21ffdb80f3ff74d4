// `npm run eval -- timex [--split dev|held-out|all] [--errors N]`: temporal expression extraction and
// normalization on TimeBank + AQUAINT (TBAQ-cleaned), scored as in TempEval-3, with chrono-node's scores
// from the same run ("chrono": values at the granularity chrono marks certain; "chrono-d": every value a full day). The held-out fifth of the files (fixed by a hash of the file name) is never used for tuning.
import * as chrono from 'chrono-node';
import { parseDay } from '../../src/dates/calendar.js';
import { extractDates } from '../../src/dates/extract.js';
import { segment } from '../../src/text/segment.js';
import { isHeldOut, loadCorpus, type GoldTimex, type TimemlDocument } from './timeml-corpus.js';

interface Predicted {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

interface Tally {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const split = option('split') ?? 'both';
const errorLimit = Number(option('errors') ?? 0);
const root = new URL('../../../shared/data/timeml/TBAQ-cleaned', import.meta.url).pathname;

function emptyTally(): Tally {
  return { gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

/** Score one document: one-to-one overlap matching, greedy by largest overlap. */
function score(gold: readonly GoldTimex[], predicted: readonly Predicted[], tally: Tally, errors: string[] | null, document?: TimemlDocument): void {
  const context = (start: number, end: number): string => document ? `\t${document.dct}\t${document.text.slice(Math.max(0, start - 70), end + 50).replace(/\s+/g, ' ')}` : '';
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  const used = new Set<number>();
  const matchedGold = new Set<number>();
  for (let g = 0; g < gold.length; g++) {
    const target = gold[g]!;
    let best = -1;
    let bestOverlap = 0;
    for (let p = 0; p < predicted.length; p++) {
      if (used.has(p)) continue;
      const candidate = predicted[p]!;
      const overlap = Math.min(target.end, candidate.end) - Math.max(target.start, candidate.start);
      if (overlap > bestOverlap) {
        best = p;
        bestOverlap = overlap;
      }
    }
    if (best < 0) {
      errors?.push(`MISS\t${target.type}\t${target.text}\t${target.value}${context(target.start, target.end)}`);
      continue;
    }
    used.add(best);
    matchedGold.add(g);
    const match = predicted[best]!;
    tally.relaxed++;
    if (match.start === target.start && match.end === target.end) tally.strict++;
    else errors?.push(`SPAN\t${target.text}\t${match.text}`);
    if (match.value === target.value) tally.value++;
    else errors?.push(`VALUE\t${target.type}\t${target.text}\t${target.value}\t${match.value}${context(target.start, target.end)}`);
    if (match.type === target.type) tally.type++;
    else errors?.push(`TYPE\t${target.text}\t${target.type}\t${match.type}`);
  }
  for (let p = 0; p < predicted.length; p++) if (!used.has(p)) errors?.push(`EXTRA\t${predicted[p]!.type}\t${predicted[p]!.text}\t${predicted[p]!.value}${context(predicted[p]!.start, predicted[p]!.end)}`);
}

function whosaid(document: TimemlDocument): Predicted[] {
  const segmented = segment(document.text);
  return extractDates(document.text, segmented.tokens, parseDay(document.dct));
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** chrono-node's results mapped to TIMEX3 values at the granularity of what it says is certain. */
function chronoBaseline(document: TimemlDocument): Predicted[] {
  const reference = parseDay(document.dct);
  const referenceDate = reference ? new Date(reference.year, reference.month - 1, reference.day, 12) : new Date();
  return chrono.parse(document.text, referenceDate).map((result) => {
    const start = result.start;
    const date = `${start.get('year') ?? 'XXXX'}`.padStart(4, '0');
    let value = date;
    let type = 'DATE';
    if (start.isCertain('month') || start.isCertain('day') || start.isCertain('weekday')) value += `-${pad2(start.get('month') ?? 1)}`;
    if (start.isCertain('day') || start.isCertain('weekday')) value += `-${pad2(start.get('day') ?? 1)}`;
    if (start.isCertain('hour')) {
      value = `${date}-${pad2(start.get('month') ?? 1)}-${pad2(start.get('day') ?? 1)}T${pad2(start.get('hour') ?? 0)}:${pad2(start.get('minute') ?? 0)}`;
      type = 'TIME';
    }
    return { start: result.index, end: result.index + result.text.length, text: result.text, type, value };
  });
}

/** chrono-node's results as full days, the way its `date()` is usually consumed (no granularity). */
function chronoAsDays(document: TimemlDocument): Predicted[] {
  return chronoBaseline(document).map((result) => ({ ...result, value: /^\d{4}-\d{2}$/.test(result.value) ? `${result.value}-01` : /^\d{4}$/.test(result.value) ? `${result.value}-01-01` : result.value }));
}

function report(name: string, tally: Tally): void {
  const f1 = (correct: number): string => {
    const precision = tally.predicted === 0 ? 0 : correct / tally.predicted;
    const recall = tally.gold === 0 ? 0 : correct / tally.gold;
    const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f.toFixed(3)}`;
  };
  const accuracy = (correct: number): string => (tally.relaxed === 0 ? 0 : correct / tally.relaxed).toFixed(3);
  console.log(`  ${name.padEnd(8)} strict ${f1(tally.strict)} | relaxed ${f1(tally.relaxed)} | value ${f1(tally.value)} (acc ${accuracy(tally.value)}) | type acc ${accuracy(tally.type)}`);
}

const corpus = loadCorpus(root);
const parts: Array<[string, TimemlDocument[]]> = [];
if (split === 'dev' || split === 'both') parts.push(['dev', corpus.filter((document) => !isHeldOut(document.file))]);
if (split === 'held-out' || split === 'both') parts.push(['held-out', corpus.filter((document) => isHeldOut(document.file))]);
if (split === 'all') parts.push(['all', corpus]);
for (const [name, documents] of parts) {
  const ours = emptyTally();
  const baseline = emptyTally();
  const errors: string[] | null = errorLimit > 0 && name === 'dev' ? [] : null;
  const started = performance.now();
  for (const document of documents) score(document.timexes, whosaid(document), ours, errors, document);
  const elapsed = performance.now() - started;
  for (const document of documents) score(document.timexes, chronoBaseline(document), baseline, null);
  const baselineDays = emptyTally();
  for (const document of documents) score(document.timexes, chronoAsDays(document), baselineDays, null);
  console.log(`${name}: ${documents.length} files, ${ours.gold} gold TIMEX3 (whosaid ${elapsed.toFixed(0)} ms incl. segmentation)`);
  report('whosaid', ours);
  report('chrono', baseline);
  report('chrono-d', baselineDays);
  if (errors) for (const line of errors.slice(0, errorLimit)) console.log(line);
}
