/** `whosaid contradictions [--person NAME] [--limit N] [--cursor C] [--json] [--db ...]` */
import { parseArgs } from 'node:util';
import { limitOption, withStore, writePage } from './corpus-query.js';
import { EXIT, type CliIo } from './io.js';
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
  const limit = limitOption(values.limit);
  const page = await withStore(values.db, (store) => store.searchContradictions({
    ...(values.person ? { person: values.person } : {}), ...(limit !== undefined ? { limit } : {}), ...(values.cursor ? { cursor: values.cursor } : {}),
  }));
  writePage(io, page, values.json, (items) => `${items.map(renderContradiction).join('\n\n')}\n`, 'no contradictions found\n');
  return EXIT.ok;
}
