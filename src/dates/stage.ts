/** The dates stage: finds temporal expressions and resolves them against the publication date or a dateline. */
import { viewOf } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import { extractDates, newDateScanCache } from './extract.js';
import { chooseReference } from './reference-date.js';

/** Pipeline stage that fills doc.dates with normalized TIMEX3-style expressions. */
export const datesStage: Stage = {
  name: 'dates',
  requires: ['tokens', 'sentences'],
  assigns: ['dates'],
  run(doc) {
    // The dateline search and the main pass read the same opening: they share one cache.
    const cache = newDateScanCache();
    const reference = chooseReference(doc.text, doc.tokens, doc.date, cache);
    doc.diagnostics.push(...reference.diagnostics);
    // The document view's lower-case forms are built once for every stage that reads tokens.
    doc.dates = extractDates(doc.text, doc.tokens, reference.day, cache, viewOf(doc).lower);
    if (reference.day === null && doc.dates.some((date) => date.inferred !== undefined && date.anchor === null)) {
      doc.diagnostics.push({ code: 'dates-unanchored', severity: 'info', message: 'no publication date or dateline: relative dates ("Thursday", "last year") are kept with X for the parts that need a reference; pass a date to resolve them' });
    }
  },
};
