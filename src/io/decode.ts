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
    const text = decodeWindows1252(bytes);
    return {
      text,
      encoding: 'windows-1252',
      diagnostics: [{ code: 'not-utf8', severity: 'warning', message: 'the input is not valid UTF-8; it was decoded as Windows-1252' }],
    };
  }
}

/** Windows-1252 code points for bytes 0x80-0x9F (0: unassigned). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decode Windows-1252 (also what browsers use for a declared ISO-8859-1 or ASCII). Node 20's TextDecoder treats
 * 'windows-1252' as Latin-1 and leaves 0x80-0x9F as C1 controls, so curly quotes and dashes need this table.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (char) => {
    const code = WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? 0;
    return code === 0 ? char : String.fromCharCode(code);
  });
}

