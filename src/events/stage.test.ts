import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPipeline } from '../pipeline/stage.js';
import { datesStage } from '../dates/stage.js';
import { eventsStage } from './stage.js';

test('the events stage declares its contract', () => {
  assert.deepEqual([...eventsStage.requires], ['tokens', 'sentences', 'dates', 'entities']);
  assert.deepEqual([...eventsStage.assigns], ['events']);
});

test('the events stage cannot run before the dates stage', () => {
  const entities = { name: 'entities', requires: [], assigns: ['tokens', 'sentences', 'entities'] as const, run() {} };
  assert.throws(() => checkPipeline([entities, eventsStage]), /requires 'dates'/);
  assert.doesNotThrow(() => checkPipeline([entities, datesStage, eventsStage]));
});
