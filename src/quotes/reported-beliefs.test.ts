/** Reported attributions that PolNeAR counts beyond speech: beliefs, findings, refusals, participle clauses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const quotesOf = (text: string) =>
  analyze(text).quotes.map((q) => ({ content: q.fragments.map((f) => text.slice(f.start, f.end)), cue: q.cue?.text ?? null, mention: q.speaker.mention?.text ?? null }));

test('a verb of belief takes a bare clause as its content', () => {
  const [quote] = quotesOf('Economists believe this provides artificial incentive for employers.');
  assert.deepEqual(quote, { content: ['this provides artificial incentive for employers'], cue: 'believe', mention: 'Economists' });
});

test('a verb of belief with a noun object states nothing ("fear the worst")', () => {
  assert.equal(quotesOf('Many residents fear the worst.').length, 0);
});

test('a finding may be a bare clause ("a panel found the United States was in breach")', () => {
  const [quote] = quotesOf('An arbitration panel found the United States was in breach of the agreement.');
  assert.equal(quote?.content[0], 'the United States was in breach of the agreement');
});

test('a refusal to comment is attributed, a decline in numbers is not', () => {
  assert.equal(quotesOf('A spokesman for Mr. Clinton declined to comment.')[0]?.content[0], 'to comment');
  assert.equal(quotesOf('The company said its shares declined 3 percent.').filter((q) => q.cue === 'declined').length, 0);
});

test('a participle after a closing quotation mark reports its own clause, with the sentence subject as speaker', () => {
  const [quote] = quotesOf('Donald Trump has delivered a defense of “New York values,” saying the city embodied the “soul of America.”');
  assert.equal(quote?.mention, 'Donald Trump');
  assert.equal(quote?.content[0], 'the city embodied the “soul of America.”');
});

test('a relative clause after a comma is not part of the reported statement', () => {
  const [quote] = quotesOf('Fowler said he expects Clinton to fully recover from her bout with pneumonia, which forced her to leave early.');
  assert.equal(quote?.content[0], 'he expects Clinton to fully recover from her bout with pneumonia');
});

test('a stance is taken on its object noun phrase alone, without time adjuncts', () => {
  const [quote] = quotesOf('Christie endorsed Trump last week and has appeared at his side since.');
  assert.equal(quote?.content[0], 'Trump');
});

test('a verb with a particle takes what follows the particle ("referring to the party’s July convention")', () => {
  const [quote] = quotesOf('Things should be settled soon, Trump said Monday, referring to the party’s July convention.');
  assert.ok(quotesOf('Trump was referring to the party’s July convention.').some((q) => q.cue === 'referring to' && q.content[0] === 'the party’s July convention'));
  assert.ok(quote);
});

test('a verb of judging takes its object up to an adjunct of the verb', () => {
  const [quote] = quotesOf('Clinton blasted Trump’s call for a deportation force during a stop in Iowa.');
  assert.deepEqual(quote, { content: ['Trump’s call for a deportation force'], cue: 'blasted', mention: 'Clinton' });
});

test('an "as" clause names the speaker of the statement after its comma', () => {
  const [quote] = quotesOf('As The Washington Post reported, the White House was refusing to call it terrorism.');
  assert.deepEqual(quote, { content: ['the White House was refusing to call it terrorism'], cue: 'reported', mention: 'The Washington Post' });
});

test('a question opening the sentence is attributed with its asker unstated', () => {
  const quote = quotesOf('Asked whether he would quarantine travelers, Christie said he would.').find((q) => q.cue === 'Asked');
  assert.deepEqual(quote, { content: ['whether he would quarantine travelers'], cue: 'Asked', mention: null });
});

test('a noun-ambiguous base form is a verb after a plural noun, a noun after a determiner ("Democrats hope that" / "the hope that")', () => {
  assert.equal(quotesOf('Democrats hope that the turnout will be high.')[0]?.cue, 'hope');
  assert.ok(quotesOf('The plan that aired on Thursday was light on details.').every((q) => q.cue !== 'plan'));
});

test('a passive participle is no cue ("terrorists are revealed as …")', () => {
  assert.equal(quotesOf('When terrorists are revealed as part of the plot, officials act.').length, 0);
});

test('a participle glossing a quotation does not split it from its continuation', () => {
  const quotes = quotesOf('"We remain open to talks," he said, referring to the country\'s official name. "Sadly, the DPRK has chosen a different path."');
  assert.equal(quotes.find((q) => q.cue === 'said')?.content.length, 2);
  assert.deepEqual(quotes.map((q) => q.cue), ['said', 'referring to']);
});

test('"according to" opening a sentence takes its source up to the comma, whatever word opens it', () => {
  const [quote] = quotesOf('According to early results of exit polls, most voters feel betrayed by their party.');
  assert.equal(quote?.mention, 'early results of exit polls');
});

test('a statement interrupted by "according to X," goes on with its predicate as a second fragment', () => {
  const [quote] = quotesOf('At the heart of the trouble, according to Dennis Ross, was a decision by Mr. Obama.');
  assert.deepEqual(quote?.content, ['At the heart of the trouble', 'was a decision by Mr. Obama']);
});

test('a name-modified report with a participle and time adjunct is the subject ("A GAO report released last year found …")', () => {
  const [quote] = quotesOf('A Government Accountability Office report released last year found that the agency could not be sure.');
  assert.equal(quote?.mention, 'A Government Accountability Office report');
});

test('a short time or place phrase may stand between a verb of saying and its clause', () => {
  const [quote] = quotesOf("Trump said after the convention he would not accept Cruz's endorsement.");
  assert.equal(quote?.content[0], "he would not accept Cruz's endorsement");
});

test('an infinitive of purpose takes the subject of its sentence ("met with Kadzik to discuss …")', () => {
  const [quote] = quotesOf('A group of lawmakers met with Justice Department liaison Peter Kadzik to discuss document requests.');
  assert.deepEqual(quote, { content: ['document requests'], cue: 'discuss', mention: 'A group of lawmakers' });
});

test('"going to", "need to" are no infinitives of purpose', () => {
  assert.equal(quotesOf('The committee is going to discuss the budget.').length, 0);
});

test('an inverted speaker may carry an appositive to the end of the sentence', () => {
  const [quote] = quotesOf('Tariffs will not bring these jobs back, said David Autor, a professor of economics at the institute.');
  assert.deepEqual(quote, { content: ['Tariffs will not bring these jobs back'], cue: 'said', mention: 'David Autor' });
});

test('after a fronted adverbial, "according to X" interrupts the statement, which goes on after it', () => {
  const [quote] = quotesOf('Over the long term, according to the budget office, the rise in deficits is mainly due to the aging of the population.');
  assert.deepEqual(quote?.content, ['Over the long term', 'the rise in deficits is mainly due to the aging of the population']);
});

test('a verb of backing or offering takes its object as what is stated', () => {
  assert.equal(quotesOf('The senator offered no proof that the papers were forged.')[0]?.content[0], 'no proof that the papers were forged');
  assert.equal(quotesOf('The union backed Clinton last week.')[0]?.content[0], 'Clinton');
});

test('a quotation after a stance is not a continuation of its speaker\'s words', () => {
  const text = 'The mayor backed the new stadium plan.\n\n"We will build it whatever it costs and we will open it next year."';
  assert.equal(analyze(text).quotes.filter((q) => q.source === 'rule:quote/floating-continuation').length, 0);
});

test('a noun phrase closing the sentence after a comma describes the last noun and is not what was said', () => {
  const [quote] = quotesOf('Mr. Schultz said he did not support Mr. Trump, the presumed favorite of the Kremlin.');
  assert.equal(quote?.content[0], 'he did not support Mr. Trump');
});

test('a contrast after a comma ends the reported clause, unless quoted words follow', () => {
  assert.equal(quotesOf('Executives complain that taxes are too high, but many corporations have found ways around them.')[0]?.content[0], 'that taxes are too high');
  assert.equal(quotesOf('She said the plan was sound, but “nobody wants to pay for it.”')[0]?.content[0], 'the plan was sound, but “nobody wants to pay for it.”');
});

test('a question after the answer ("said when asked whether …") is attributed with no stated asker', () => {
  const text = '"You bet I would," Christie said when asked whether he would order a quarantine for travelers.';
  const question = analyze(text).quotes.find((q) => q.source === 'rule:quote/asked-question');
  assert.equal(question && text.slice(question.content.start, question.content.end), 'whether he would order a quarantine for travelers');
});

test('a question opening the sentence may follow a time or place ("Asked during a debate why …,")', () => {
  const text = 'Asked during a January debate why he trailed so badly among minority voters, Sanders said he would gain ground.';
  assert.equal(quotesOf(text).find((q) => q.cue === 'Asked')?.content[0], 'why he trailed so badly among minority voters');
});

test('the question put to a speaker does not keep his next quotation from continuing his words', () => {
  const text = '"It is possible for anybody to change," he said when asked about the temperament of the candidate. "But I just do not see evidence that he wants to."';
  assert.equal(analyze(text).quotes.filter((q) => q.speaker.mention?.text === 'he' && q.fragments.length === 2).length, 1);
});

test('"yet" after a comma ends the reported clause as "but" does', () => {
  assert.equal(quotesOf('He said he demands transparency from the president, yet refuses to release his own records.')[0]?.content[0], 'he demands transparency from the president');
});

test('a short participle ("using") or a dash opens a participle clause that ends the statement', () => {
  assert.equal(quotesOf('Analysts said Clinton was ahead by 3.7 points, using an average of recent polls.')[0]?.content[0], 'Clinton was ahead by 3.7 points');
  assert.equal(quotesOf('He argued that corporate taxes should be low -- assuming that shareholders then pay more.')[0]?.content[0], 'that corporate taxes should be low');
});

test('"as" followed by a subject pronoun opens a clause of its own', () => {
  assert.equal(quotesOf('The poll showed a tightening race as he consolidates the support of the party.')[0]?.content[0], 'a tightening race');
});

test('"show" after a plural noun and "shows" after a longer noun phrase are verbs of reporting', () => {
  assert.equal(quotesOf('Polls show a close contest in the state.')[0]?.content[0], 'a close contest in the state');
  assert.equal(quotesOf('The leaked documents from his 1995 tax return shows he took a massive loss.')[0]?.content[0], 'he took a massive loss');
  assert.equal(quotesOf('Video of the incident shows him with his hands in the air.')[0]?.content[0], 'him with his hands in the air');
});

test('"according to" a source the phrase finder does not take still names the source up to the sentence end', () => {
  const [quote] = quotesOf('Donald Trump repeatedly demeaned women with sexist language, according to show insiders.');
  assert.deepEqual(quote, { content: ['Donald Trump repeatedly demeaned women with sexist language'], cue: 'according to', mention: 'show insiders' });
});

test('an absolute "with" clause holding a cue participle ends the reported clause', () => {
  assert.equal(quotesOf('Polling averages show Clinton with a narrow lead, with RealClearPolitics showing her ahead 3 points.')[0]?.content[0], 'Clinton with a narrow lead');
});

test('a verb of seeing or viewing with an object and an "as" predicate states a belief', () => {
  assert.equal(quotesOf('In South Florida, developers see the golf courses as wasted space.')[0]?.content[0], 'the golf courses as wasted space');
  assert.equal(quotesOf('Many residents viewed the plan as a betrayal.')[0]?.content[0], 'the plan as a betrayal');
});

test('"described" states its object without quotation marks; "called" still needs a predicate noun', () => {
  assert.equal(quotesOf('Sarah Aubrey described the excitement at the network.')[0]?.content[0], 'the excitement at the network');
  assert.equal(quotesOf('Democrats called the citation and the demand a transparent political ploy.')[0]?.content[0], 'the citation and the demand a transparent political ploy');
  assert.equal(quotesOf('The chairman called a meeting on Friday.').length, 0);
});

test('base forms of verbs of belief after a subject pronoun ("I feel that", "we know that")', () => {
  assert.equal(quotesOf('I feel that the country is heading in the wrong direction.')[0]?.content[0], 'that the country is heading in the wrong direction');
  assert.equal(quotesOf('We know that the plan will fail.')[0]?.content[0], 'that the plan will fail');
});

test('"…, according to X" takes the whole statement even when it reports a refusal of its own', () => {
  const [quote] = quotesOf('But HarperCollins declined to renew the offer, according to a publishing executive.');
  assert.deepEqual(quote, { content: ['But HarperCollins declined to renew the offer'], cue: 'according to', mention: 'a publishing executive' });
});

test('a quantifier standing alone is the subject of "said" ("Most said", "Two in three said")', () => {
  assert.deepEqual(quotesOf('Most said they were very worried.')[0], { content: ['they were very worried'], cue: 'said', mention: 'Most' });
  assert.equal(quotesOf('Two in three said they are less likely to vote.')[0]?.content[0], 'they are less likely to vote');
  assert.equal(quotesOf('The said document was lost.').length, 0);
});

test('a time phrase between the subject and "said" is skipped ("Spicer on Thursday evening said")', () => {
  assert.deepEqual(quotesOf('RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.')[0], { content: ['the party was not in a crisis'], cue: 'said', mention: 'RNC spokesman Sean Spicer' });
  assert.equal(quotesOf('Dianne Feinstein (D-Calif.) last week said Clinton was not the originator.')[0]?.mention, 'Dianne Feinstein');
});

test('an appositive between dashes may stand between the subject and "said"', () => {
  const [quote] = quotesOf('The justice -- who has been in a scuffle with the nominee over the past few days -- said she regretted her remarks.');
  assert.deepEqual(quote, { content: ['she regretted her remarks'], cue: 'said', mention: 'The justice' });
});

test('a name with a possessive appositive is the subject; the phrase after "said" with its own verb is no inverted speaker', () => {
  const [quote] = quotesOf("Rashad Robinson, Color of Change's executive director, said his group will continue to press companies.");
  assert.deepEqual(quote, { content: ['his group will continue to press companies'], cue: 'said', mention: 'Rashad Robinson' });
});

test('a request states its addressee and infinitive ("asked the department to investigate")', () => {
  assert.deepEqual(quotesOf('Two House committees asked the Justice Department to investigate the matter.')[0], { content: ['the Justice Department to investigate the matter'], cue: 'asked', mention: 'Two House committees' });
});

test('a one-word answer ("said no") is a statement', () => {
  assert.equal(quotesOf('Asked if he was ever bullied, the candidate said no.').find((q) => q.cue === 'said')?.content[0], 'no');
});

test('"think it\'s …" is a bare clause and "knows how …" states what is known', () => {
  assert.equal(quotesOf("But I think it's good.")[0]?.content[0], "it's good");
  assert.equal(quotesOf('She knows how to use it.')[0]?.content[0], 'how to use it');
});

test('a gloss after a quotation ("referring to Obama") is attributed and does not break the quotation that follows', () => {
  const text = '"I am a unifier, unlike our president right now," Trump said, referring to Barack Obama. "We will bring people together again."';
  const quotes = analyze(text).quotes;
  assert.equal(quotes.find((q) => q.cue?.text === 'referring to')?.content.text, 'Barack Obama');
  assert.equal(quotes.find((q) => q.cue?.text === 'said')?.fragments.length, 2);
});

test('"called" with an object pronoun and an adjective is a judgement; with a particle it is none', () => {
  assert.equal(quotesOf('Sanders called him divisive.')[0]?.content[0], 'him divisive');
  assert.equal(quotesOf('She called him back on Friday.').length, 0);
});

test('where a stance was taken ("in early-morning tweets") is not part of its object', () => {
  assert.equal(quotesOf('Trump attacked Machado in early-morning tweets.')[0]?.content[0], 'Machado');
});

test('a participle after a time word modifies the noun before it ("released a statement Thursday calling on …")', () => {
  const text = 'Rep. Nancy Pelosi released a statement Thursday calling on Sessions to resign, saying he "lied under oath."';
  assert.equal(quotesOf(text).find((q) => q.cue === 'saying')?.mention, 'Rep. Nancy Pelosi');
});

test('"as" followed by a name and its verb opens a clause of its own', () => {
  assert.equal(quotesOf('The poll showed a tightening race as Trump consolidates the support of his party.')[0]?.content[0], 'a tightening race');
});

test('"but" and a verb phrase after a noun object go back to the main clause; a clause keeps them', () => {
  assert.equal(quotesOf('Republicans expressed willingness to change the law but have been met with opposition.')[0]?.content[0], 'willingness to change the law');
  assert.equal(quotesOf('He said he likes the plan but has concerns about its cost.')[0]?.content[0], 'he likes the plan but has concerns about its cost');
});

test('a medium after the end of a stance object does not stretch the object to it', () => {
  assert.equal(quotesOf('Mr. Schultz supported Democrats during his time on MSNBC.')[0]?.content[0], 'Democrats');
  assert.equal(quotesOf('She called for more school investment in a statement on Thursday.')[0]?.content[0], 'more school investment');
});

test('a verb of seeming states the writer\'s inference: the whole clause is the content and no one is its source', () => {
  const [quote] = quotesOf('The revelation seems to conflict with what the minister said under oath.');
  assert.deepEqual(quote, { content: ['The revelation seems to conflict with what the minister said under oath'], cue: 'seems', mention: null });
  assert.equal(quotesOf('The senator appeared to end her campaign on Tuesday.')[0]?.mention, null);
});
