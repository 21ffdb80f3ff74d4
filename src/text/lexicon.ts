/** Loading of rule and word-list data files under data/ (read lazily, once, on first use). */
import { readFileSync } from 'node:fs';

const DATA_ROOT = new URL('../../data/', import.meta.url);

/** Read a data file relative to data/ as UTF-8 text. */
export function readDataFile(relativePath: string): string {
  return readFileSync(new URL(relativePath, DATA_ROOT), 'utf8');
}

/** Rows of a tab-separated data file, skipping blank lines and `#` comments. */
export function readTsv(relativePath: string): string[][] {
  const rows: string[][] = [];
  for (const line of readDataFile(relativePath).split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (trimmed.trim() === '' || trimmed.startsWith('#')) continue;
    rows.push(trimmed.split('\t'));
  }
  return rows;
}

/** Lines of a one-entry-per-line data file, skipping blank lines and `#` comments. */
export function readList(relativePath: string): string[] {
  return readTsv(relativePath).map((row) => row[0] ?? '').filter((entry) => entry !== '');
}

/** A two-column data file grouped by its first column: each key with the set of its second-column values. */
export function readGrouped(relativePath: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [key, value] of readTsv(relativePath)) {
    if (!key || !value) continue;
    const values = map.get(key) ?? new Set<string>();
    values.add(value);
    map.set(key, values);
  }
  return map;
}

/** Memoize a zero-argument loader so a data file is read at most once, on first use. */
export function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value as T;
  };
}
