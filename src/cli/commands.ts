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
  ingest: { summary: 'analyze files, directories and JSONL into the corpus store (--db FILE|postgres://...)', load: async () => (await import('./ingest.js')).ingestCommand },
  search: { summary: 'ranked full-text search over the corpus quotations (--speaker, --about, --from, --to, --outlet)', load: async () => (await import('./search.js')).searchCommand },
  person: { summary: "a person's dossier across the corpus; person merge|split to correct who is who", load: async () => (await import('./person.js')).personCommand },
  timeline: { summary: "a person's events across the corpus in calendar order", load: async () => (await import('./timeline.js')).timelineCommand },
  calls: { summary: 'calls to act in the corpus: who urges whom to do what (--actor, --target, --action)', load: async () => (await import('./calls.js')).callsCommand },
  contradictions: { summary: 'statements that clash with reported facts, in one article and across articles (--person)', load: async () => (await import('./contradictions.js')).contradictionsCommand },
  stats: { summary: 'corpus figures: articles, quotations, people, anonymous sources, gender and party balance', load: async () => (await import('./stats.js')).statsCommand },
  export: { summary: 'write the corpus as JSONL, CSV or W3C Web Annotation JSON-LD', load: async () => (await import('./export.js')).exportCommand },
  worker: { summary: 'take ingest jobs from the PostgreSQL queue (scale-out; see ingest --queue)', load: async () => (await import('./worker.js')).workerCommand },
};
