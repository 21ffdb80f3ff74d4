/** UTF-16 offsets to Unicode code point offsets, as W3C TextPositionSelector counts characters. */

/** A converter from UTF-16 offsets into `text` to code point offsets (identity when the text has no astral characters). */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (offset) => offset;
  // before[i]: surrogate pairs completed before UTF-16 offset i (each pair is two units, one code point).
  const before = new Uint32Array(text.length + 1);
  let pairs = 0;
  for (let index = 0; index < text.length; index++) {
    before[index] = pairs;
    const code = text.charCodeAt(index);
    const previous = index > 0 ? text.charCodeAt(index - 1) : 0;
    if (code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff) pairs++;
  }
  before[text.length] = pairs;
  return (offset) => offset - (before[Math.max(0, Math.min(offset, text.length))] ?? 0);
}
