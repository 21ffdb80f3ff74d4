import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisJob } from './analysis-job.js';
import { createAnalysisPool } from './worker-pool.js';

const job = (id: string, text: string): AnalysisJob => ({ kind: 'text', article: { id, text }, diagnostics: [] });

test('the pool analyses every job, each answer for its own article, with several jobs held per worker', async () => {
  const pool = createAnalysisPool({ size: 2 });
  try {
    const texts = Array.from({ length: 7 }, (_, k) => `"We will vote on item ${k}," Senator Jane Doe said on Monday.`);
    const outcomes = await Promise.all(texts.map((text, k) => pool.run(job(`a${k}`, text))));
    outcomes.forEach((outcome, k) => {
      assert.ok(outcome.ok, JSON.stringify(outcome));
      if (outcome.ok) assert.equal(outcome.article.id, `a${k}`);
      if (outcome.ok && 'analysis' in outcome) assert.equal(outcome.analysis.quotes[0]?.content.text.includes(`item ${k}`), true);
    });
  } finally {
    await pool.close();
  }
});

test('a worker answers with store rows by default and with the analysis as JSON text when asked', async () => {
  const pool = createAnalysisPool({ size: 1 });
  try {
    const text = '"We will vote on Monday," Senator Jane Doe said.';
    const [rows, json] = await Promise.all([pool.run(job('r', text)), pool.run({ ...job('j', text), result: 'json' })]);
    assert.ok(rows?.ok && 'prepared' in rows, JSON.stringify(rows).slice(0, 200));
    assert.equal(rows.prepared.rows.quotes[0]?.speakerName, 'Jane Doe');
    assert.ok(json?.ok && 'json' in json, JSON.stringify(json).slice(0, 200));
    const analysis = JSON.parse(json.json) as { text: string; quotes: Array<{ content: { text: string } }> };
    assert.equal(analysis.text, text);
    assert.equal(analysis.quotes[0]?.content.text, '"We will vote on Monday,"');
  } finally {
    await pool.close();
  }
});

test('jobs that outlive the time limit fail alone, none is lost, and the pool closes', async () => {
  const pool = createAnalysisPool({ size: 1, timeoutMs: 1 });
  try {
    const outcomes = await Promise.all([0, 1, 2].map((k) => pool.run(job(`t${k}`, 'Schumer said Sessions should resign. '.repeat(200)))));
    assert.equal(outcomes.length, 3);
    for (const outcome of outcomes) assert.ok(!outcome.ok && outcome.code === 'timeout', JSON.stringify(outcome).slice(0, 200));
  } finally {
    await pool.close();
  }
  assert.deepEqual(await pool.run(job('late', 'x')), { ok: false, code: 'pool-closed', message: 'the analysis pool is closed' });
});
