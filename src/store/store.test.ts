import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analyze.js';
import { WhosaidError } from '../errors.js';
import type { Analysis, Entity, Quote } from '../types.js';
import { prepareRows } from './save-article.js';
import type { Store } from './types.js';
import { storeBackends, TEST_PG_URL } from '../../test/store-backends.js';

interface PersonSpec {
  id: string;
  name: string;
  surfaces: string[];
  title?: string;
  party?: string;
  gender?: 'female' | 'male';
}

/** An analysis of `text` with the given people and quotes placed by searching the text (quotes: [content, speakerId|null]). */
function fixture(text: string, people: PersonSpec[], quotes: Array<[string, string | null]>, analyzer = 'test-1'): Analysis {
  const analysis = analyze({ text });
  const entities: Entity[] = people.map((person) => {
    const mentions = person.surfaces.flatMap((surface) => {
      const found = [];
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) found.push({ start: at, end: at + surface.length, text: surface, kind: 'name' as const, source: 'rule:test' as const });
      return found;
    });
    return {
      id: person.id, type: 'person', name: person.name, mentions,
      ...(person.title ? { title: person.title } : {}), ...(person.party ? { party: person.party } : {}),
      ...(person.gender ? { gender: { value: person.gender, basis: 'stated' as const, evidence: { start: 0, end: 1 } } } : {}),
    };
  });
  const quoteList: Quote[] = quotes.map(([content, speaker], index) => {
    const start = text.indexOf(content);
    assert.ok(start >= 0, `fixture quote not in text: ${content}`);
    const entity = entities.find((candidate) => candidate.id === speaker);
    return {
      id: `q${index + 1}`, kind: 'direct', content: { start, end: start + content.length, text: content }, fragments: [{ start, end: start + content.length }],
      cue: null, speaker: { mention: null, entity: speaker, name: entity?.name ?? null, anonymous: speaker === null }, confidence: 0.9, source: 'rule:test',
    };
  });
  return { ...analysis, analyzer, entities, quotes: quoteList };
}

const SESSIONS_TEXT = 'Jeff Sessions said on Thursday: "I never met the Russian ambassador about Trump." A senior official said: "Nobody believes the ambassador."';
const SESSIONS_PEOPLE: PersonSpec[] = [
  { id: 'e1', name: 'Jeff Sessions', surfaces: ['Jeff Sessions'], title: 'Attorney General', party: 'Republican', gender: 'male' },
  { id: 'e2', name: 'Donald Trump', surfaces: ['Trump'], party: 'Republican', gender: 'male' },
];
const SESSIONS_QUOTES: Array<[string, string | null]> = [['I never met the Russian ambassador about Trump.', 'e1'], ['Nobody believes the ambassador.', null]];

const LATER_TEXT = 'Attorney General Sessions told reporters: "I will recuse myself from the Russian inquiry."';
const LATER_PEOPLE: PersonSpec[] = [{ id: 'e1', name: 'Sessions', surfaces: ['Sessions'], title: 'Attorney General' }];
const LATER_QUOTES: Array<[string, string | null]> = [['I will recuse myself from the Russian inquiry.', 'e1']];

async function saveSessions(store: Store, analyzer = 'test-1'): Promise<void> {
  await store.saveArticle({ id: 'cnn-1', text: SESSIONS_TEXT, outlet: 'CNN', date: '2017-03-02' }, fixture(SESSIONS_TEXT, SESSIONS_PEOPLE, SESSIONS_QUOTES, analyzer));
  await store.saveArticle({ id: 'nyt-1', text: LATER_TEXT, outlet: 'NYT', date: '2017-03-05' }, fixture(LATER_TEXT, LATER_PEOPLE, LATER_QUOTES, analyzer));
}

const backends = storeBackends('store_test');
if (!TEST_PG_URL) {
  test('postgres store tests', { skip: 'WHOSAID_TEST_PG is not set; PostgreSQL store tests skipped' }, () => undefined);
}

for (const backend of backends) {
  describe(`store on ${backend.name}`, () => {
    test('saving the same article twice changes nothing the second time', async () => {
      const store = await backend.open();
      try {
        const analysis = fixture(SESSIONS_TEXT, SESSIONS_PEOPLE, SESSIONS_QUOTES);
        assert.equal((await store.saveArticle({ id: 'a', text: SESSIONS_TEXT }, analysis)).status, 'inserted');
        const first = await store.stats();
        assert.equal((await store.saveArticle({ id: 'a', text: SESSIONS_TEXT }, analysis)).status, 'unchanged');
        const second = await store.stats();
        assert.deepEqual(second, first);
        assert.equal(second.articles, 1);
        assert.equal(second.quotes, 2);
      } finally {
        await store.close();
      }
    });

    test('a new analyzer version re-analyzes the article and replaces its rows', async () => {
      const store = await backend.open();
      try {
        await saveSessions(store, 'test-1');
        const result = await store.saveArticle({ id: 'cnn-1', text: SESSIONS_TEXT, outlet: 'CNN', date: '2017-03-02' }, fixture(SESSIONS_TEXT, SESSIONS_PEOPLE, SESSIONS_QUOTES.slice(0, 1), 'test-2'));
        assert.equal(result.status, 'reanalyzed');
        const stats = await store.stats();
        assert.equal(stats.articles, 2);
        assert.equal(stats.quotes, 2);
        assert.deepEqual(await store.articleState('cnn-1'), { contentHash: (await store.getArticle('cnn-1'))?.article.contentHash, analyzer: 'test-2' });
        assert.equal((await store.searchQuotes({ q: 'nobody believes' })).items.length, 0);
      } finally {
        await store.close();
      }
    });

    test('rows prepared off-thread store the same as the analysis, and rows of another text are refused', async () => {
      const store = await backend.open();
      try {
        const analysis = fixture(SESSIONS_TEXT, SESSIONS_PEOPLE, SESSIONS_QUOTES);
        const prepared = prepareRows({ text: SESSIONS_TEXT }, analysis);
        assert.deepEqual((await store.saveArticles([{ article: { id: 'p', text: SESSIONS_TEXT }, prepared }])).map((result) => result.status), ['inserted']);
        assert.deepEqual((await store.getArticle('p'))?.analysis, analysis);
        await assert.rejects(store.saveArticles([{ article: { id: 'q', text: LATER_TEXT }, prepared }]), (error: unknown) => error instanceof WhosaidError && error.code === 'INVALID_INPUT');
      } finally {
        await store.close();
      }
    });

    test('the stored analysis reads back with its text', async () => {
      const store = await backend.open();
      try {
        const analysis = fixture(SESSIONS_TEXT, SESSIONS_PEOPLE, SESSIONS_QUOTES);
        await store.saveArticle({ id: 'a', text: SESSIONS_TEXT, title: 'Sessions' }, analysis);
        const stored = await store.getArticle('a');
        assert.deepEqual(stored?.analysis, analysis);
        assert.equal(stored?.article.title, 'Sessions');
        assert.equal(await store.getArticle('missing'), null);
      } finally {
        await store.close();
      }
    });

    test('a surname-only mention in another article joins the full-name person', async () => {
      const store = await backend.open();
      try {
        await saveSessions(store);
        const quotes = (await store.searchQuotes({ speaker: 'Sessions' })).items;
        assert.equal(quotes.length, 2);
        assert.equal(new Set(quotes.map((quote) => quote.personId)).size, 1);
        const dossier = await store.dossier('Attorney General Sessions');
        assert.equal(dossier?.person.name, 'Jeff Sessions');
        assert.equal(dossier?.person.quoteCount, 2);
        assert.deepEqual(dossier?.quotedBy.map((entry) => entry.outlet).sort(), ['CNN', 'NYT']);
        assert.deepEqual(dossier?.talksAbout, [{ name: 'Donald Trump', count: 1 }]);
        assert.deepEqual(dossier?.person.titles, ['Attorney General']);
      } finally {
        await store.close();
      }
    });

    test('a full name arriving after a surname-only person takes it over', async () => {
      const store = await backend.open();
      try {
        await store.saveArticle({ id: 'nyt-1', text: LATER_TEXT }, fixture(LATER_TEXT, LATER_PEOPLE, LATER_QUOTES));
        await store.saveArticle({ id: 'cnn-1', text: SESSIONS_TEXT }, fixture(SESSIONS_TEXT, SESSIONS_PEOPLE, SESSIONS_QUOTES));
        const people = (await store.listPeople({ q: 'sessions' })).items;
        assert.equal(people.length, 1);
        assert.equal(people[0]?.quoteCount, 2);
        assert.equal(people[0]?.articleCount, 2);
      } finally {
        await store.close();
      }
    });

    test('people who share a word but not a name stay apart', async () => {
      const store = await backend.open();
      try {
        const text = 'Paul Ryan said "taxes will fall". Ryan Zinke said "parks stay open".';
        const people: PersonSpec[] = [{ id: 'e1', name: 'Paul Ryan', surfaces: ['Paul Ryan'] }, { id: 'e2', name: 'Ryan Zinke', surfaces: ['Ryan Zinke'] }];
        await store.saveArticle({ id: 'r', text }, fixture(text, people, [['taxes will fall', 'e1'], ['parks stay open', 'e2']]));
        assert.equal((await store.listPeople({})).items.length, 2);
        assert.equal((await store.stats()).people, 2);
      } finally {
        await store.close();
      }
    });

    test('a manual merge survives re-analysis', async () => {
      const store = await backend.open();
      try {
        const text = 'Bill Smith said "yes". William Smith said "no".';
        const people: PersonSpec[] = [{ id: 'e1', name: 'Bill Smith', surfaces: ['Bill Smith'] }, { id: 'e2', name: 'William Smith', surfaces: ['William Smith'] }];
        await store.saveArticle({ id: 's', text }, fixture(text, people, [['yes', 'e1'], ['no', 'e2']]));
        const [bill, william] = (await store.listPeople({})).items;
        assert.ok(bill && william);
        await store.mergePeople(bill.id, william.id);
        assert.equal((await store.stats()).people, 1);
        await store.saveArticle({ id: 's', text }, fixture(text, people, [['yes', 'e1'], ['no', 'e2']], 'test-2'));
        const after = (await store.listPeople({})).items;
        assert.deepEqual(after.map((person) => [person.id, person.quoteCount]), [[bill.id, 2]]);
      } finally {
        await store.close();
      }
    });

    test('a manual split survives re-analysis and leaves other articles alone', async () => {
      const store = await backend.open();
      try {
        await saveSessions(store);
        const person = (await store.dossier('Jeff Sessions'))?.person;
        assert.ok(person);
        const splitId = await store.splitPerson(person.id, 'nyt-1');
        assert.notEqual(splitId, person.id);
        await saveSessions(store, 'test-2');
        assert.equal((await store.dossier(person.id))?.person.quoteCount, 1);
        assert.equal((await store.dossier(splitId))?.person.quoteCount, 1);
        await assert.rejects(store.splitPerson(person.id, 'no-such-article'), (error: unknown) => error instanceof WhosaidError && error.code === 'NOT_FOUND');
      } finally {
        await store.close();
      }
    });

    test('search ranks quotations and applies every filter', async () => {
      const store = await backend.open();
      try {
        await saveSessions(store);
        const russian = await store.searchQuotes({ q: 'Russian ambassador' });
        assert.deepEqual(russian.items.map((quote) => quote.articleId), ['cnn-1']);
        assert.ok(typeof russian.items[0]?.rank === 'number');
        assert.deepEqual(russian.items[0]?.about, ['Donald Trump']);
        assert.equal((await store.searchQuotes({ q: 'russian' })).items.length, 2);
        assert.deepEqual((await store.searchQuotes({ q: 'russian', outlet: 'nyt' })).items.map((quote) => quote.articleId), ['nyt-1']);
        assert.deepEqual((await store.searchQuotes({ q: 'russian', from: '2017-03-03' })).items.map((quote) => quote.articleId), ['nyt-1']);
        assert.deepEqual((await store.searchQuotes({ q: 'russian', to: '2017-03-02' })).items.map((quote) => quote.articleId), ['cnn-1']);
        assert.deepEqual((await store.searchQuotes({ about: 'Trump' })).items.map((quote) => quote.articleId), ['cnn-1']);
        assert.equal((await store.searchQuotes({ q: 'ambassador', speaker: 'Sessions' })).items.length, 1);
        // A person id selects the same quotations as a name, through the person index.
        const byName = (await store.searchQuotes({ speaker: 'Sessions' })).items;
        const personId = byName[0]?.personId;
        assert.ok(personId);
        assert.deepEqual((await store.searchQuotes({ speaker: personId })).items.map((quote) => quote.id), byName.map((quote) => quote.id));
        assert.deepEqual((await store.searchQuotes({ q: 'ambassador', speaker: personId })).items.length, 1);
        assert.equal((await store.searchQuotes({ speaker: 'Nobody Atall' })).items.length, 0);
        assert.equal((await store.searchQuotes({ q: 'NEAR(" OR *' })).items.length, 0);
        await assert.rejects(store.searchQuotes({ from: 'yesterday' }), (error: unknown) => error instanceof WhosaidError && error.code === 'INVALID_OPTION');
      } finally {
        await store.close();
      }
    });

    test('a cursor pages through results without repeats', async () => {
      const store = await backend.open();
      try {
        await saveSessions(store);
        const first = await store.searchQuotes({ limit: 2 });
        assert.equal(first.items.length, 2);
        assert.ok(first.nextCursor);
        const second = await store.searchQuotes({ limit: 2, cursor: first.nextCursor });
        assert.equal(second.items.length, 1);
        assert.equal(second.nextCursor, null);
        assert.equal(new Set([...first.items, ...second.items].map((quote) => quote.id)).size, 3);
        await assert.rejects(store.searchQuotes({ cursor: 'garbage' }), (error: unknown) => error instanceof WhosaidError && error.code === 'INVALID_OPTION');
      } finally {
        await store.close();
      }
    });

    test('stats count anonymous sources and the gender and party of quoted people', async () => {
      const store = await backend.open();
      try {
        await saveSessions(store);
        const stats = await store.stats();
        assert.equal(stats.articles, 2);
        assert.equal(stats.quotes, 3);
        assert.equal(stats.people, 2);
        assert.equal(stats.anonymousShare, 1 / 3);
        assert.deepEqual(stats.gender, { male: 1 });
        assert.deepEqual(stats.party, { Republican: 1 });
        assert.deepEqual(stats.topPeople.map((person) => [person.name, person.quotes]), [['Jeff Sessions', 2]]);
      } finally {
        await store.close();
      }
    });

    test('stats by month group quotations by the month of the article date and leave undated ones out', async () => {
      const store = await backend.open();
      try {
        await saveSessions(store);
        const april = 'Jeff Sessions said on Monday: "The inquiry is closed."';
        await store.saveArticle({ id: 'cnn-2', text: april, outlet: 'CNN', date: '2017-04-10' }, fixture(april, SESSIONS_PEOPLE, [['The inquiry is closed.', 'e1']]));
        const undated = 'A spokesman said: "No comment on the inquiry."';
        await store.saveArticle({ id: 'blog-1', text: undated }, fixture(undated, [], [['No comment on the inquiry.', null]]));
        const stats = await store.stats();
        assert.equal(stats.quotes, 5);
        assert.deepEqual(stats.byMonth, [
          { month: '2017-03', quotes: 3, anonymousShare: 1 / 3, gender: { male: 1, unknown: 1 }, party: { Republican: 1, unknown: 1 } },
          { month: '2017-04', quotes: 1, anonymousShare: 0, gender: { male: 1 }, party: { Republican: 1 } },
        ]);
      } finally {
        await store.close();
      }
    });
  });
}
