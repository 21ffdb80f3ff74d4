/** `whosaid calls [--actor NAME] [--target NAME] [--action WORDS] [--from D] [--to D] [--limit N] [--cursor C] [--json] [--db ...]` */
import { parseArgs } from 'node:util';
import type { CallQuery } from '../store/types.js';
import { limitOption, withStore, writePage } from './corpus-query.js';
import { EXIT, type CliIo } from './io.js';
import { renderCall } from './render-records.js';

const HELP = `usage: whosaid calls [options]

Calls to act in the corpus (who urges whom to do what), newest articles first.

options:
  --actor NAME     calls made by a person whose name contains NAME (or with this person id)
  --target NAME    calls made to a person whose name contains NAME (or with this person id)
  --action WORDS   calls whose action contains WORDS ("resign")
  --from DATE      in articles published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE        in articles published on or before DATE
  --limit N        calls per page (default 20)
  --cursor C       the next page, as printed after the calls
  --json           print the page as JSON
  --db FILE|URL    SQLite file or postgres://... URL (default ./whosaid.db)
`;

/** Run `whosaid calls`. */
export async function callsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      actor: { type: 'string' }, target: { type: 'string' }, action: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const limit = limitOption(values.limit);
  const query: CallQuery = {
    ...(values.actor ? { actor: values.actor } : {}), ...(values.target ? { target: values.target } : {}), ...(values.action ? { action: values.action } : {}),
    ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}),
    ...(limit !== undefined ? { limit } : {}), ...(values.cursor ? { cursor: values.cursor } : {}),
  };
  const page = await withStore(values.db, (store) => store.searchCalls(query));
  writePage(io, page, values.json, (items) => `${items.map(renderCall).join('\n\n')}\n`, 'no calls found\n');
  return EXIT.ok;
}
