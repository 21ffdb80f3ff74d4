/** `whosaid export --format jsonl|csv|webannotation [--outlet X] [--from DATE] [--to DATE] [--db ...]` */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { CSV_COLUMNS, quoteCsvLines } from '../store/export/csv.js';
import { ANNOTATION_CONTEXT, webAnnotations } from '../store/export/web-annotation.js';
import type { ArticleQuery, ContradictionRecord, Store } from '../store/types.js';
import { withStore } from './corpus-query.js';
import { CliError, EXIT, type CliIo } from './io.js';

const HELP = `usage: whosaid export --format jsonl|csv|webannotation [options]

Write the corpus to standard output:
  jsonl           one line per article: {article, analysis, corpusContradictions} (the analysis
                  holds the article's calls and own contradictions; corpusContradictions are its
                  denials against acts other stored articles report)
  csv             one row per quotation
  webannotation   a W3C Web Annotation collection (JSON-LD): every quotation and entity mention,
                  each with a TextQuoteSelector and a TextPositionSelector

options:
  --outlet X       only this outlet
  --from DATE      only articles published on or after DATE
  --to DATE        only articles published on or before DATE
  --db FILE|URL    SQLite file or postgres://... URL (default ./whosaid.db)
`;

const PAGE = 200;

async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function* storedArticles(store: Store, filter: ArticleQuery) {
  let cursor: string | undefined;
  do {
    const page = await store.listArticles({ ...filter, limit: PAGE, ...(cursor ? { cursor } : {}) });
    for (const record of page.items) {
      const stored = await store.getArticle(record.id);
      if (stored) yield stored;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** The contradictions whose statement is in this article and whose conflicting fact is in another (each pair appears once, on its statement's line). */
async function corpusContradictionsOf(store: Store, articleId: string): Promise<ContradictionRecord[]> {
  const found: ContradictionRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.searchContradictions({ article: articleId, scope: 'corpus', limit: PAGE, ...(cursor ? { cursor } : {}) });
    found.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return found;
}

/** Run `whosaid export`. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string' }, outlet: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const format = values.format;
  if (format !== 'jsonl' && format !== 'csv' && format !== 'webannotation') throw new CliError(`--format must be jsonl, csv or webannotation\n\n${HELP}`, EXIT.usage);
  const filter: ArticleQuery = { ...(values.outlet ? { outlet: values.outlet } : {}), ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) };
  const out = io.stdout;
  out.on('error', () => undefined);
  return withStore(values.db, async (store) => {
    try {
      if (format === 'csv') await write(out, `${CSV_COLUMNS.join(',')}\r\n`);
      if (format === 'webannotation') {
        await write(out, `{"@context":${JSON.stringify(ANNOTATION_CONTEXT)},"type":"AnnotationCollection","label":"whosaid corpus","first":{"type":"AnnotationPage","startIndex":0,"items":[`);
      }
      let first = true;
      for await (const { article, analysis } of storedArticles(store, filter)) {
        if (format === 'jsonl') await write(out, `${JSON.stringify({ article, analysis, corpusContradictions: await corpusContradictionsOf(store, article.id) })}\n`);
        else if (format === 'csv') for (const line of quoteCsvLines(article, analysis)) await write(out, line);
        else {
          for (const annotation of webAnnotations(article, analysis)) {
            await write(out, `${first ? '' : ','}\n${JSON.stringify(annotation)}`);
            first = false;
          }
        }
      }
      if (format === 'webannotation') await write(out, '\n]}}\n');
      return EXIT.ok;
    } catch (error) {
      // The reader went away (`| head`): nothing more to write, and nothing went wrong.
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT.ok;
      throw error;
    }
  });
}
