/**
 * Articles for the end-to-end tests whose people are known in advance, so the dossier and facet
 * pages have data whatever the entity extractor finds today. The text is analysed for real; the
 * person entities are added by hand at offsets found in the text.
 */
import { analyze } from '../../src/analyze.js';
import type { ArticleInput } from '../../src/store/types.js';
import type { Analysis, Entity } from '../../src/types.js';

/** The fixture person's name. */
export const FIXTURE_PERSON = 'Maria Ortega';

const ARTICLES = [
  { id: 'fixture-1', outlet: 'Springfield Ledger', date: '2021-03-04', title: 'Budget vote delayed <script>window.__pwned = 1</script>', text: 'The council delayed the vote on Tuesday.\n\n"We need more time to read the numbers," Maria Ortega said. She added that the delay was short.' },
  { id: 'fixture-2', outlet: 'Evening Courier', date: '2021-05-10', title: 'Council passes budget', text: 'The budget passed on Monday.\n\n"This is a fair budget for every family," Maria Ortega said after the vote.\n\nA senior official said the mayor had pushed for it.' },
];

function personEntity(analysis: Analysis, name: string, id: string): Entity | null {
  const start = analysis.text.indexOf(name);
  if (start < 0) return null;
  return { id, type: 'person', name, title: 'Council member', party: 'Independent', state: 'IL', gender: { value: 'female', basis: 'stated', evidence: { start, end: start + name.length } }, mentions: [{ start, end: start + name.length, text: name, kind: 'name', source: 'rule:test-fixture' }] };
}

/** The fixture articles with analyses in which quotations by the fixture person name her entity. */
export function fixtureArticles(): Array<{ article: ArticleInput; analysis: Analysis }> {
  return ARTICLES.map(({ text, ...metadata }) => {
    const analysis = analyze({ text, id: metadata.id, title: metadata.title, date: metadata.date });
    const entity = personEntity(analysis, FIXTURE_PERSON, 'fixture-person');
    if (entity) {
      // Whatever the extractor found for her is replaced by the fixture entity, references included.
      const replaced = new Set(analysis.entities.filter((other) => other.name === FIXTURE_PERSON).map((other) => other.id));
      analysis.entities = [...analysis.entities.filter((other) => !replaced.has(other.id)), entity];
      for (const quote of analysis.quotes) {
        const mention = quote.speaker.mention;
        if ((mention && mention.text === FIXTURE_PERSON) || (quote.speaker.entity !== null && replaced.has(quote.speaker.entity))) {
          quote.speaker = { ...quote.speaker, entity: entity.id, name: FIXTURE_PERSON, anonymous: false };
        }
      }
    }
    return { article: { ...metadata, text }, analysis };
  });
}
