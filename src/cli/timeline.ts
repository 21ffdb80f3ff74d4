/** `whosaid timeline NAME|ID [--limit N] [--cursor C] [--json] [--db ...]`: a person's events across the corpus in calendar order. */
import { parseArgs } from 'node:util';
import { WhosaidError } from '../errors.js';
import { openStoreOption } from './ingest.js';
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
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new CliError('--limit must be a positive whole number', EXIT.usage);
  const name = positionals.join(' ');
  const store = await openStoreOption(values.db);
  try {
    const page = await store.timeline(name, { ...(limit !== undefined ? { limit } : {}), ...(values.cursor ? { cursor: values.cursor } : {}) });
    if (!page) {
      io.stderr.write(`whosaid timeline: nobody called '${name}' in the corpus\n`);
      return EXIT.input;
    }
    if (values.json) io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
    else {
      io.stdout.write(page.items.length === 0 ? 'no events found\n' : `${page.items.map(renderTimelineEntry).join('\n')}\n`);
      if (page.nextCursor) io.stdout.write(`\nmore: --cursor ${page.nextCursor}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof WhosaidError && error.code === 'INVALID_OPTION') throw new CliError(error.message, EXIT.usage);
    throw error;
  } finally {
    await store.close();
  }
}
