/**
 * The NER tag scheme: entity types, BILOU labels (Begin, Inside, Last, Unit, Outside), conversion
 * between token spans and labels, and the transitions a well-formed BILOU sequence allows.
 */

/** The entity types the recognizer predicts. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** One of PER, ORG, LOC, MISC. */
export type NerType = (typeof NER_TYPES)[number];

/** A typed entity over tokens [start, end) of one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
  type: NerType;
}

/** Every BILOU label; index 0 is O, then B, I, L, U for each type in NER_TYPES order. */
export const NER_LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((type) => ['B', 'I', 'L', 'U'].map((prefix) => `${prefix}-${type}`))];

/** Label index of O. */
export const OUTSIDE = 0;

const PREFIX_B = 0;
const PREFIX_I = 1;
const PREFIX_L = 2;
const PREFIX_U = 3;

/** The label index for a prefix (0 B, 1 I, 2 L, 3 U) of a type index. */
function labelIndex(typeIndex: number, prefix: number): number {
  return 1 + typeIndex * 4 + prefix;
}

/** Whether a string names one of the entity types. */
export function isNerType(value: string): value is NerType {
  return (NER_TYPES as readonly string[]).includes(value);
}

/** BILOU label indexes for a sentence of `length` tokens holding non-overlapping `spans`. */
export function labelsFromSpans(length: number, spans: readonly TokenSpan[]): Uint8Array {
  const labels = new Uint8Array(length);
  for (const span of spans) {
    const type = NER_TYPES.indexOf(span.type);
    if (span.end - span.start === 1) {
      labels[span.start] = labelIndex(type, PREFIX_U);
      continue;
    }
    labels[span.start] = labelIndex(type, PREFIX_B);
    for (let i = span.start + 1; i < span.end - 1; i++) labels[i] = labelIndex(type, PREFIX_I);
    labels[span.end - 1] = labelIndex(type, PREFIX_L);
  }
  return labels;
}

/** Token spans read back from BILOU label indexes; an ill-formed run is closed where it breaks. */
export function spansFromLabels(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  let openType = -1;
  const close = (end: number): void => {
    if (open >= 0) spans.push({ start: open, end, type: NER_TYPES[openType]! });
    open = -1;
    openType = -1;
  };
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label === OUTSIDE) {
      close(i);
      continue;
    }
    const type = Math.floor((label - 1) / 4);
    const prefix = (label - 1) % 4;
    if (prefix === PREFIX_B || prefix === PREFIX_U || type !== openType) close(i);
    if (open < 0) {
      open = i;
      openType = type;
    }
    if (prefix === PREFIX_L || prefix === PREFIX_U) close(i + 1);
  }
  close(labels.length);
  return spans;
}

/**
 * Token spans from IOB tags ("B-PER", "I-PER", "O"). In IOB1 (CoNLL 2003, wikigold) an I- tag after
 * O or another type also starts an entity; in IOB2 only B- does, and a stray I- starts one too.
 */
export function spansFromIob(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let current: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const dash = tag.indexOf('-');
    const prefix = dash > 0 ? tag.slice(0, dash) : tag;
    const type = dash > 0 ? tag.slice(dash + 1) : '';
    if (prefix === 'O' || !isNerType(type)) {
      if (current) spans.push(current);
      current = null;
      continue;
    }
    if (prefix === 'B' || !current || current.type !== type) {
      if (current) spans.push(current);
      current = { start: i, end: i + 1, type };
    } else {
      current.end = i + 1;
    }
  }
  if (current) spans.push(current);
  return spans;
}

/**
 * allowed[previous * count + next] is 1 when label `next` may follow label `previous` in BILOU;
 * the virtual previous label at a sentence start is O, and a sentence may not end inside an entity.
 */
export const TRANSITIONS: Uint8Array = (() => {
  const count = NER_LABELS.length;
  const allowed = new Uint8Array(count * count);
  for (let previous = 0; previous < count; previous++) {
    const previousPrefix = previous === OUTSIDE ? -1 : (previous - 1) % 4;
    const previousType = previous === OUTSIDE ? -1 : Math.floor((previous - 1) / 4);
    const open = previousPrefix === PREFIX_B || previousPrefix === PREFIX_I;
    for (let next = 0; next < count; next++) {
      const nextPrefix = next === OUTSIDE ? -1 : (next - 1) % 4;
      const nextType = next === OUTSIDE ? -1 : Math.floor((next - 1) / 4);
      const continues = nextPrefix === PREFIX_I || nextPrefix === PREFIX_L;
      allowed[previous * count + next] = (open ? continues && nextType === previousType : !continues) ? 1 : 0;
    }
  }
  return allowed;
})();

/** Whether a label may end a sentence (O, L-x or U-x). */
export function canEndSentence(label: number): boolean {
  if (label === OUTSIDE) return true;
  const prefix = (label - 1) % 4;
  return prefix === PREFIX_L || prefix === PREFIX_U;
}
