/** Reading the shipped model files under models/ (from src/nlp or dist/nlp alike). */
import { readFileSync } from 'node:fs';
import { WhosaidError } from '../errors.js';

const MODELS_ROOT = new URL('../../models/', import.meta.url);

/** The absolute URL of a model file under models/. */
export function modelUrl(fileName: string): URL {
  return new URL(fileName, MODELS_ROOT);
}

/** Read a model file's bytes, or throw MODEL_UNAVAILABLE when it is missing or unreadable. */
export function readModelFile(fileName: string, path: URL | string = modelUrl(fileName)): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new WhosaidError('MODEL_UNAVAILABLE', `model file ${fileName} cannot be read (${reason})`);
  }
}
