/** `whosaid stats [--json] [--db FILE|postgres://...]` */
import { parseArgs } from 'node:util';
import type { Stats } from '../store/types.js';
import { openStoreOption } from './ingest.js';
import { EXIT, type CliIo } from './io.js';

const HELP = `usage: whosaid stats [--json] [--db FILE|URL]

Corpus figures: articles, quotations, people, the share of quotations from anonymous sources, and
the gender and party of quoted people (where the articles say), overall and by outlet; the
articles' sourcing profiles summed.
`;

function shares(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  if (total === 0) return 'none known';
  return Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([key, count]) => `${key} ${count} (${Math.round((100 * count) / total)}%)`).join(', ');
}

function renderStats(stats: Stats): string {
  const lines = [
    `articles: ${stats.articles}`, `quotations: ${stats.quotes}`, `people: ${stats.people}`,
    `anonymous sources: ${(stats.anonymousShare * 100).toFixed(1)}% of quotations`,
    `gender of quoted people: ${shares(stats.gender)}`, `party of quoted people: ${shares(stats.party)}`,
    `sourcing (${stats.sourcing.articles} articles): ${stats.sourcing.namedSources} named and ${stats.sourcing.anonymousSources} anonymous sources, `
      + `${stats.sourcing.hedges} hedges, ${stats.sourcing.mediaAttributions} media attributions, ${(stats.sourcing.unattributedShare * 100).toFixed(1)}% of claims unattributed (mean)`,
  ];
  if (stats.byOutlet.length > 0) {
    lines.push('', 'by outlet:');
    for (const outlet of stats.byOutlet) lines.push(`  ${outlet.outlet.padEnd(20)} ${outlet.quotes} quotations, ${(outlet.anonymousShare * 100).toFixed(1)}% anonymous; gender: ${shares(outlet.gender)}`);
  }
  if (stats.topPeople.length > 0) lines.push('', `most quoted: ${stats.topPeople.slice(0, 10).map((person) => `${person.name} (${person.quotes})`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** Run `whosaid stats`. */
export async function statsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const store = await openStoreOption(values.db);
  try {
    const stats = await store.stats();
    io.stdout.write(values.json ? `${JSON.stringify(stats, null, 2)}\n` : renderStats(stats));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
