/** `whosaid person NAME|ID [--json]`, `whosaid person merge KEEP_ID MERGE_ID`, `whosaid person split ID --article A` (all with --db). */
import { parseArgs } from 'node:util';
import { WhosaidError } from '../errors.js';
import type { Dossier } from '../store/types.js';
import { openStoreOption } from './ingest.js';
import { CliError, EXIT, type CliIo } from './io.js';
import { renderCall, renderContradiction, renderTimelineEntry } from './render-records.js';

const HELP = `usage: whosaid person NAME|ID [--json]
       whosaid person merge KEEP_ID MERGE_ID
       whosaid person split ID --article ARTICLE_ID

A person's dossier across the corpus: titles and parties seen, quotations over time by outlet,
whom they talk about and who quotes them, their timeline, the calls they made and received, and
contradictions between their statements and reported facts. merge and split record a manual decision that later
ingests respect.

options:
  --json           print the dossier as JSON
  --article A      (split) the article whose mentions become a separate person
  --db FILE|URL    SQLite file or postgres://... URL (default ./whosaid.db)
`;

function renderDossier(dossier: Dossier): string {
  const { person } = dossier;
  const lines = [`${person.name} [${person.id}]`, `  ${person.quoteCount} quotations in ${person.articleCount} articles`];
  if (person.titles.length > 0) lines.push(`  titles: ${person.titles.join('; ')}`);
  if (person.parties.length > 0) lines.push(`  parties: ${person.parties.join('; ')}`);
  if (person.states.length > 0) lines.push(`  states: ${person.states.join('; ')}`);
  if (person.gender) lines.push(`  gender: ${person.gender}`);
  if (dossier.quotesByMonth.length > 0) {
    lines.push('', 'quotations by month and outlet:');
    for (const entry of dossier.quotesByMonth) lines.push(`  ${entry.month}  ${entry.outlet.padEnd(20)} ${entry.count}`);
  }
  if (dossier.talksAbout.length > 0) lines.push('', `talks about: ${dossier.talksAbout.map((entry) => `${entry.name} (${entry.count})`).join(', ')}`);
  if (dossier.quotedBy.length > 0) lines.push(`quoted by: ${dossier.quotedBy.map((entry) => `${entry.outlet} (${entry.count})`).join(', ')}`);
  if (dossier.quotes.length > 0) {
    lines.push('', 'latest quotations:');
    for (const quote of dossier.quotes.slice(0, 10)) lines.push(`  ${quote.date ?? '????-??-??'} ${quote.outlet ?? ''} “${quote.text}” [${quote.id}]`);
  }
  const indent = (block: string): string => block.split('\n').map((line) => `  ${line}`).join('\n');
  if (dossier.timeline.length > 0) {
    lines.push('', `timeline (whosaid timeline ${person.id} for all):`);
    for (const entry of dossier.timeline.slice(0, 20)) lines.push(indent(renderTimelineEntry(entry)));
  }
  if (dossier.calls.made.length > 0) {
    lines.push('', 'calls made:');
    for (const call of dossier.calls.made.slice(0, 10)) lines.push(indent(renderCall(call)));
  }
  if (dossier.calls.received.length > 0) {
    lines.push('', 'calls received:');
    for (const call of dossier.calls.received.slice(0, 10)) lines.push(indent(renderCall(call)));
  }
  if (dossier.contradictions.length > 0) {
    lines.push('', 'contradictions:');
    for (const item of dossier.contradictions.slice(0, 10)) lines.push(indent(renderContradiction(item)));
  }
  return `${lines.join('\n')}\n`;
}

/** Run `whosaid person`. */
export async function personCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, article: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const [first, ...rest] = positionals;
  if (!first) throw new CliError(`name a person\n\n${HELP}`, EXIT.usage);
  if (first === 'merge' && rest.length !== 2) throw new CliError('merge needs two person ids: KEEP_ID MERGE_ID', EXIT.usage);
  if (first === 'split' && (rest.length !== 1 || !values.article)) throw new CliError('split needs one person id and --article ARTICLE_ID', EXIT.usage);
  const store = await openStoreOption(values.db);
  try {
    if (first === 'merge') {
      await store.mergePeople(rest[0] ?? '', rest[1] ?? '');
      io.stdout.write(`merged ${rest[1]} into ${rest[0]}; later ingests keep them together\n`);
      return EXIT.ok;
    }
    if (first === 'split') {
      const id = await store.splitPerson(rest[0] ?? '', values.article ?? '');
      io.stdout.write(`the mentions of ${rest[0]} in article ${values.article} are now person ${id}; later ingests keep them apart\n`);
      return EXIT.ok;
    }
    const dossier = await store.dossier(positionals.join(' '));
    if (!dossier) {
      io.stderr.write(`whosaid person: nobody called '${positionals.join(' ')}' in the corpus\n`);
      return EXIT.input;
    }
    io.stdout.write(values.json ? `${JSON.stringify(dossier, null, 2)}\n` : renderDossier(dossier));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof WhosaidError && (error.code === 'NOT_FOUND' || error.code === 'INVALID_INPUT')) throw new CliError(error.message, EXIT.input);
    throw error;
  } finally {
    await store.close();
  }
}
