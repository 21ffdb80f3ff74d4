import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { WhosaidError } from '../errors.js';
import { runAnalysisJob, type AnalysisJob, type AnalysisJobResult } from './analysis-job.js';
import { createPooledRunner, type AnalysisRunner } from './analysis-runner.js';

function job(text: string): AnalysisJob {
  return { kind: 'analyze', body: new TextEncoder().encode(JSON.stringify({ text, date: '2017-03-02' })), maxTextLength: 10_000_000 };
}

function decoded(result: AnalysisJobResult): unknown {
  assert.equal(result.kind, 'analyze');
  return result.kind === 'analyze' ? JSON.parse(new TextDecoder().decode(result.json)) : null;
}

describe('analysis worker pool', () => {
  let shared: AnalysisRunner;
  before(() => {
    shared = createPooledRunner({ size: 1 });
  });
  after(async () => {
    await shared.close();
  });

  it('gives the same Analysis in a worker thread as inline', async () => {
    const text = '"It is over," the mayor said. Officials disagreed.';
    assert.deepEqual(decoded(await shared.run(job(text))), decoded(await runAnalysisJob(job(text))));
  });

  it('returns validation failures as error results, not crashes', async () => {
    const result = await shared.run({ kind: 'analyze', body: new TextEncoder().encode('[1,2]'), maxTextLength: 100 });
    assert.equal(result.ok, false);
    assert.equal(result.kind === 'error' ? result.code : '', 'INVALID_INPUT');
  });

  it('refuses work beyond its queue with RATE_LIMITED', async () => {
    const runner = createPooledRunner({ size: 1, maxQueue: 0 });
    try {
      const first = runner.run(job('One. Two.'));
      await assert.rejects(runner.run(job('Three.')), (error: unknown) => error instanceof WhosaidError && error.code === 'RATE_LIMITED');
      assert.equal((await first).ok, true);
    } finally {
      await runner.close();
    }
  });

  it('abandons a job past its time limit and keeps serving with a fresh worker', async () => {
    const runner = createPooledRunner({ size: 1, jobTimeoutMs: 1000 });
    try {
      await assert.rejects(runner.run(job('A sentence. '.repeat(750_000))), (error: unknown) => error instanceof WhosaidError && /longer than 1000 ms/.test(error.message));
      assert.equal((await runner.run(job('Still fine.'))).ok, true);
    } finally {
      await runner.close();
    }
  });
});
