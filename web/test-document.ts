/** Unit tests of the views run without a browser: a linkedom document is installed as the global `document`. */
import { parseHTML } from 'linkedom';

/** Install a fresh empty document as `globalThis.document` and return it. */
export function installDocument(): Document {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  (globalThis as { document?: Document }).document = document as unknown as Document;
  return document as unknown as Document;
}
