// `npm run train -- reencode pos|parser|ner [...] [--dry-run] [--out DIR]`: rewrites a shipped model file in the current on-disk
// format without retraining (the format changes how planes are stored, never the weights). Each file is read with its
// model's own reader, written with its writer, and read back; the script refuses to write unless the model read back
// equals the one read before, field by field (weights, row starts, dictionaries, metadata). The manifest keeps
// everything but `bytes` and `sha256`, which describe the new file. With --out the file is written to DIR instead
// (for comparing formats) and the manifest is left alone.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { modelUrl, readModelFile } from '../../src/nlp/model-files.js';
import type { ModelManifest } from '../../src/nlp/model-manifest.js';
import { deserializeNerModel, serializeNerModel } from '../../src/nlp/ner-model.js';
import { deserializeParser, serializeParser } from '../../src/nlp/parser.js';
import { deserializeTagger, serializeTagger } from '../../src/nlp/tagger.js';

/** A model's file and manifest names with its reader and writer. */
interface Codec {
  file: string;
  manifest: string;
  reencode: (bytes: Buffer, name: string) => { before: unknown; after: unknown; bytes: Buffer };
}

/** Read, write, read back with one model's functions. */
function codec<T>(file: string, manifest: string, read: (bytes: Uint8Array, name: string) => T, write: (model: T) => Buffer): Codec {
  return {
    file, manifest,
    reencode: (bytes, name) => {
      const before = read(bytes, name);
      const written = write(before);
      return { before, after: read(written, `${name} (re-encoded)`), bytes: written };
    },
  };
}

const CODECS: Readonly<Record<string, Codec>> = {
  pos: codec('pos.bin', 'pos', deserializeTagger, serializeTagger),
  parser: codec('parser.bin', 'parser', deserializeParser, serializeParser),
  ner: codec('ner.bin', 'ner', deserializeNerModel, serializeNerModel),
};

const { values, positionals } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, out: { type: 'string' } }, allowPositionals: true, strict: true });
const names = positionals;
if (names.length === 0 || names.some((name) => !(name in CODECS))) {
  console.error(`usage: npm run train -- reencode ${Object.keys(CODECS).join('|')} [...] [--dry-run] [--out DIR]`);
  process.exit(2);
}

for (const name of names) {
  const { file, manifest, reencode } = CODECS[name]!;
  const original = readModelFile(file);
  const { before, after, bytes } = reencode(original, `models/${file}`);
  if (!isDeepStrictEqual(before, after)) throw new Error(`models/${file}: the re-encoded model differs from the original; nothing written`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  console.log(`models/${file}: ${original.length} → ${bytes.length} bytes, same model read back; sha256 ${sha256}`);
  if (values['dry-run'] === true) continue;
  if (values.out !== undefined) {
    writeFileSync(join(values.out, file), bytes);
    continue;
  }
  writeFileSync(fileURLToPath(modelUrl(file)), bytes);
  const manifestPath = fileURLToPath(modelUrl(`${manifest}.manifest.json`));
  const record = JSON.parse(readFileSync(manifestPath, 'utf8')) as ModelManifest;
  writeFileSync(manifestPath, `${JSON.stringify({ ...record, bytes: bytes.length, sha256 }, null, 2)}\n`);
}
