import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';

const quotesOf = (text: string) =>
  analyze(text).quotes.map((q) => ({ kind: q.kind, content: q.fragments.map((f) => text.slice(f.start, f.end)), cue: q.cue?.text ?? null, speaker: q.speaker.name, mention: q.speaker.mention?.text ?? null }));

test('attributes a direct quotation followed by speaker and verb', () => {
  const [quote] = quotesOf('"A lie is a lie is a lie, period," Cummings said.');
  assert.deepEqual(quote, { kind: 'direct', content: ['"A lie is a lie is a lie, period,"'], cue: 'said', speaker: 'Cummings', mention: 'Cummings' });
});

test('attributes an inverted cue: said followed by the speaker', () => {
  const [quote] = quotesOf('“There is a lot of new complexity,” said Mr. Burman.');
  assert.equal(quote?.mention, 'Mr. Burman');
  assert.equal(quote?.kind, 'direct');
});

test('joins an interrupted quotation into one quote with two fragments', () => {
  const quotes = quotesOf('"I have not met with any Russians," he said, "and those remarks are false."');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.content.length, 2);
});

test('joins a quotation continued in the next sentence of the same paragraph', () => {
  const quotes = quotesOf('"It may have been an innocent contact," Graham said. "I don\'t know if he has to disclose everyone."');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.content.length, 2);
});

test('finds a cue before the quotation with a colon', () => {
  const [quote] = quotesOf('Trump said: "We will win so much."');
  assert.equal(quote?.mention, 'Trump');
  assert.equal(quote?.kind, 'direct');
});

test('takes reported speech up to the end of the reported clause', () => {
  const text = 'Sen. Charles Schumer, D-NY, said Thursday that Sessions should resign, he told reporters.';
  const [quote] = quotesOf(text);
  assert.equal(quote?.kind, 'indirect');
  assert.equal(quote?.mention, 'Sen. Charles Schumer');
  assert.deepEqual(quote?.content, ['that Sessions should resign']);
});

test('a comma inside a closing quotation mark ends the reported clause before a participle of saying or a concession', () => {
  const adding = quotesOf('Cruz said that there is “only one strong conservative in a position to win this race,” adding that Trump “relentlessly attacks us.”');
  assert.deepEqual(adding.find((q) => q.cue === 'said')?.content, ['that there is “only one strong conservative in a position to win this race,”']);
  const though = quotesOf('Voters said the positions are “about right,” though most prefer the senator.');
  assert.deepEqual(though[0]?.content, ['the positions are “about right,”']);
  // A participle that goes on describing is still what was said.
  const making = quotesOf('Stumpf said the employees were “well-paid,” making between $30,000 and $60,000 a year.');
  assert.deepEqual(making[0]?.content, ['the employees were “well-paid,” making between $30,000 and $60,000 a year']);
});

test('a verb joined by "but" takes the speaker of the outer statement, not of one reported inside it', () => {
  const quotes = quotesOf('Franken said that Sessions answered his question "in a seriously misleading way," but would not say that he thought Sessions lied.');
  assert.deepEqual(quotes.map((q) => [q.cue, q.mention, q.content]), [
    ['said', 'Franken', ['that Sessions answered his question "in a seriously misleading way,"']],
    ['say', 'Franken', ['that he thought Sessions lied']],
  ]);
});

test('an infinitive after a ranked noun describes it and does not interrupt the speaker\'s next quotation', () => {
  const quotes = quotesOf('“We should get rid of superdelegates,” said Sen. Jeff Merkley, the only senator to endorse Sanders. “There are many delegates who agree.”');
  assert.deepEqual(quotes.map((q) => [q.mention, q.content.length]), [['Sen. Jeff Merkley', 2]]);
});

test('a participle after a quotation\'s cue clause takes the quotation\'s speaker, and the next quotation continues it', () => {
  const quotes = quotesOf('"They will use anything they can get," Trump said of terrorists, mocking concerns about civil liberties. "These people will use anything."');
  assert.deepEqual(quotes.map((q) => [q.cue, q.mention, q.content.length]), [['said', 'Trump', 2], ['mocking', 'Trump', 1]]);
});

test('a sentence subject is found after a dateline or a fronted time phrase, and a quotation after "But" continues the speaker', () => {
  const dateline = quotesOf('WASHINGTON, Dec. 8 (UPI) — In response, Clinton’s aide rallied supporters, saying: “We have to be ready to stop him.”');
  assert.equal(dateline[0]?.mention, 'Clinton’s aide');
  // A dateline with no date: the place in capitals, an agency in parentheses, a hyphen.
  for (const opening of ['BRUSSELS -', 'NEW YORK --', 'LONDON (Reuters) -']) {
    assert.equal(quotesOf(`${opening} European leaders gathered Friday to discuss defense, offering broad new efforts to share costs.`).find((q) => q.cue === 'offering')?.mention, 'European leaders', opening);
  }
  const later = quotesOf('Hours later, Trump returned the compliment, telling Reuters, “Sheldon and I have been friends for a long time.”');
  assert.equal(later[0]?.mention, 'Trump');
  const but = quotesOf('“I do not think it is do or die,” he said outside the building. But “An endorsement helps.”');
  assert.deepEqual(but.map((q) => q.content.length), [2]);
});

test('reported clauses that open with a quantity, an aside after the subject, or follow a dashed aside; a name after a long description', () => {
  const contents = (text: string) => quotesOf(text).map((q) => [q.mention, q.content]);
  assert.deepEqual(contents('The budget office said about half of the adjustment reflected revenue losses.'), [['The budget office', ['about half of the adjustment reflected revenue losses']]]);
  assert.deepEqual(contents('Andy Smith said Trump, despite his wealth, is better placed to win the vote.'), [['Andy Smith', ['Trump, despite his wealth, is better placed to win the vote']]]);
  assert.deepEqual(contents('Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million that day.'), [['Paul Manafort', ['that Trump raised $4 million that day']]]);
  assert.deepEqual(contents('One of the authors of that report, Ari Fleischer, said the nomination will test their conclusions.'), [['Ari Fleischer', ['the nomination will test their conclusions']]]);
});

test('"according to" in the middle of a sentence after a fronted "since" adverbial takes both sides', () => {
  const [quote] = quotesOf('Since last November, according to Human Rights Watch, security forces have killed more than 400 protesters.');
  assert.deepEqual([quote?.mention, quote?.content], ['Human Rights Watch', ['Since last November', 'security forces have killed more than 400 protesters']]);
});

test('a speaker with a long appositive between the quotation and the cue is found; a quoted title before a relative clause is not a quotation', () => {
  const long = quotesOf("''It is fiscally responsible,'' Leonard E. Burman, director of the Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse University, said of the plan.");
  assert.equal(long[0]?.mention, 'Leonard E. Burman');
  const title = quotesOf('Rhodes recalled Mr. Obama talking about "Collapse: How Societies Choose to Fail or Succeed," Jared Diamond\'s 2005 best seller, which explored the collapse of ancient societies like Easter Island and discussed how climate change could yield the same destruction.');
  assert.ok(title.every((q) => q.kind !== 'direct'));
});

test('a year after "in" between the subject and its verb is skipped ("an arbitration panel in 2001 found")', () => {
  const [quote] = quotesOf('An arbitration panel in 2001 found the United States was in breach of the agreement.');
  assert.deepEqual([quote?.mention, quote?.content], ['An arbitration panel', ['the United States was in breach of the agreement']]);
});

test('three apostrophes inside a doubled-mark quotation close the nested quotation and then the outer one', () => {
  const quotes = quotesOf("''Voters will not be satisfied with 'We'll bomb them,''' said Senator John McCain of Arizona.");
  assert.deepEqual(quotes.map((q) => [q.kind, q.mention, q.content]), [['direct', 'Senator John McCain of Arizona', ["''Voters will not be satisfied with 'We'll bomb them,'''"]]]);
});

test('a subordinating conjunction opening the sentence is not part of the speaker ("When Donald Trump said …")', () => {
  const [quote] = quotesOf('When Donald Trump said a federal judge was biased, Republicans balked.');
  assert.deepEqual([quote?.mention, quote?.content], ['Donald Trump', ['a federal judge was biased']]);
});

test('a subordinate clause after a quotation is not its speaker and cue ("…,” when Clinton blasted him")', () => {
  const quotes = quotesOf('The ad shows Trump saying during the debate, “That makes me smart,” when Clinton blasted him for not paying taxes.');
  assert.ok(!quotes.some((q) => q.kind === 'direct' && q.cue === 'blasted'));
});

test('marks reported speech with quoted words as mixed', () => {
  const [quote] = quotesOf('Pelosi said he "lied under oath" during the hearing.');
  assert.equal(quote?.kind, 'mixed');
  assert.equal(quote?.mention, 'Pelosi');
});

test('attributes content that comes before its speaker', () => {
  const [quote] = quotesOf('The protocol called for a trauma center, sources said.');
  assert.deepEqual(quote?.content, ['The protocol called for a trauma center']);
  assert.equal(quote?.mention, 'sources');
});

test('reads "CONTENT, said X." as content first even when the content has clauses of its own', () => {
  const [quote] = quotesOf('All e-mails are subject to the law, but the important thing was the content of the e-mail, said Mr Thomas.');
  assert.deepEqual(quote?.content, ['All e-mails are subject to the law, but the important thing was the content of the e-mail']);
  assert.equal(quote?.mention, 'Mr Thomas');
  // An appositive before the cue is still the subject, with the statement after it.
  const [plain] = quotesOf('Jeff Sessions, the attorney general, said the report was false.');
  assert.deepEqual(plain?.content, ['the report was false']);
  assert.equal(plain?.speaker, 'Jeff Sessions');
});

test('recognizes according to, in front and at the end', () => {
  assert.equal(quotesOf('According to the report, the talks failed.')[0]?.mention, 'the report');
  assert.equal(quotesOf('The talks failed, according to officials.')[0]?.mention, 'officials');
});

test('gives a participle the subject of its clause', () => {
  const [quote] = quotesOf('Rep. Nancy Pelosi released a statement, saying he "lied under oath."');
  assert.equal(quote?.mention, 'Rep. Nancy Pelosi');
});

test('records where a statement was made', () => {
  const analysis = analyze('"I will recuse myself," he told NBC News.');
  assert.equal(analysis.quotes[0]?.medium?.text, 'NBC News');
  const post = analyze('He is going to be "pressing the attorney general," he said in a Facebook post.');
  assert.equal(post.quotes[0]?.medium?.text, 'in a Facebook post');
});

test('bounds a quotation that never closes at its paragraph and reports it', () => {
  const text = 'He said "this never closes and goes on.\n\nThe next paragraph is narration. It has no quotes.';
  const analysis = analyze(text);
  for (const quote of analysis.quotes) assert.ok(quote.content.end <= text.indexOf('\n\n'));
  assert.ok(analysis.diagnostics.some((d) => d.code === 'unclosed-quote'));
});

test('continues a quotation across paragraphs that reopen it', () => {
  const text = '"The first paragraph of the quote," she said. "It goes on.\n\n"And on into the next paragraph," she said.';
  const analysis = analyze(text);
  assert.equal(analysis.diagnostics.filter((d) => d.code === 'unclosed-quote').length, 0);
});

test('handles doubled apostrophes as quotation marks', () => {
  const [quote] = quotesOf("''This isn't tax reform,'' said Douglas Holtz-Eakin.");
  assert.equal(quote?.mention, 'Douglas Holtz-Eakin');
});

test('every quote text equals the text at its span', () => {
  const text = 'Rep. Adam Schiff, D-CA, complained that Comey was less than forthcoming.\u00a0"It is a disgrace," Schiff said.';
  for (const quote of analyze(text).quotes) {
    assert.equal(quote.content.text, text.slice(quote.content.start, quote.content.end));
    if (quote.cue) assert.equal(quote.cue.text, text.slice(quote.cue.start, quote.cue.end));
  }
});

test('a quoted fragment with the cue after it states the whole sentence (mixed)', () => {
  const [quote] = quotesOf('Sessions\' testimony was "misleading," Schumer said.');
  assert.equal(quote?.kind, 'mixed');
  assert.deepEqual(quote?.content, ['Sessions\' testimony was "misleading,"']);
});

test('a quotation continued over paragraphs is one statement with a fragment per paragraph', () => {
  const text = '"This is the first paragraph of what she said.\n\n"And this is the second," Warren said.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.content.length, 2);
  assert.equal(quotes[0]?.speaker, 'Warren');
});

test('a number with a slash belongs to the speaker phrase ("9/11 widow")', () => {
  const [quote] = quotesOf('“They are 100 percent wrong,” said 9/11 widow Terry Strada.');
  assert.equal(quote?.mention, '9/11 widow Terry Strada');
});

test('a curly quotation after a paragraph opened by a straight mark does not continue it', () => {
  const text = '"Melanie thought the whole thing was outrageous.\n\n“It never crossed my mind that I’m losing it,” she said several months later.';
  const quotes = quotesOf(text);
  const said = quotes.find((q) => q.cue === 'said');
  assert.deepEqual(said?.content, ['“It never crossed my mind that I’m losing it,”']);
});

test('an inverted cue opening its sentence takes the speaker after it ("Said Ellis: “…”")', () => {
  const [quote] = quotesOf('Said Ellis: “I don’t get the sense she’s interested in tax reform.”');
  assert.equal(quote?.mention, 'Ellis');
});

test('a participle cue after a preposition and an object pronoun takes the clause subject', () => {
  const [quote] = quotesOf('Blige sings to Clinton before asking her, “I just want to know, where do we go from here?”');
  assert.equal(quote?.cue, 'asking');
  assert.equal(quote?.mention, 'Blige');
});

test('an aside with a cue of its own starts a new quotation', () => {
  const quotes = quotesOf('“We certainly can’t afford to do this anymore,” Trump said, adding later, “NATO is costing us a fortune.”');
  assert.deepEqual(quotes.map((q) => q.cue), ['said', 'adding']);
});

test('manner-of-speaking verbs are cues ("Protesters chanted “What curfew?”")', () => {
  const [quote] = quotesOf('Protesters marching through the streets chanted "What curfew?" and kept going.');
  assert.equal(quote?.cue, 'chanted');
});

test('a quotation that the sentence goes on after is part of a reported clause, not a direct quotation', () => {
  const [quote] = quotesOf('PolitiFact claimed “Trump exaggerates” the level of black youth unemployment.');
  assert.equal(quote?.kind, 'mixed');
  assert.deepEqual(quote?.content, ['“Trump exaggerates” the level of black youth unemployment']);
});

test('an -ly noun after a possessive stays in the speaker phrase ("Scott’s family")', () => {
  const [quote] = quotesOf('Scott’s family has called on police to release the videos "as a matter of transparency" today.');
  assert.equal(quote?.mention, 'Scott’s family');
});

test('a participle phrase after the subject is skipped ("Protesters marching through the streets chanted")', () => {
  const [quote] = quotesOf('Protesters marching through the streets chanted "What curfew?" and kept going.');
  assert.equal(quote?.mention, 'Protesters');
  assert.deepEqual(quote?.content, ['"What curfew?"']);
});

test('a cue followed by a verb is a relative clause, not an attribution ("the “loopholes” he cited are")', () => {
  const quotes = analyze('The four “loopholes” he cited are “the ability to use real estate losses.”').quotes;
  assert.ok(quotes.every((q) => q.source !== 'rule:quote/cue-after-quotation'));
});

test('a quotation after "and still" continues the statement of the cue before it', () => {
  const quotes = quotesOf('Mills "got an immunity agreement," Jordan said, and still "got to sit in on the interview."');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.content.length, 2);
});

test('a fronted adverbial without a comma leaves the subject pronoun after it ("On September 27 they …")', () => {
  const [quote] = quotesOf('On September 27 they published the results by announcing that the statement was “true.”');
  assert.equal(quote?.mention, 'they');
});

test('a quotation in another style of mark does not float onto the previous speaker', () => {
  const text = '“Here he is, babe,” she said.\n\n"Trump walked onto the stage and waved to the crowd for a long while."';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1);
});

test('quotations that pair curly and straight marks are one statement split by its attribution', () => {
  // Hurried copy: a curly opener closed by a straight mark, then a straight opener closed by a curly one.
  const text = 'Sanders spoke first. “I heard parts of Bernie’s speech," Trump said. "He wants to give away our country, folks.” Then he left.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1);
  assert.deepEqual(quotes[0]?.content, ['“I heard parts of Bernie’s speech,"', '"He wants to give away our country, folks.”']);
  assert.equal(quotes[0]?.mention, 'Trump');
});

test('a text that "reads" a quotation is its source; reading something is not a statement', () => {
  const [quote] = quotesOf('“There are invertebrates that have shown more spine than Sen. Charles Grassley,” reads a Wednesday editorial in The Des Moines Register.');
  assert.deepEqual(quote?.content, ['“There are invertebrates that have shown more spine than Sen. Charles Grassley,”']);
  assert.match(quote?.mention ?? '', /editorial/);
  assert.deepEqual(quotesOf('He read the report on Monday and left for Ohio.'), []);
});

test('a full name and a colon before a quotation name its speaker; a one-word label does not', () => {
  const [quote] = quotesOf('The timing of the surge does not surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates gain the most.”');
  assert.equal(quote?.mention, 'Daron Shaw');
  assert.deepEqual(quote?.content, ['“Historically, lesser-known candidates gain the most.”']);
  const [pair] = quotesOf('A new study appeared on Monday - Mark Blumenthal and Jon Cohen: “The polls were not wrong, they ended too early.”');
  assert.equal(pair?.mention, 'Mark Blumenthal and Jon Cohen');
  assert.deepEqual(quotesOf('The board met on Monday. Update: “The vote has been moved to Friday.”'), []);
});

test('a medium at the end of reported content is where it was said, not what', () => {
  const [quote] = quotesOf('Keron Blair, executive director of AROS, called for more school investment in a statement on Thursday.');
  assert.deepEqual(quote?.content, ['more school investment']);
});

test('a naming verb with an object and an indefinite predicate states a judgement without quotation marks', () => {
  const [quote] = quotesOf('Trump has called climate change a hoax perpetrated by China.');
  assert.deepEqual(quote?.content, ['climate change a hoax perpetrated by China']);
  assert.equal(quote?.mention, 'Trump');
});

test('a noun-ambiguous -s form after a determined noun is its verb ("the average shows …")', () => {
  const [quote] = quotesOf('The average shows Clinton ahead by three points.');
  assert.equal(quote?.cue, 'shows');
});

test('an adverb after a name is not part of the speaker ("Mr. Schultz generally said")', () => {
  const [quote] = quotesOf('Mr. Schultz generally said he did not support the plan.');
  assert.equal(quote?.mention, 'Mr. Schultz');
});

test('a commitment verb states its to-infinitive ("agreed to release the money")', () => {
  const [quote] = quotesOf('Surety companies agreed to release millions in cash so the work could start.');
  assert.equal(quote?.cue, 'agreed');
  assert.equal(quote?.mention, 'Surety companies');
});

test('a conjunctive adverb after a fronted phrase is not the sentence subject', () => {
  const [quote] = quotesOf('On Thursday, however, Trump spoke to a gathering of industry leaders, promising to lift environmental regulations.');
  assert.equal(quote?.mention, 'Trump');
});

test('a second verb after "and" takes a subject pronoun nearer than the previous speaker', () => {
  const quotes = analyze('Gov. Chris Christie described Clinton as a “disgrace” after she attacked officers and blamed police shootings on “implicit bias” against minorities.').quotes;
  const blamed = quotes.find((q) => q.cue?.text === 'blamed');
  assert.equal(blamed?.speaker.mention?.text, 'she');
});

test('a capitalized adverb opening a sentence is not a speaker ("Once …, I told her: “…”")', () => {
  const quotes = quotesOf('Once, in the car, I told her: "Of course I believe in the devil."');
  assert.notEqual(quotes[0]?.mention, 'Once');
});

test('"now" between subject and cue is skipped like other adverbs', () => {
  const [quote] = quotesOf('Senators now say the deal will fail.');
  assert.equal(quote?.mention, 'Senators');
});

test('a past-tense verb after "and" leaves a reported clause whose verb follows a modal', () => {
  const text = 'Trump said he would order a thorough review of the defenses and warned against potential hackers from China.';
  assert.deepEqual(analyze(text).quotes.map((q) => text.slice(q.content.start, q.content.end)), ['he would order a thorough review of the defenses', 'potential hackers from China']);
  // The past forms stay in the clause when they can belong to it: after "have", or with no modal at all.
  for (const inside of ['Trump said he would have ordered a review and fired the staff.', 'Trump said he ordered a review and fired the staff.']) {
    const quotes = analyze(inside).quotes;
    assert.equal(quotes.length, 1);
    assert.ok(inside.slice(quotes[0]!.content.start, quotes[0]!.content.end).endsWith('fired the staff'), inside);
  }
});

test('a participle between a determiner and its noun, after an adverb, is no cue ("a swiftly called meeting")', () => {
  const quotes = quotesOf('Following a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the test "a clear violation" of its resolutions.');
  assert.deepEqual(quotes.map((q) => q.cue), ['calling']);
  assert.equal(quotesOf('The newly identified emails included some that were deleted.').length, 0);
});

test('a list item after a comma stays in the reported clause; a closing appositive does not', () => {
  const content = (text: string): string | undefined => {
    const quote = analyze(text).quotes[0];
    return quote ? text.slice(quote.content.start, quote.content.end) : undefined;
  };
  assert.ok(content('Earnest said Obama has long called for tax fairness, the closure of loopholes that benefit only the wealthy and for relief for middle class families.')?.endsWith('middle class families'));
  assert.ok(content('He said the museum celebrated his heroes, including the musician Chuck Berry, the baseball player Willie Mays and the justice Thurgood Marshall.')?.endsWith('Thurgood Marshall'));
  assert.equal(content('He said he did not support Mr. Trump, the presumed Putin favorite.'), 'he did not support Mr. Trump');
});

test('a modal verb phrase after ", but" goes on with the reported clause; a new subject or a verb of saying ends it', () => {
  const contentOf = (text: string): string => {
    const quote = analyze(text).quotes[0]!;
    return text.slice(quote.content.start, quote.content.end);
  };
  assert.equal(contentOf('Callers said they had misgivings about Mrs. Clinton, but could not bear to insult Mr. Obama.'), 'they had misgivings about Mrs. Clinton, but could not bear to insult Mr. Obama');
  assert.equal(contentOf('Callers said they had misgivings about Mrs. Clinton, but many voters have found ways to support her.'), 'they had misgivings about Mrs. Clinton');
});

test('a passive participle names no speaker: "it is thought that" states a claim without a source, "are being told" none', () => {
  const impersonal = analyze('It is thought that the fake site is being run from Romania.').quotes;
  assert.deepEqual(impersonal.map((q) => [q.cue?.text, q.speaker.mention, q.speaker.name, q.source]), [['thought', null, null, 'rule:quote/impersonal-passive']]);
  assert.equal(analyze('Net users are being told to avoid a scam website that claims to collect cash.').quotes.length, 0);
});

test('after a quotation that ends its own sentence, a cue with a clause of its own is a new statement, not its attribution', () => {
  const quotes = quotesOf('He declared: "He is the deals on meals prime minister." He continued: "How can there be discipline in schools?" Mr Blair said he would not respond to "tittle tattle in books".');
  assert.deepEqual(quotes.map((q) => [q.cue, q.mention]), [['declared', 'He'], ['continued', 'He'], ['said', 'Mr Blair']]);
  assert.equal(quotesOf('"How can there be discipline in schools?" Mr Blair said.')[0]?.mention, 'Mr Blair');
});
