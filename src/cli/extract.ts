/** `whosaid extract FILE... [--format text|jsonl|json]`: the article text, title, byline and date of each input. */
import { parseArgs } from 'node:util';
import { readArticles, readArticlesFromBytes, type ArticleReadResult, type ArticleRecord } from '../extract/index.js';
import { CliError, EXIT, readStdin, type CliIo } from './io.js';

const HELP = `usage: whosaid extract FILE... [options]

Print the article in each file: .html, .htm, .html.gz, .txt, .jsonl (one article per line),
RSS or Atom feeds (one article per item), or a directory of such files. - reads standard input.

options:
  --format F    text (default, for reading), jsonl (one {source, title, byline, date, text} per
                article), or json (an array of the same with the source map and diagnostics)

exit codes: 0 all read; 1 some files or records skipped (each reported on stderr);
            2 usage error; 3 nothing could be read.
`;

const FORMATS = ['text', 'jsonl', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The printed fields of one article: the contract of `--format jsonl`. */
function summary(record: ArticleRecord): Record<string, unknown> {
  return {
    source: record.location,
    ...(record.id !== undefined ? { id: record.id } : {}),
    ...(record.url !== undefined ? { url: record.url } : {}),
    title: record.title ?? null,
    byline: record.byline ?? null,
    date: record.date ?? null,
    text: record.text,
  };
}

function renderText(record: ArticleRecord): string {
  const lines = [`== ${record.location}`];
  if (record.title) lines.push(`title:  ${record.title}`);
  if (record.byline) lines.push(`byline: ${record.byline}`);
  if (record.date) lines.push(`date:   ${record.date}`);
  for (const diagnostic of record.diagnostics) if (diagnostic.severity !== 'info') lines.push(`note:   ${diagnostic.message}`);
  return `${lines.join('\n')}\n\n${record.text}\n\n`;
}

/** Run `whosaid extract`. */
export async function extractCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new CliError(`unknown --format '${values.format}' (use text, jsonl or json)`, EXIT.usage);
  if (positionals.length === 0) throw new CliError(`name at least one FILE, or - for standard input\n\n${HELP}`, EXIT.usage);

  let articles = 0;
  let problems = 0;
  const collected: Record<string, unknown>[] = [];
  for (const input of positionals) {
    const results: AsyncIterable<ArticleReadResult> | Iterable<ArticleReadResult> = input === '-' ? readArticlesFromBytes(await readStdin(io), 'stdin') : readArticles(input);
    for await (const result of results) {
      if (result.kind === 'problem') {
        problems++;
        io.stderr.write(`whosaid extract: ${result.location}: skipped (${result.code}): ${result.message}\n`);
        continue;
      }
      articles++;
      if (format === 'jsonl') io.stdout.write(`${JSON.stringify(summary(result))}\n`);
      else if (format === 'json') collected.push({ ...summary(result), sourceMap: result.sourceMap ?? null, diagnostics: result.diagnostics });
      else io.stdout.write(renderText(result));
    }
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify(collected, null, 2)}\n`);
  if (articles === 0 && problems > 0) return EXIT.input;
  return problems > 0 ? EXIT.partial : EXIT.ok;
}
