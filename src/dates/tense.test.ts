import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../text/segment.js';
import { findDates } from './find-dates.js';
import { tenseAround } from './tense.js';

/** The tense around the first occurrence of `word` in a one-sentence text. */
function tenseOf(text: string, word: string) {
  const { tokens } = segment(text);
  const i = tokens.findIndex((token) => text.slice(token.start, token.end) === word);
  return tenseAround({ text, tokens, lower: tokens.map((t) => t.norm.toLowerCase()), from: 0, to: tokens.length }, i, i);
}

test('will and \'ll point forward', () => {
  assert.equal(tenseOf('The committee will vote Friday.', 'Friday'), 'future');
  assert.equal(tenseOf("He'll decide Friday.", 'Friday'), 'future');
});

test('a regular or irregular past verb points back', () => {
  assert.equal(tenseOf('Flynn resigned Friday.', 'Friday'), 'past');
  assert.equal(tenseOf('They met Friday.', 'Friday'), 'past');
});

test('a participle after will be is future', () => {
  assert.equal(tenseOf('The vote will be held Friday.', 'Friday'), 'future');
});

test('plans and schedules point forward, unless told in the past perfect', () => {
  assert.equal(tenseOf('Talks are set to resume Monday.', 'Monday'), 'future');
  assert.equal(tenseOf('The offer had been scheduled to expire Friday.', 'Friday'), 'past');
});

test('until and as early as point forward', () => {
  assert.equal(tenseOf('The deadline was extended until Tuesday.', 'Tuesday'), 'future');
  assert.equal(tenseOf('He could arrive as early as Tuesday.', 'Tuesday'), 'future');
});

test('a cue in another clause does not count', () => {
  assert.equal(tenseOf('Friday; he will speak.', 'Friday'), null);
});

test('a plan as a noun is not a cue, a plan with "to" is', () => {
  assert.equal(tenseOf('The thrift announced the plan Friday.', 'Friday'), 'past');
  assert.equal(tenseOf('Protesters were planning to march on Friday.', 'Friday'), 'future');
});

test('would still be with a participle is future', () => {
  assert.equal(tenseOf('The ceremony would still be held on Friday.', 'Friday'), 'future');
});

test('a progressive after would be is future, would alone is no cue', () => {
  assert.equal(tenseOf('The lawyer said the father would be traveling to Washington Thursday.', 'Thursday'), 'future');
  assert.equal(tenseOf('The lawyer said the father would travel to Washington Thursday.', 'Thursday'), 'past');
});

test('supposed to is a plan, supposed alone is not', () => {
  assert.equal(tenseOf('The talks are supposed to conclude by May.', 'May'), 'future');
  assert.equal(tenseOf('The supposed deal collapsed in May.', 'May'), 'past');
});

test('a parenthesis that only restates a time takes the tense around it', () => {
  assert.equal(tenseOf('The father will leave early (Thursday), Castro said.', 'Thursday'), 'future');
  assert.equal(tenseOf('The father will leave at dawn (he arrived Thursday).', 'Thursday'), 'past');
});

test('until in a past perfect clause is past', () => {
  assert.equal(tenseOf('Until Thursday, they had not called Kopp a suspect.', 'Thursday'), 'past');
  assert.equal(tenseOf('Until Thursday, the offer will stand.', 'Thursday'), 'future');
});

test('a short aside in parentheses does not end the clause', () => {
  assert.equal(tenseOf('The father will leave at 4 a.m. (0800 GMT) Thursday.', 'Thursday'), 'future');
  assert.equal(tenseOf('The father will leave; (0800 GMT) Thursday.', 'Thursday'), null);
  assert.equal(tenseOf('He will leave (as soon as the lawyers, who met at length, agree) Thursday.', 'Thursday'), null);
});

test('a deadline after by with no tense cue is the nearest such date', () => {
  assert.equal(tenseOf('The bridge loan must come down by February.', 'February'), 'present');
  assert.equal(findDates('The bridge loan must come down by February.', '1989-10-30')[0]?.value, '1990-02');
  assert.equal(findDates('The agency wants the boy home by Jan. 14.', '2000-01-15')[0]?.value, '2000-01-14');
});

test('a limit after before (the) with no tense cue is the nearest such date; a season in the present tense too', () => {
  assert.equal(tenseOf('"We need it before the summer," she said.', 'summer'), 'present');
  assert.equal(findDates('"We need it before the summer," she said.', '2024-05-16')[0]?.value, '2024-SU');
  assert.equal(findDates('The council met in the summer.', '2024-05-16')[0]?.value, '2023-SU');
  assert.equal(findDates('The council had met before the summer.', '2024-05-16')[0]?.value, '2023-SU');
});

test('by in a past clause keeps the past', () => {
  assert.equal(tenseOf('Most members had filed reports by Wednesday.', 'Wednesday'), 'past');
  assert.equal(findDates('The company had sold the unit by February.', '1989-10-30')[0]?.value, '1989-02');
  assert.equal(findDates('The company will sell the unit by February.', '1989-10-30')[0]?.value, '1990-02');
});

test('a date inside an infinitive after agreed, agreement or decided lies ahead', () => {
  assert.equal(tenseOf('The company announced an agreement to acquire the bank in January.', 'January'), 'future');
  assert.equal(tenseOf('The parties agreed to meet Monday.', 'Monday'), 'future');
  assert.equal(findDates('It announced an agreement to acquire the bank in January.', '1989-11-02')[0]?.value, '1990-01');
});

test('a date before agreed to, or agreed without to, dates the agreement', () => {
  assert.equal(tenseOf('In January, the company agreed to sell the unit.', 'January'), 'past');
  assert.equal(tenseOf('The company agreed in January.', 'January'), 'past');
  assert.equal(findDates('In January, the company agreed to sell the unit.', '1989-11-02')[0]?.value, '1989-01');
});

test('a scheduled event told in the present tense lies ahead', () => {
  assert.equal(tenseOf('He and Arafat meet separately Monday with Albright.', 'Monday'), 'future');
  assert.equal(tenseOf('The offer expires Friday.', 'Friday'), 'future');
  assert.equal(findDates('He and Arafat meet separately Monday with Albright.', '1998-05-01')[0]?.value, '1998-05-04');
});

test('a schedule verb as a noun, an infinitive or a negated past is no present-tense schedule', () => {
  assert.equal(tenseOf('The meet Monday was crowded.', 'Monday'), 'past');
  assert.equal(tenseOf('The father would travel to Washington Thursday.', 'Thursday'), null);
  assert.equal(tenseOf('His visit Monday was brief.', 'Monday'), 'past');
  assert.equal(tenseOf('They did not meet Monday.', 'Monday'), 'past');
  assert.equal(tenseOf('Monday, the leaders meet again.', 'Monday'), null);
});

test('takes effect, go to the polls, reopens and due in are schedules too', () => {
  assert.equal(findDates('The law takes effect in July.', '2017-03-02')[0]?.value, '2017-07');
  assert.equal(findDates('The ban took effect in July.', '2017-03-02')[0]?.value, '2016-07');
  assert.equal(findDates('Voters go to the polls Sunday.', '2017-03-02')[0]?.value, '2017-03-05');
  assert.equal(findDates('Elections are due in October.', '2017-03-02')[0]?.value, '2017-10');
});

test('a participle inside an infinitive is no past tense', () => {
  assert.equal(tenseOf('He is to be sentenced in May.', 'May'), 'future');
  assert.equal(tenseOf('He was sentenced in May.', 'May'), 'past');
  assert.equal(tenseOf('Sales rose close to 5% in May.', 'May'), 'past');
});

test('planned points forward for a date after it, and is a past verb for a date before it', () => {
  assert.equal(tenseOf('Protesters planned a large demonstration on Saturday.', 'Saturday'), 'future');
  assert.equal(tenseOf('On Friday, the government planned to pay the first families.', 'Friday'), 'past');
});
