// Text that must yield no call at all (one negative case per line of reasoning, as chrono keeps them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCalls } from './extract-calls.js';
import { segmentedDocument } from './test-document.js';

const NO_CALLS: Array<[string, string]> = [
  ['calling a meeting', 'He called the meeting to order after lunch.'],
  ['naming something', 'Trump called it a hoax.'],
  ['asking about', 'Franken asked Sessions about the meeting with Kislyak.'],
  ['a passive request', 'Sessions was asked to testify.'],
  ['a prediction', 'The plan would encourage investors to hold assets longer.'],
  ['a denied urging', 'Ryan did not urge Sessions to resign.'],
  ['editorial voice', 'Congress should act before the deadline.'],
  ['first-person obligation', '"I feel I should not be involved in investigating a campaign," Sessions said.'],
  ['a noun need', 'Trump is stressing the need to bolster cybersecurity.'],
  ['a hedged need', 'Trump said NATO may need to be diminished.'],
  ['an inverted conditional', 'The government could appeal, he said, should the court strike them down.'],
  ['how a statement is to be read', '"This announcement should not be interpreted as confirmation," he said.'],
  ['self-directed', 'She said she needs to raise revenue.'],
  ['a prediction with push for', 'He said Obama hopes that his successor will push for the same goals.'],
  ['a routine request for comment', 'The campaign was asked for comment and did not respond.'],
  ['a comparison', '"It is not told like it should be in classrooms," she said.'],
  ['an embedded question', 'McCrory said he would not speak on whether the video should be released.'],
  ['a denied call', 'Fowler said it is not that he is calling for a successor to be named.'],
  ['a method', 'Congress can act by asking prosecutors to charge someone, he said.'],
  ['generic you', '"But you want your people to be for your candidate," he said.'],
  ['an epistemic must', 'Scott said the other side must be wrong.'],
  ['a question about a call', 'But has he called for changing any of the provisions that benefit him?'],
  ['a noun that looks like an urging verb', 'The concerns are magnified by the singular challenge faced by anyone appointed to fill the seat.'],
];

for (const [name, text] of NO_CALLS) {
  test(`no call: ${name}`, () => {
    assert.deepEqual(extractCalls(segmentedDocument(text)).map((call) => call.action), []);
  });
}
