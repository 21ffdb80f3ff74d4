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

/** Rows grouped by the text of one column (one pass, so a long series stays linear). */
function groupRows(rows: SqlRow[], column: string): Map<string, SqlRow[]> {
  const groups = new Map<string, SqlRow[]>();
  for (const row of rows) {
    const key = String(row[column]);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Sourcing profiles summed over the articles that have one; the unattributed share is averaged over them. */
async function sourcingStats(db: SqlExecutor): Promise<Stats['sourcing']> {
  const [row] = await db.all(`SELECT count(*) AS n, coalesce(sum(named_sources), 0) AS named, coalesce(sum(anonymous_sources), 0) AS anonymous,
    coalesce(sum(hedges + distancing), 0) AS hedges, coalesce(sum(media_attributions), 0) AS media, coalesce(avg(unattributed_share), 0) AS unattributed FROM article_sourcing`);
  return {
    articles: toNumber(row?.n), namedSources: toNumber(row?.named), anonymousSources: toNumber(row?.anonymous),
    hedges: toNumber(row?.hedges), mediaAttributions: toNumber(row?.media), unattributedShare: toNumber(row?.unattributed),
  };
}

/** Compute the corpus statistics. Gender and party count distinct quoted people; per outlet and per month they count quotations. */
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
  // The article date is copied onto each quotation row; its first seven characters are the month.
  const months = await db.all('SELECT substr(date, 1, 7) AS month, count(*) AS n, coalesce(sum(anonymous), 0) AS anonymous FROM quotes WHERE date IS NOT NULL GROUP BY substr(date, 1, 7) ORDER BY month');
  const monthGender = await db.all('SELECT substr(date, 1, 7) AS month, speaker_gender, count(*) AS n FROM quotes WHERE date IS NOT NULL AND person_id IS NOT NULL GROUP BY substr(date, 1, 7), speaker_gender');
  const monthParty = await db.all('SELECT substr(date, 1, 7) AS month, speaker_party, count(*) AS n FROM quotes WHERE date IS NOT NULL AND person_id IS NOT NULL GROUP BY substr(date, 1, 7), speaker_party');
  const top = await db.all(
    `SELECT p.id, p.name, count(*) AS n FROM quotes q JOIN people p ON p.id = q.person_id GROUP BY p.id, p.name ORDER BY n DESC, p.name LIMIT ?`, [TOP_PEOPLE]);
  const genderByMonth = groupRows(monthGender, 'month');
  const partyByMonth = groupRows(monthParty, 'month');
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
    byMonth: months.map((row) => {
      const month = String(row.month);
      const n = toNumber(row.n);
      return {
        month, quotes: n, anonymousShare: n === 0 ? 0 : toNumber(row.anonymous) / n,
        gender: tally(genderByMonth.get(month) ?? [], 'speaker_gender'),
        party: tally(partyByMonth.get(month) ?? [], 'speaker_party'),
      };
    }),
    topPeople: top.map((row) => ({ id: String(row.id), name: String(row.name), quotes: toNumber(row.n) })),
    sourcing: await sourcingStats(db),
  };
}
