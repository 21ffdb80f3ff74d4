/** `whosaid contradictions [--person NAME] [--limit N] [--cursor C] [--json] [--db ...]` */
import { parseArgs } from 'node:util';
import { WhosaidError } from '../errors.js';
import { openStoreOption } from './ingest.js';
import { CliError, EXIT, type CliIo } from './io.js';
import { renderContradiction } from './render-records.js';

const HELP = `usage: whosaid contradictions [options]

Statements that clash with reported facts: inside one article, and a person's denial in one article
against an act another article reports. Newest statements first.

options:
  --person NAME    contradictions of a person whose name contains NAME (or with this person id)
  --limit N        contradictions per page (default 20)
  --cursor C       the next page, as printed after the results
  --json           print the page as JSON
  --db FILE|URL    SQLite file or postgres://... URL (default ./whosaid.db)
`;

/** Run `whosaid contradictions`. */
export async function contradictionsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { person: { type: 'string' }, limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new CliError('--limit must be a positive whole number', EXIT.usage);
  const store = await openStoreOption(values.db);
  try {
    const page = await store.searchContradictions({
      ...(values.person ? { person: values.person } : {}), ...(limit !== undefined ? { limit } : {}), ...(values.cursor ? { cursor: values.cursor } : {}),
    });
    if (values.json) io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
    else {
      io.stdout.write(page.items.length === 0 ? 'no contradictions found\n' : `${page.items.map(renderContradiction).join('\n\n')}\n`);
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
