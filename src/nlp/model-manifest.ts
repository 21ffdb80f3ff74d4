/** Writing a model file with its manifest (training data and licence, features, metrics, sha256). */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelUrl } from './model-files.js';

/** What a model manifest records. */
export interface ModelManifest {
  name: string;
  file: string;
  format: string;
  created: string;
  training: { data: string[]; licence: string; sentences: number; tokens: number; options: Record<string, unknown> };
  features: string;
  metrics: Record<string, unknown>;
  bytes: number;
  sha256: string;
}

/** Write models/<file> and models/<name>.manifest.json; returns the manifest. */
export function writeModel(name: string, file: string, bytes: Uint8Array, details: Omit<ModelManifest, 'name' | 'file' | 'bytes' | 'sha256' | 'created'>): ModelManifest {
  const manifest: ModelManifest = {
    name, file, created: new Date().toISOString(), ...details,
    bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  writeFileSync(fileURLToPath(modelUrl(file)), bytes);
  writeFileSync(fileURLToPath(modelUrl(`${name}.manifest.json`)), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Replace the metrics of models/<name>.manifest.json (after re-evaluating with a newer companion model). */
export function updateManifestMetrics(name: string, metrics: Record<string, unknown>): void {
  const path = fileURLToPath(modelUrl(`${name}.manifest.json`));
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as ModelManifest;
  manifest.metrics = { ...metrics, evaluated: new Date().toISOString() };
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
