/** `whosaid search TEXT [--speaker NAME] [--about NAME] [--from DATE] [--to DATE] [--outlet X] [--limit N] [--cursor C] [--json] [--db ...]` */
import { parseArgs } from 'node:util';
import type { QuoteQuery, QuoteRecord } from '../store/types.js';
import { limitOption, withStore, writePage } from './corpus-query.js';
import { EXIT, type CliIo } from './io.js';

const HELP = `usage: whosaid search [TEXT] [options]

Ranked full-text search over the quotations in the corpus (newest first without TEXT).

options:
  --speaker NAME   quotations by a person whose name contains NAME
  --about NAME     quotations that mention a person whose name contains NAME
  --from DATE      published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE        published on or before DATE
  --outlet X       from this outlet
  --limit N        results per page (default 20)
  --cursor C       the next page, as printed after the results
  --json           print the page as JSON
  --db FILE|URL    SQLite file or postgres://... URL (default ./whosaid.db)
`;

function renderQuote(quote: QuoteRecord): string {
  const who = quote.speakerName ?? (quote.anonymous ? 'anonymous source' : 'unattributed');
  const where = [quote.outlet, quote.date, quote.articleTitle ?? quote.articleId].filter(Boolean).join(', ');
  const about = quote.about.length > 0 ? `\n    about: ${quote.about.join(', ')}` : '';
  return `${who}: “${quote.text}”\n    ${where} [${quote.id}]${about}\n`;
}

/** Run `whosaid search`. */
export async function searchCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      speaker: { type: 'string' }, about: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, outlet: { type: 'string' },
      limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const limit = limitOption(values.limit);
  const query: QuoteQuery = {
    ...(positionals.length > 0 ? { q: positionals.join(' ') } : {}),
    ...(values.speaker ? { speaker: values.speaker } : {}), ...(values.about ? { about: values.about } : {}),
    ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}), ...(values.outlet ? { outlet: values.outlet } : {}),
    ...(limit !== undefined ? { limit } : {}), ...(values.cursor ? { cursor: values.cursor } : {}),
  };
  const page = await withStore(values.db, (store) => store.searchQuotes(query));
  writePage(io, page, values.json, (items) => items.map(renderQuote).join('\n'), 'no quotations found\n');
  return EXIT.ok;
}
