/** Decoding of input bytes to text: BOM-aware UTF-8/UTF-16, with a Windows-1252 fallback reported as a diagnostic. */
import type { Diagnostic } from '../types.js';

/** Text decoded from bytes, with what was noticed on the way. */
export interface DecodedText {
  text: string;
  encoding: string;
  diagnostics: Diagnostic[];
}

/** Decode bytes: honour a BOM; try strict UTF-8; fall back to Windows-1252 and say so. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', diagnostics: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', diagnostics: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', diagnostics: [] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', diagnostics: [] };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      text,
      encoding: 'windows-1252',
      diagnostics: [{ code: 'not-utf8', severity: 'warning', message: 'the input is not valid UTF-8; it was decoded as Windows-1252' }],
    };
  }
}
