/**
 * `npm run eval -- quotes [--split dev|train] [--errors] [--by-cue] [--limit N] [--only ID]`
 * Scores quotation extraction and attribution against PolNeAR gold (../shared/data/polnear/gold-<split>.jsonl).
 *
 * (a) content match at 50%: a predicted quote matches a gold attribution when the character overlap of their
 *     content pieces is at least half of the longer of the two; one-to-one, greedy by overlap.
 * (b) exact content match after trimming surrounding spaces, punctuation and quotation marks.
 * (c) speaker: for matched pairs, right when the predicted speaker mention — or any mention of the predicted
 *     speaker entity — overlaps the gold source span (gold with no source: right when the prediction has none).
 * (d) the same restricted to gold attributions that carry quotation marks (direct + mixed) and to predictions
 *     whose content carries a quotation mark.
 * (e) cue accuracy: for matched pairs, the predicted cue overlaps the gold cue (gold without cue: none predicted).
 * --by-cue lists, per predicted cue word and per rule, how many predictions matched, to find rules that cost precision.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/analyze.js';
import type { Analysis, Quote, Span } from '../../src/types.js';

interface GoldQuote {
  id: string;
  start: number;
  end: number;
  fragments: Array<[number, number]>;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  kind: 'direct' | 'indirect' | 'mixed';
}

interface GoldArticle {
  id: string;
  date: string;
  title: string;
  text: string;
  quotes: GoldQuote[];
}

interface Pair {
  gold: GoldQuote;
  pred: Quote;
}

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    errors: { type: 'boolean', default: false },
    limit: { type: 'string' },
    only: { type: 'string' },
    'by-cue': { type: 'boolean', default: false },
  },
});

const path = `../shared/data/polnear/gold-${values.split}.jsonl`;
let articles: GoldArticle[] = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as GoldArticle);
if (values.only) articles = articles.filter((a) => a.id.includes(values.only!));
if (values.limit) articles = articles.slice(0, Number(values.limit));

const QUOTE_CHARS = /["\u201c\u201d\u00ab\u00bb\u201e]/;

function overlap(a: Span[], b: Span[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}
const size = (pieces: Span[]): number => pieces.reduce((sum, p) => sum + (p.end - p.start), 0);
const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const goldPieces = (g: GoldQuote): Span[] => g.fragments.map(([start, end]) => ({ start, end }));

function trimText(text: string): string {
  return text.replace(/^[\s"'“”‘’.,;:!?()\-—–]+|[\s"'“”‘’.,;:!?()\-—–]+$/g, '');
}

function match(gold: GoldQuote[], pred: Quote[]): Pair[] {
  const candidates: Array<{ g: number; p: number; score: number }> = [];
  gold.forEach((g, gi) => {
    const gp = goldPieces(g);
    pred.forEach((p, pi) => {
      const o = overlap(gp, p.fragments);
      if (o > 0 && o >= 0.5 * Math.max(size(gp), size(p.fragments))) candidates.push({ g: gi, p: pi, score: o });
    });
  });
  candidates.sort((x, y) => y.score - x.score);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push({ gold: gold[c.g]!, pred: pred[c.p]! });
  }
  return pairs;
}

function speakerRight(pair: Pair, analysis: Analysis): boolean {
  const g = pair.gold;
  const s = pair.pred.speaker;
  if (g.speakerStart === null || g.speakerEnd === null) return s.mention === null && s.entity === null;
  const goldSpan = { start: g.speakerStart, end: g.speakerEnd };
  if (s.mention && spansOverlap(s.mention, goldSpan)) return true;
  if (s.entity) {
    const entity = analysis.entities.find((e) => e.id === s.entity);
    if (entity?.mentions.some((m) => spansOverlap(m, goldSpan))) return true;
  }
  return false;
}

function cueRight(pair: Pair): boolean {
  const g = pair.gold;
  if (g.cueStart === null || g.cueEnd === null) return pair.pred.cue === null;
  return pair.pred.cue !== null && spansOverlap(pair.pred.cue, { start: g.cueStart, end: g.cueEnd });
}

interface Tally {
  gold: number;
  pred: number;
  matched: number;
  exact: number;
  speaker: number;
  cue: number;
}
const empty = (): Tally => ({ gold: 0, pred: 0, matched: 0, exact: 0, speaker: 0, cue: 0 });
const all = empty();
const marked = empty();
const errorLines: string[] = [];
/** Per predicted cue word (and per rule): predictions and how many matched gold, over all attributions. */
const byCue = new Map<string, { pred: number; matched: number }>();
function countCue(key: string, matched: boolean): void {
  const row = byCue.get(key) ?? { pred: 0, matched: 0 };
  row.pred++;
  if (matched) row.matched++;
  byCue.set(key, row);
}
let chars = 0;
const started = performance.now();

for (const article of articles) {
  const analysis = analyze({ text: article.text, date: article.date, id: article.id, title: article.title });
  chars += article.text.length;
  const text = article.text;
  for (const [tally, gold, pred] of [
    [all, article.quotes, analysis.quotes],
    [marked, article.quotes.filter((q) => q.kind !== 'indirect'), analysis.quotes.filter((q) => QUOTE_CHARS.test(q.content.text))],
  ] as const) {
    const pairs = match(gold, pred);
    tally.gold += gold.length;
    tally.pred += pred.length;
    tally.matched += pairs.length;
    for (const pair of pairs) {
      const goldText = pair.gold.fragments.map(([s, e]) => text.slice(s, e)).join(' ');
      const predText = pair.pred.fragments.map((f) => text.slice(f.start, f.end)).join(' ');
      if (trimText(goldText) === trimText(predText)) tally.exact++;
      const right = speakerRight(pair, analysis);
      if (right) tally.speaker++;
      if (cueRight(pair)) tally.cue++;
      if (values.errors && tally === all && !right) {
        errorLines.push(`WRONG SPEAKER ${article.id}\n  content: ${clip(predText)}\n  gold speaker: ${pair.gold.speaker ?? '(none)'}   predicted: ${pair.pred.speaker.mention?.text ?? '(none)'} → ${pair.pred.speaker.name ?? '-'} [${pair.pred.source}]`);
      }
    }
    if (values['by-cue'] && tally === all) {
      const matchedPred = new Set(pairs.map((p) => p.pred));
      for (const p of pred) {
        countCue(`cue ${p.cue?.text.toLowerCase() ?? '-'}`, matchedPred.has(p));
        countCue(`rule ${p.source}`, matchedPred.has(p));
      }
    }
    if (values.errors && tally === all) {
      const matchedGold = new Set(pairs.map((p) => p.gold));
      const matchedPred = new Set(pairs.map((p) => p.pred));
      for (const g of gold) {
        if (matchedGold.has(g)) continue;
        // A miss that a prediction overlaps is a boundary error, not a missed cue: show the nearest one.
        const pieces = goldPieces(g);
        const nearest = pred.map((p) => ({ p, o: overlap(pieces, p.fragments) })).filter((x) => x.o > 0).sort((x, y) => y.o - x.o)[0];
        const partial = nearest ? `\n  partial (${Math.round((100 * nearest.o) / Math.max(size(pieces), size(nearest.p.fragments)))}%, ${nearest.p.source}): ${clip(nearest.p.content.text)}` : '';
        errorLines.push(`MISS ${article.id} [${g.kind}] speaker=${g.speaker ?? '-'} cue=${g.cue ?? '-'}\n  ${clip(g.fragments.map(([s, e]) => text.slice(s, e)).join(' … '))}\n  near: ${clip(text.slice(Math.max(0, g.start - 80), g.end + 80))}${partial}`);
      }
      for (const p of pred) if (!matchedPred.has(p)) errorLines.push(`FALSE ALARM ${article.id} [${p.kind}] ${p.source} speaker=${p.speaker.mention?.text ?? '-'} cue=${p.cue?.text ?? '-'}\n  ${clip(p.content.text)}`);
    }
  }
}
const seconds = (performance.now() - started) / 1000;

function clip(s: string, n = 220): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
}

function report(name: string, t: Tally): void {
  const p = t.pred ? t.matched / t.pred : 0;
  const r = t.gold ? t.matched / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const ep = t.pred ? t.exact / t.pred : 0;
  const er = t.gold ? t.exact / t.gold : 0;
  const ef = ep + er ? (2 * ep * er) / (ep + er) : 0;
  const sp = t.pred ? t.speaker / t.pred : 0;
  const sr = t.gold ? t.speaker / t.gold : 0;
  const e2e = sp + sr ? (2 * sp * sr) / (sp + sr) : 0;
  const fmt = (x: number): string => x.toFixed(3);
  console.log(`\n${name}: gold ${t.gold}, predicted ${t.pred}, matched ${t.matched}`);
  console.log(`  (a) content F1@50   P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}`);
  console.log(`  (b) exact content   P ${fmt(ep)}  R ${fmt(er)}  F1 ${fmt(ef)}`);
  console.log(`  (c) speaker accuracy (matched) ${fmt(t.matched ? t.speaker / t.matched : 0)}   end-to-end P ${fmt(sp)}  R ${fmt(sr)}  F1 ${fmt(e2e)}`);
  console.log(`  (e) cue accuracy (matched) ${fmt(t.matched ? t.cue / t.matched : 0)}`);
}

if (values.errors) console.log(errorLines.join('\n'));
if (values['by-cue']) {
  const rows = [...byCue].sort((a, b) => b[1].pred - a[1].pred);
  for (const [key, row] of rows) console.log(`${String(row.pred).padStart(5)} predicted  ${(row.matched / row.pred).toFixed(2)} precision  ${key}`);
}
console.log(`PolNeAR ${values.split}: ${articles.length} articles, ${(chars / 1e6).toFixed(2)} MB analyzed in ${seconds.toFixed(1)} s`);
report('all attributions', all);
report('(d) quotation-marked (gold direct+mixed; predictions containing a quotation mark)', marked);
