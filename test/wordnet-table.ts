/** A small WordNet table for tests, read from a file of the same form as data/lexicons/wordnet/pos.tsv. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWordnetTable, type WordnetTable } from '../src/nlp/wordnet-classes.js';

export function smallWordnetTable(): WordnetTable {
  const directory = mkdtempSync(join(tmpdir(), 'whosaid-wordnet-'));
  try {
    const path = join(directory, 'pos.tsv');
    writeFileSync(path, '# a comment\nrefinance\tv\nbox\tn v\nparis\tn proper\nlarge\ta\nquickly\tr\nfast\tn v a r\n');
    return readWordnetTable(path);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
