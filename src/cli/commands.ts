/**
 * The CLI's command table: name → lazily loaded module, one file per command.
 * The order here is the order `whosaid help` lists them.
 */
import type { Command } from './io.js';

/** One entry of the command table. */
export interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

/** All CLI commands. */
export const COMMANDS: Record<string, CommandEntry> = {
  analyze: { summary: 'who said what in one article (text file, - for stdin, or JSONL batch)', load: async () => (await import('./analyze.js')).analyzeCommand },
  extract: { summary: 'the article text, title, byline and date of HTML, text, JSONL or feed files', load: async () => (await import('./extract.js')).extractCommand },
  serve: { summary: 'the HTTP API and web application (loopback by default)', load: async () => (await import('./serve.js')).serveCommand },
};
