/** `whosaid timeline NAME|ID [--limit N] [--cursor C] [--json] [--db ...]`: a person's events across the corpus in calendar order. */
import { parseArgs } from 'node:util';
import { limitOption, withStore, writePage } from './corpus-query.js';
import { CliError, EXIT, type CliIo } from './io.js';
import { renderTimelineEntry } from './render-records.js';

const HELP = `usage: whosaid timeline NAME|ID [options]

A person's events across the corpus, as the one who acts or as someone taking part: dated events
in calendar order, then undated ones.

options:
  --limit N        entries per page (default 20)
  --cursor C       the next page, as printed after the entries
  --json           print the page as JSON
  --db FILE|URL    SQLite file or postgres://... URL (default ./whosaid.db)
`;

/** Run `whosaid timeline`. */
export async function timelineCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError(`name a person\n\n${HELP}`, EXIT.usage);
  const limit = limitOption(values.limit);
  const name = positionals.join(' ');
  const page = await withStore(values.db, (store) => store.timeline(name, { ...(limit !== undefined ? { limit } : {}), ...(values.cursor ? { cursor: values.cursor } : {}) }));
  if (!page) {
    io.stderr.write(`whosaid timeline: nobody called '${name}' in the corpus\n`);
    return EXIT.input;
  }
  writePage(io, page, values.json, (items) => `${items.map(renderTimelineEntry).join('\n')}\n`, 'no events found\n');
  return EXIT.ok;
}
