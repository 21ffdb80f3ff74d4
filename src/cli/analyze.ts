/** `whosaid analyze FILE|- [--json | --format text|json|jsonl] [--date YYYY-MM-DD] [--tokens]` */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyze, DEFAULT_MAX_LENGTH } from '../analyze.js';
import { WhosaidError } from '../errors.js';
import { decodeBytes } from '../io/decode.js';
import { extractFromBytes, isHtmlFileName } from '../extract/index.js';
import { renderTextReport } from '../report/text-report.js';
import type { AnalyzeInput } from '../types.js';
import { CliError, EXIT, readStdin, type CliIo } from './io.js';

const HELP = `usage: whosaid analyze FILE|- [options]

Analyze one article (plain text) and print who said what.

options:
  --json                 print the Analysis as JSON (same as --format json)
  --format F             text (default), json, or jsonl: read JSONL lines {id, text, date?, title?}
                         from FILE or stdin and write one Analysis per line with the same id
  --date YYYY-MM-DD      publication date, the reference for relative dates
  --title T              the article's title
  --tokens               include tokens (with POS and dependencies) in JSON output
  --max-size BYTES       refuse larger inputs (default ${DEFAULT_MAX_LENGTH})
`;

/** Run `whosaid analyze`. */
export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      date: { type: 'string' },
      title: { type: 'string' },
      tokens: { type: 'boolean' },
      'max-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const format = values.json ? 'json' : values.format ?? 'text';
  if (!['text', 'json', 'jsonl'].includes(format)) throw new CliError(`unknown --format '${format}' (use text, json or jsonl)`, EXIT.usage);
  const source = positionals[0];
  if (!source || positionals.length > 1) throw new CliError(`name one FILE, or - for standard input\n\n${HELP}`, EXIT.usage);
  const maxSize = values['max-size'] ? Number(values['max-size']) : DEFAULT_MAX_LENGTH;
  if (!Number.isFinite(maxSize) || maxSize <= 0) throw new CliError(`--max-size must be a positive number of bytes`, EXIT.usage);
  const options = { tokens: values.tokens === true, maxLength: maxSize };

  if (format === 'jsonl') return analyzeJsonl(source, io, options, values.date);

  const bytes = await readInput(source, io, maxSize);
  // HTML pages go through the article extractor; the analysis is then of the extracted article text.
  const page = isHtmlFileName(source) ? extractFromBytes(bytes, source) : null;
  const decoded = page ?? decodeBytes(bytes);
  const date = values.date ?? page?.date ?? undefined;
  const title = values.title ?? page?.title ?? undefined;
  const input: AnalyzeInput = { text: decoded.text, ...(date ? { date } : {}), ...(title ? { title } : {}) };
  const analysis = analyze(input, options);
  analysis.diagnostics.unshift(...decoded.diagnostics);
  io.stdout.write(format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n` : renderTextReport(analysis));
  return EXIT.ok;
}

async function readInput(source: string, io: CliIo, maxSize: number): Promise<Buffer> {
  if (source === '-') {
    const bytes = await readStdin(io);
    if (bytes.length > maxSize) throw new CliError(`standard input has ${bytes.length} bytes, more than --max-size ${maxSize}`, EXIT.input);
    return bytes;
  }
  let size: number;
  try {
    const stat = statSync(source);
    if (stat.isDirectory()) throw new CliError(`${source} is a directory; name a file (to analyze many, use \`whosaid ingest\`)`, EXIT.input);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${source}: ${(error as Error).message}`, EXIT.input);
  }
  if (size > maxSize) throw new CliError(`${source} has ${size} bytes, more than --max-size ${maxSize}; split it or raise the limit`, EXIT.input);
  return readFile(source);
}

/** Batch mode: one JSON object per line in, one Analysis (or an error object) per line out. A bad line never stops the batch. */
async function analyzeJsonl(source: string, io: CliIo, options: { tokens: boolean; maxLength: number }, defaultDate: string | undefined): Promise<number> {
  let stream: NodeJS.ReadableStream;
  if (source === '-') stream = io.stdin;
  else {
    try {
      statSync(source);
    } catch (error) {
      throw new CliError(`cannot read ${source}: ${(error as Error).message}`, EXIT.input);
    }
    stream = createReadStream(source, { encoding: 'utf8' });
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let record: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('the line is not a JSON object');
      record = parsed as Record<string, unknown>;
    } catch (error) {
      failures++;
      io.stderr.write(`whosaid analyze: ${source}:${lineNumber}: skipped: ${(error as Error).message}\n`);
      io.stdout.write(`${JSON.stringify({ line: lineNumber, error: { code: 'INVALID_INPUT', message: (error as Error).message } })}\n`);
      continue;
    }
    const id = record.id;
    try {
      const date = typeof record.date === 'string' ? record.date : defaultDate;
      const input: AnalyzeInput = {
        text: record.text as string,
        ...(id !== undefined ? { id: String(id) } : {}),
        ...(typeof record.title === 'string' ? { title: record.title } : {}),
        ...(date ? { date } : {}),
      };
      io.stdout.write(`${JSON.stringify(analyze(input, options))}\n`);
    } catch (error) {
      failures++;
      const code = error instanceof WhosaidError ? error.code : 'INTERNAL';
      io.stderr.write(`whosaid analyze: ${source}:${lineNumber}: skipped: ${(error as Error).message}\n`);
      io.stdout.write(`${JSON.stringify({ ...(id !== undefined ? { id } : {}), line: lineNumber, error: { code, message: (error as Error).message } })}\n`);
    }
  }
  return failures > 0 ? EXIT.partial : EXIT.ok;
}
