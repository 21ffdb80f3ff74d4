/** Bytes of a file to text: gzip, byte-order marks, a declared <meta charset>, and the Windows-1252 fallback. */
import { gunzipSync } from 'node:zlib';
import { decodeBytes, decodeWindows1252 } from '../io/decode.js';
import type { Diagnostic } from '../types.js';

/** Decompressed files larger than this are refused (a gzip bomb bound). */
export const MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024;

/** Text decoded from a file's bytes, or null with a diagnostic saying why not. */
export interface DecodedFile {
  text: string | null;
  encoding: string | null;
  diagnostics: Diagnostic[];
}

/** Whether the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzip when the name or the magic number says gzip; a broken stream gives a diagnostic. */
export function gunzipIfNeeded(bytes: Uint8Array, filename: string): { bytes: Uint8Array | null; diagnostics: Diagnostic[] } {
  if (!isGzip(bytes)) {
    if (/\.gz$/i.test(filename)) return { bytes: null, diagnostics: [{ code: 'not-gzip', severity: 'error', message: `${filename} is named .gz but is not gzip data` }] };
    return { bytes, diagnostics: [] };
  }
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: MAX_DECOMPRESSED_BYTES }), diagnostics: [] };
  } catch (error) {
    return { bytes: null, diagnostics: [{ code: 'gzip-corrupt', severity: 'error', message: `${filename} could not be decompressed: ${(error as Error).message}` }] };
  }
}

// Windows-1252 code points of bytes 0x80-0x9F (0 where the byte is undefined and stays a C1 control).
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'iso_8859-1', 'cp819', 'ibm819']);

const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i;

/** The charset a page declares in its first 4 KB (<meta charset> or http-equiv Content-Type), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = META_CHARSET.exec(head);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Whether the bytes look like binary data rather than text (NUL bytes or many control characters at the start). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Decode HTML bytes: a BOM first, then a declared charset, then strict UTF-8 with the Windows-1252 fallback. */
export function decodeHtmlBytes(bytes: Uint8Array): DecodedFile {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasBom && looksBinary(bytes)) return { text: null, encoding: null, diagnostics: [{ code: 'binary-input', severity: 'error', message: 'the input looks like binary data, not text or HTML' }] };
  const charset = hasBom ? null : declaredCharset(bytes);
  if (charset && WINDOWS_1252_LABELS.has(charset)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252', diagnostics: [] };
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      const text = new TextDecoder(charset).decode(bytes);
      return { text, encoding: charset, diagnostics: [] };
    } catch {
      const decoded = decodeText(bytes);
      return { ...decoded, diagnostics: [{ code: 'unknown-charset', severity: 'warning', message: `the page declares an unknown charset '${charset}'; decoded as ${decoded.encoding}` }, ...decoded.diagnostics] };
    }
  }
  return decodeText(bytes);
}

/** decodeBytes() (BOM, strict UTF-8, else Windows-1252 with a diagnostic). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string; diagnostics: Diagnostic[] } {
  return decodeBytes(bytes);
}
