/** Checks every span in an Analysis: inside the text, ordered, and any `text` equal to the text at its span. */
import assert from 'node:assert/strict';
import type { Analysis } from '../src/types.js';

/** Walk the Analysis and assert the offset invariants on every object that has start and end. */
export function assertSpansValid(analysis: Analysis): number {
  const text = analysis.text;
  let checked = 0;
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      const { start, end } = record;
      assert.ok(Number.isInteger(start) && Number.isInteger(end), `${path}: offsets must be integers`);
      assert.ok(start >= 0 && start <= end && end <= text.length, `${path}: [${start}, ${end}) outside the text of length ${text.length}`);
      if (typeof record.text === 'string' && path !== '') assert.equal(record.text, text.slice(start, end), `${path}: text differs from the text at its span`);
      checked++;
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'text') visit(child, `${path}.${key}`);
  };
  visit({ ...analysis, text: undefined }, '');
  return checked;
}
