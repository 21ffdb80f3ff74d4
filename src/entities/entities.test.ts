import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const people = (text: string) => analyze(text).entities.filter((e) => e.type === 'person');

test('one entity per person across full name, title and surname', () => {
  const text = 'Attorney General Jeff Sessions recused himself. "I should not be involved," Sessions said. The attorney general added that he was not confirming anything.';
  const analysis = analyze(text);
  const sessions = analysis.entities.filter((e) => e.name === 'Jeff Sessions');
  assert.equal(sessions.length, 1);
  assert.equal(sessions[0]?.title, 'Attorney General');
  assert.ok(analysis.quotes.every((q) => q.speaker.entity === sessions[0]?.id));
});

test('reads party and state from tags in every common form', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['Rep. Adam Schiff, D-CA, complained that it was wrong.', 'Democrat', 'CA'],
    ['Rep. Gwen Moore (D-Wis.) said it was wrong.', 'Democrat', 'WI'],
    ['Sen. Chuck Schumer, D-N.Y., said it was wrong.', 'Democrat', 'NY'],
    ['Rep. Elijah Cummings, a Democrat from Maryland, said it was wrong.', 'Democrat', 'MD'],
    ['Sen. Paul Ryan, R-WI, said it was wrong.', 'Republican', 'WI'],
  ];
  for (const [text, party, state] of cases) {
    const [person] = people(text);
    assert.equal(person?.party, party, text);
    assert.equal(person?.state, state, text);
  }
});

test('keeps different people with a shared word apart', () => {
  const names = people('Paul Ryan said it was fine. Ryan Zinke said it was not. Ryan added that he disagreed.').map((p) => p.name);
  assert.deepEqual(names.sort(), ['Paul Ryan', 'Ryan Zinke']);
});

test('resolves a pronoun speaker to the previous speaker, not the nearest name', () => {
  const text = 'When Sen. Al Franken asked Sessions about contacts, Sessions denied any knowledge.\n\n"Senator Franken, I\'m not aware of any of those activities," he said.';
  const analysis = analyze(text);
  const quote = analysis.quotes.find((q) => q.kind === 'direct');
  assert.equal(quote?.speaker.name, 'Sessions');
});

test('marks unnamed sources as anonymous with their description', () => {
  const analysis = analyze('A senior White House official said the Oval Office found out through media reports.');
  const speaker = analysis.quotes[0]?.speaker;
  assert.equal(speaker?.anonymous, true);
  assert.equal(speaker?.description, 'A senior White House official');
});

test('a possessor is not the speaker: "Sessions\' spokeswoman" is an anonymous source', () => {
  const analysis = analyze('Jeff Sessions met him. Sessions\' spokeswoman confirmed Wednesday he met with Kislyak.');
  const speaker = analysis.quotes[0]?.speaker;
  assert.equal(speaker?.anonymous, true);
  const entity = analysis.entities.find((e) => e.id === speaker?.entity);
  assert.equal(entity?.gender?.value, 'female');
});

test('a player\'s agent is an anonymous source like a spokesman ("Bellamy\'s agent")', () => {
  const analysis = analyze('Craig Bellamy wants to leave. According to Bellamy\'s agent, the player dismissed a move to Birmingham.');
  const quote = analysis.quotes.find((q) => q.cue?.text === 'According to');
  assert.equal(quote?.speaker.anonymous, true);
  assert.equal(quote?.speaker.description, "Bellamy's agent");
});

test('a title before a name with lower-case role words is kept', () => {
  const [person] = people('Kremlin spokesperson Dmitry Peskov said Thursday he was unaware of any meetings.');
  assert.equal(person?.name, 'Dmitry Peskov');
  assert.equal(person?.title, 'Kremlin spokesperson');
});

test('a gender guessed from a first name alone is marked as a guess', () => {
  const [person] = people('Nancy Pelosi released a statement.');
  assert.deepEqual(person?.gender?.value, 'female');
  assert.equal(person?.gender?.basis, 'guess');
});

test('organizations and places are recognized', () => {
  const entities = analyze('CNN reported that the FBI met officials in Moscow and Washington.').entities;
  const byName = new Map(entities.map((e) => [e.name, e.type]));
  assert.equal(byName.get('CNN'), 'organization');
  assert.equal(byName.get('FBI'), 'organization');
  assert.equal(byName.get('Moscow'), 'place');
});

test('every mention text equals the text at its span', () => {
  const text = 'Retired Lt. Gen. Michael Flynn resigned Feb. 13. Army Lt. Gen. H.R. McMaster was appointed.';
  for (const entity of analyze(text).entities) for (const m of entity.mentions) assert.equal(m.text, text.slice(m.start, m.end));
});

test('a role noun before a preposition heads the speaker phrase: the source stays unnamed', () => {
  for (const text of ['Two aides to Marsh said the governor had sent a budget.', 'Sources familiar with the negotiations said the talks broke down.', 'A senior official in the transportation department said costs rose.']) {
    const speaker = analyze(text).quotes[0]?.speaker;
    assert.equal(speaker?.anonymous, true, text);
  }
});

test('a style with "of <Place>" names a person, or titles the name that follows it', () => {
  const analysis = analyze('The Archbishop of Canterbury said: "We pray for them." Mayor of London Sadiq Khan said the city would recover. The Duke of Edinburgh told reporters he was delighted.');
  const speakers = analysis.quotes.map((q) => q.speaker.name);
  assert.deepEqual(speakers, ['Archbishop of Canterbury', 'Sadiq Khan', 'Duke of Edinburgh']);
  const khan = analysis.entities.find((e) => e.name === 'Sadiq Khan');
  assert.equal(khan?.title, 'Mayor of London');
  assert.ok(analysis.quotes.every((q) => !q.speaker.anonymous));
  // Not a style: an organization "of" a place, and a surname that is also a style word.
  const other = analyze('Julie Bishop said she agreed. The Bank of England said rates would rise.');
  assert.ok(!other.entities.some((e) => e.type === 'person' && /of England/.test(e.name)));
  assert.equal(other.quotes[0]?.speaker.name, 'Julie Bishop');
});

test('British honorifics without a period join the full name and state the gender', () => {
  const analysis = analyze('Trade Secretary Patricia Hewitt announced the plan. Ms Hewitt said it would pass. Mr Thomas disagreed, and Dr Williams said nothing.');
  const hewitt = analysis.entities.filter((e) => e.type === 'person' && /Hewitt/.test(e.name));
  assert.equal(hewitt.length, 1, JSON.stringify(hewitt.map((e) => e.name)));
  assert.equal(hewitt[0]?.gender?.value, 'female');
  assert.equal(analysis.quotes[0]?.speaker.entity, hewitt[0]?.id);
  assert.ok(!analysis.entities.some((e) => e.name.startsWith('Mr ') || e.name.startsWith('Dr ')));
});

test('a weekday trimmed off the front of a name is not its title', () => {
  const analysis = analyze('On Monday Lib Dem committee chairman Alan Beith warned that it could harm the inquiry.');
  assert.ok(!analysis.entities.some((e) => e.title === 'Monday'), JSON.stringify(analysis.entities.map((e) => [e.name, e.title])));
  assert.equal(analysis.quotes[0]?.speaker.name, 'Alan Beith');
});

test('a titled double-barrelled surname joins the full name; British party words in a title give the party', () => {
  const analysis = analyze('Camilla Parker Bowles arrived at noon. Mrs Parker Bowles said she was delighted. Tory leader Michael Howard said the couple deserved privacy.');
  const camilla = analysis.entities.filter((e) => e.type === 'person' && /Bowles/.test(e.name));
  assert.equal(camilla.length, 1, JSON.stringify(camilla.map((e) => e.name)));
  assert.equal(analysis.quotes[0]?.speaker.entity, camilla[0]?.id);
  assert.equal(analysis.entities.find((e) => e.name === 'Michael Howard')?.party, 'Conservative');
  // A different given name with the same surname stays a different person.
  const two = analyze('John Howard spoke first. Michael Howard said he disagreed.');
  assert.equal(two.entities.filter((e) => e.type === 'person' && /Howard/.test(e.name)).length, 2);
});

test('a place or organization that starts with a given name is retyped by the statistical model', () => {
  const analysis = analyze('Police in West Yorkshire said the roads were closed. Staff at the North Sea rigs were evacuated.');
  const types = new Map(analysis.entities.map((e) => [e.name, e.type]));
  assert.equal(types.get('West Yorkshire'), 'place', JSON.stringify([...types]));
  assert.notEqual(types.get('North Sea'), 'person');
});

test('"the company said" refers to the organization the story names, when it is named more than once', () => {
  const analysis = analyze('Ryanair cut its fares again. Ryanair has 40 routes from Dublin. The airline said bookings were up 20%.');
  const [quote] = analysis.quotes.filter((q) => q.content.text.startsWith('bookings'));
  assert.equal(quote?.speaker.name, 'Ryanair');
  assert.match(quote?.reason ?? '', /organization named most recently/);
  assert.equal(analysis.entities.find((e) => e.name === 'Ryanair')?.type, 'organization');
  // A modifier other than a place changes the referent: "the central bank" is not the bank named before.
  const central = analyze('Barclays raised its rates. Barclays has 2,000 branches. The central bank said inflation was rising.');
  assert.notEqual(central.quotes[0]?.speaker.name, 'Barclays');
  // Named once only: too weak a referent.
  const once = analyze('Shares in Vodafone fell. The company said the market was weak.');
  assert.equal(once.quotes[0]?.speaker.entity === null || once.quotes[0]?.speaker.name !== 'Vodafone', true);
});

test('a person named before "of", "at" or "from" an organization is the speaker, not the organization', () => {
  const text = '"Some of the patents have dubious validity," said Dr Jeremy Philpott of the UK Patent Office.';
  const analysis = analyze(text);
  const speaker = analysis.entities.find((e) => e.id === analysis.quotes[0]?.speaker.entity);
  assert.equal(speaker?.name, 'Jeremy Philpott');
  // A group named with a preposition keeps the whole phrase as its speaker.
  const group = analyze('The Democrats on the House Judiciary committee called for an investigation.');
  assert.equal(group.quotes[0]?.speaker.name, 'The Democrats on the House Judiciary committee');
});

test('a one-word speaker that the model labels an organization is not listed as a person', () => {
  const types = (text: string) => new Map(analyze(text).entities.map((e) => [e.name, e.type]));
  assert.equal(types('The war of words between Microsoft and the open source movement heated up this week. Microsoft did not want to comment directly, referring the issue to a trade body.').get('Microsoft'), 'organization');
  // A surname alone stays a person.
  assert.equal(types('Kapor warned that patents were a problem. Kapor said the lawsuits would follow.').get('Kapor'), 'person');
});

test('British members of parliament: "Tory MP Tim Yeo", "Paul Boateng MP", "Several MPs", "the Salford MP", and a place before "Mr"', () => {
  const yeo = people('Tory MP Tim Yeo said the plan was flawed.');
  assert.deepEqual(yeo.map((e) => [e.name, e.title, e.party]), [['Tim Yeo', 'Tory MP', 'Conservative']]);
  assert.deepEqual(people('Paul Boateng MP said the plan was flawed.').map((e) => e.name), ['Paul Boateng']);
  const group = analyze('Several MPs said the plan was flawed.');
  assert.deepEqual([group.quotes[0]?.speaker.anonymous, group.entities.find((e) => e.id === group.quotes[0]?.speaker.entity)?.type], [true, 'group']);
  // A role of no stated gender refers to the woman just named, as "she" then does.
  const blears = analyze('Home Office minister Ms Hazel Blears spoke on Monday. "The threat is real," the Salford MP told the committee. It was a reality, she said.');
  assert.deepEqual(blears.quotes.map((q) => q.speaker.name), ['Hazel Blears', 'Hazel Blears']);
  const torvalds = people('In a panel discussion at a Linux summit in California Mr Torvalds said software patents were a problem.');
  assert.deepEqual(torvalds.map((e) => [e.name, e.title]), [['Torvalds', 'Mr']]);
});

test('a plural common noun opening a sentence is an unnamed group, not a person; a surname is still a person', () => {
  const ministers = analyze('The plan was announced on Monday. Ministers said the plan was flawed.');
  const speaker = ministers.entities.find((e) => e.id === ministers.quotes[0]?.speaker.entity);
  assert.deepEqual([speaker?.type, ministers.quotes[0]?.speaker.anonymous], ['group', true]);
  assert.equal(analyze('Parry scored twice. Parry said the win was deserved.').entities.find((e) => e.name === 'Parry')?.type, 'person');
});

test('an organization noun before a name types it, and the same word alone later joins that organization', () => {
  const analysis = analyze('Russian oil firm Yukos lost its main unit. Yukos claims its downfall was punishment for its founder.');
  assert.deepEqual(analysis.entities.filter((e) => e.name === 'Yukos').map((e) => [e.type, e.mentions.length]), [['organization', 2]]);
  const lab = analyze('"It works," said Professor Nadia Magnenat-Thalman of the Swiss research group MiraLab.');
  assert.equal(lab.quotes[0]?.speaker.name, 'Nadia Magnenat-Thalman');
});

test('members of a party named by its plural noun are a group, not a person', () => {
  const analysis = analyze('On Monday the Conservatives attacked the plan. Conservatives said the plan was flawed.');
  assert.deepEqual(analysis.entities.filter((e) => e.name.endsWith('Conservatives')).map((e) => e.type), ['group']);
});

test('a pronoun after an unnamed source refers to that source', () => {
  const analysis = analyze('The figures were bad, a bank spokesman told Reuters. He estimated the loss at 3bn rupees. "We are worried," he said.');
  const speakers = analysis.quotes.map((q) => analysis.entities.find((e) => e.id === q.speaker.entity));
  assert.deepEqual(speakers.map((e) => [e?.description ?? e?.name, e?.anonymous]), [['a bank spokesman', true], ['a bank spokesman', true], ['a bank spokesman', true]]);
});

test('an unnamed source stays the antecedent of a pronoun only until a person is named after its statement', () => {
  const analysis = analyze('"Our nation is in peril," a government spokesman said. The next day the figures were confirmed by Ahmed Shaheed, the chief government spokesman. He estimated the economic cost at millions of dollars.');
  assert.equal(analysis.quotes.at(-1)?.speaker.name, 'Ahmed Shaheed');
  // A name inside the source's own statement does not take over.
  const smith = analyze('A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. "No date was ever given for Doug Smith\'s departure," she said.');
  assert.equal(smith.entities.find((e) => e.id === smith.quotes.at(-1)?.speaker.entity)?.description, 'A Department for Work and Pensions spokeswoman');
});

test('a pronoun skips a person whose listed given name has the other gender', () => {
  const analysis = analyze('Leonardo DiCaprio was nominated. Hilary Swank won the award for her role. "I am just a girl from a trailer park," she said.');
  assert.equal(analysis.quotes.at(-1)?.speaker.name, 'Hilary Swank');
});

test('party words before a full name give the party and are no part of the name', () => {
  const party = (text: string) => people(text).map((e) => [e.name, e.party]);
  assert.deepEqual(party('Tory David Davies said the plan was flawed.'), [['David Davies', 'Conservative']]);
  assert.deepEqual(party('For the Lib Dems David Laws said: "The chancellor will tell us."'), [['David Laws', 'Liberal Democrat']]);
  assert.deepEqual(party('Lib Dem Mark Oaten said it was fine.'), [['Mark Oaten', 'Liberal Democrat']]);
});

test('"it" goes on with an organization that has just spoken, unless another is named after its statement', () => {
  const fao = analyze('The FAO said the World Food Programme needed more money. It also criticised the high tariffs imposed by rich nations.');
  assert.equal(fao.quotes.at(-1)?.speaker.name, 'FAO');
  const other = analyze('The FAO said prices were rising. Talks in Geneva were led by the WTO. It said tariffs were too high.');
  assert.equal(other.quotes.at(-1)?.speaker.entity, null);
});

test('unnamed groups of firms and observers, and figures or research as documents', () => {
  const typeOf = (text: string) => {
    const analysis = analyze(text);
    const speaker = analysis.entities.find((e) => e.id === analysis.quotes[0]?.speaker.entity);
    return [speaker?.type, speaker?.anonymous === true];
  };
  assert.deepEqual(typeOf('Some firms said the rules would raise costs.'), ['group', true]);
  assert.deepEqual(typeOf('Many observers said the talks had failed.'), ['group', true]);
  assert.deepEqual(typeOf('Official figures show that sales fell in December.')[0], 'document');
});

test('"they" goes on with a group that has just spoken; a definite plural role is an unnamed group', () => {
  const analysis = analyze('But the tobacco companies denied that they illegally conspired to promote smoking. They also said they had already met many of the demands.');
  const speakers = analysis.quotes.map((q) => analysis.entities.find((e) => e.id === q.speaker.entity));
  assert.deepEqual(speakers.map((e) => [e?.type, e?.description ?? e?.name]), [['group', 'the tobacco companies'], ['group', 'the tobacco companies']]);
});

test('occupations before a name are its title, not part of it ("Actor Bruce Willis", "Singer Kylie Minogue")', () => {
  assert.deepEqual(people('Actor Bruce Willis is suing the studio over an injury he said he suffered.').map((e) => [e.name, e.title]), [['Bruce Willis', 'Actor']]);
  assert.deepEqual(people('Singer Kylie Minogue said she was delighted.').map((e) => [e.name, e.title]), [['Kylie Minogue', 'Singer']]);
});

test('sports roles before a name are titles, and "the coach" then refers to the person with that title', () => {
  const analysis = analyze('England coach Andy Robinson named his side on Monday. "We are ready," the coach said.');
  assert.deepEqual(people('England coach Andy Robinson named his side on Monday.').map((e) => [e.name, e.title]), [['Andy Robinson', 'England coach']]);
  assert.equal(analysis.quotes[0]?.speaker.name, 'Andy Robinson');
});

test('business roles before a name are titles ("Investec economist David Page", "EFF lawyer Kurt Opsahl")', () => {
  assert.deepEqual(people('Investec economist David Page said rates would rise.').map((e) => [e.name, e.title]), [['David Page', 'Investec economist']]);
});

test('"the 34-year-old" refers to the salient person', () => {
  const analysis = analyze('Kelly Holmes won the 1500m in Birmingham. But the 34-year-old would not reveal whether she intended to run.');
  assert.equal(analysis.quotes[0]?.speaker.name, 'Kelly Holmes');
});

test('"the party said" refers to the party named last, not to another organization', () => {
  const analysis = analyze('Labour launched its campaign in London on Monday. Labour leaders met the London Assembly and the BBC. The party said it would win.');
  assert.equal(analysis.quotes[0]?.speaker.name, 'Labour');
});

test('"analysts Gartner", "provider AOL": the noun before the name makes it an organization', () => {
  const analysis = analyze('The market grew by 5%, according to analysts Gartner. Gartner said sales would slow.');
  assert.equal(analysis.entities.find((e) => e.name === 'Gartner')?.type, 'organization');
});

test('"the Independent" after "the" is the listed outlet "The Independent"', () => {
  const analysis = analyze('The plan was leaked to the Independent on Sunday. The minister told the Independent he was not worried.');
  assert.equal(analysis.entities.find((e) => e.name === 'Independent')?.type, 'organization');
});

test('organisers, unions, students and other plural roles are unnamed groups', () => {
  const analysis = analyze('The march went ahead on Saturday. Organisers said 10,000 people took part.');
  const speaker = analysis.entities.find((e) => e.id === analysis.quotes[0]?.speaker.entity);
  assert.deepEqual([speaker?.type, speaker?.anonymous], ['group', true]);
});
