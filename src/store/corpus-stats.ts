/** Corpus-wide figures: counts, the share of anonymous sources, and the gender and party of quoted people. */
import type { SqlExecutor, SqlRow } from './database.js';
import { toNumber, toText } from './database.js';
import type { Stats } from './types.js';

const TOP_PEOPLE = 20;

function tally(rows: SqlRow[], column: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const key = toText(row[column]) ?? 'unknown';
    counts[key] = (counts[key] ?? 0) + toNumber(row.n);
  }
  return counts;
}

/** Compute the corpus statistics. Gender and party count distinct quoted people; per outlet they count quotations. */
export async function corpusStats(db: SqlExecutor): Promise<Stats> {
  const [articles] = await db.all('SELECT count(*) AS n FROM articles');
  const [quotes] = await db.all('SELECT count(*) AS n, coalesce(sum(anonymous), 0) AS anonymous FROM quotes');
  const [people] = await db.all('SELECT count(DISTINCT person_id) AS n FROM entities WHERE person_id IS NOT NULL');
  const quoted = `SELECT person_id, max(speaker_gender) AS gender, max(speaker_party) AS party FROM quotes WHERE person_id IS NOT NULL GROUP BY person_id`;
  const gender = await db.all(`SELECT gender, count(*) AS n FROM (${quoted}) quoted GROUP BY gender`);
  const party = await db.all(`SELECT party, count(*) AS n FROM (${quoted}) quoted GROUP BY party`);
  const outlets = await db.all('SELECT outlet, count(*) AS n, coalesce(sum(anonymous), 0) AS anonymous FROM quotes GROUP BY outlet ORDER BY n DESC');
  const outletGender = await db.all('SELECT outlet, speaker_gender, count(*) AS n FROM quotes WHERE person_id IS NOT NULL GROUP BY outlet, speaker_gender');
  const outletParty = await db.all('SELECT outlet, speaker_party, count(*) AS n FROM quotes WHERE person_id IS NOT NULL GROUP BY outlet, speaker_party');
  const top = await db.all(
    `SELECT p.id, p.name, count(*) AS n FROM quotes q JOIN people p ON p.id = q.person_id GROUP BY p.id, p.name ORDER BY n DESC, p.name LIMIT ?`, [TOP_PEOPLE]);
  const quoteCount = toNumber(quotes?.n);
  const sameOutlet = (row: SqlRow, outlet: string | null): boolean => toText(row.outlet) === outlet;
  return {
    articles: toNumber(articles?.n),
    quotes: quoteCount,
    people: toNumber(people?.n),
    anonymousShare: quoteCount === 0 ? 0 : toNumber(quotes?.anonymous) / quoteCount,
    gender: tally(gender, 'gender'),
    party: tally(party, 'party'),
    byOutlet: outlets.map((row) => {
      const outlet = toText(row.outlet);
      const n = toNumber(row.n);
      return {
        outlet: outlet ?? 'unknown', quotes: n, anonymousShare: n === 0 ? 0 : toNumber(row.anonymous) / n,
        gender: tally(outletGender.filter((entry) => sameOutlet(entry, outlet)), 'speaker_gender'),
        party: tally(outletParty.filter((entry) => sameOutlet(entry, outlet)), 'speaker_party'),
      };
    }),
    topPeople: top.map((row) => ({ id: String(row.id), name: String(row.name), quotes: toNumber(row.n) })),
  };
}
