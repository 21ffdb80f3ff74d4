/** The dates stage: finds temporal expressions and resolves them against the publication date or a dateline. */
import type { Stage } from '../pipeline/stage.js';
import { extractDates, type OpenerCache } from './extract.js';
import { chooseReference } from './reference-date.js';

/** Pipeline stage that fills doc.dates with normalized TIMEX3-style expressions. */
export const datesStage: Stage = {
  name: 'dates',
  requires: ['tokens', 'sentences'],
  assigns: ['dates'],
  run(doc) {
    // One cache of which extractors each word opens, for the dateline search and the main pass.
    const openers: OpenerCache = new Map();
    const reference = chooseReference(doc.text, doc.tokens, doc.date, openers);
    doc.diagnostics.push(...reference.diagnostics);
    doc.dates = extractDates(doc.text, doc.tokens, reference.day, openers);
    if (reference.day === null && doc.dates.some((date) => date.inferred !== undefined && date.anchor === null)) {
      doc.diagnostics.push({ code: 'DATES_UNANCHORED', severity: 'info', message: 'no publication date or dateline: relative dates ("Thursday", "last year") are kept with X for the parts that need a reference; pass a date to resolve them' });
    }
  },
};
