/**
 * Averaged perceptron over hashed features, the learner shared by the tagger, the parser and the
 * NER model. Training keeps dense rows (one weight per class) in typed arrays indexed by
 * `bucket(feature) * classCount + class`; finishing averages the weights, prunes near-zero ones and
 * quantizes them to 16 bits, giving a sparse read-only model that serializes exactly (a model loaded
 * from disk scores identically to the one training produced).
 *
 * Typical use: `const trainer = createTrainer({ labels, bucketBits })`; per example fill a
 * FeatureBuffer, `guess = argmax(scoreTrainer(trainer, features, scores))`, then
 * `updateTrainer(trainer, features, gold, guess)`; after all epochs `finishTraining(trainer)` →
 * LinearModel; `serializeModel` / `deserializeModel` for disk; `scoreModel` at inference.
 */
import { brotliDecompressSync, deflateRawSync, inflateRawSync } from 'node:zlib';
import { WhosaidError } from '../errors.js';
import type { FeatureBuffer } from './feature-hash.js';

/** Options for a new trainer. */
export interface TrainerOptions {
  /** The class names; class i is labels[i]. */
  labels: readonly string[];
  /** log2 of the number of feature buckets (e.g. 20 → about a million rows). */
  bucketBits: number;
}

/** Mutable training state of an averaged perceptron. */
export interface PerceptronTrainer {
  kind: 'perceptron-trainer';
  labels: readonly string[];
  classCount: number;
  bucketBits: number;
  mask: number;
  /** Current weights, row-major: bucket * classCount + class. */
  weights: Float32Array;
  /** Sum of (step * delta) per weight, for the averaging trick avg = w - totals / step. */
  totals: Float64Array;
  /** Number of examples seen so far (incremented by updateTrainer). */
  step: number;
}

/** A finished, read-only sparse model: per bucket a run of (class, weight) entries. */
export interface LinearModel {
  kind: 'linear-model';
  labels: readonly string[];
  classCount: number;
  bucketBits: number;
  mask: number;
  /** Entries of bucket b are rowStart[b] .. rowStart[b + 1]. */
  rowStart: Uint32Array;
  /**
   * One packed entry per (bucket, class) weight: class in the low 16 bits, the quantized weight as
   * a signed 16-bit integer in the high bits (one array, so one cache miss per feature).
   */
  entries: Int32Array;
  /** Quantization step: weight = (entry >> 16) * scale. */
  scale: number;
}

/** Options for finishing a trainer into a model. */
export interface FinishOptions {
  /** Averaged weights with absolute value below this are dropped (default 1e-3). */
  pruneBelow?: number;
}

/** Make a trainer with all weights zero. */
export function createTrainer(options: TrainerOptions): PerceptronTrainer {
  const { labels, bucketBits } = options;
  if (labels.length === 0 || labels.length > 65535) throw new WhosaidError('INVALID_OPTION', `a perceptron needs 1..65535 classes, got ${labels.length}`);
  if (!Number.isInteger(bucketBits) || bucketBits < 4 || bucketBits > 24) throw new WhosaidError('INVALID_OPTION', `bucketBits must be an integer in 4..24, got ${bucketBits}`);
  const size = (1 << bucketBits) * labels.length;
  return {
    kind: 'perceptron-trainer', labels, classCount: labels.length, bucketBits, mask: (1 << bucketBits) - 1,
    weights: new Float32Array(size), totals: new Float64Array(size), step: 1,
  };
}

/** Add the current (not averaged) scores of every class into `scores` (zeroed first); returns it. */
export function scoreTrainer(trainer: PerceptronTrainer, features: FeatureBuffer, scores: Float32Array): Float32Array {
  const { classCount, mask, weights } = trainer;
  scores.fill(0, 0, classCount);
  const hashes = features.hashes;
  for (let f = 0; f < features.length; f++) {
    const row = (hashes[f]! & mask) * classCount;
    for (let c = 0; c < classCount; c++) scores[c]! += weights[row + c]!;
  }
  return scores;
}

/**
 * Record one example: when guess differs from gold, move gold's weights up and guess's down by
 * `amount` for every feature. Always advances the averaging clock by one example.
 */
export function updateTrainer(trainer: PerceptronTrainer, features: FeatureBuffer, gold: number, guess: number, amount = 1): void {
  if (gold !== guess) {
    const { classCount, mask, weights, totals, step } = trainer;
    const hashes = features.hashes;
    for (let f = 0; f < features.length; f++) {
      const row = (hashes[f]! & mask) * classCount;
      weights[row + gold]! += amount;
      totals[row + gold]! += step * amount;
      weights[row + guess]! -= amount;
      totals[row + guess]! -= step * amount;
    }
  }
  trainer.step++;
}

/** Average, prune and quantize the trainer's weights into a sparse read-only model. */
export function finishTraining(trainer: PerceptronTrainer, options: FinishOptions = {}): LinearModel {
  const pruneBelow = options.pruneBelow ?? 1e-3;
  const { classCount, weights, totals, step, bucketBits } = trainer;
  const size = weights.length;
  const averaged = new Float32Array(size);
  let maxAbs = 0;
  for (let i = 0; i < size; i++) {
    const value = weights[i]! - totals[i]! / step;
    averaged[i] = value;
    const abs = Math.abs(value);
    if (abs > maxAbs) maxAbs = abs;
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const buckets = 1 << bucketBits;
  const rowStart = new Uint32Array(buckets + 1);
  let count = 0;
  for (let b = 0; b < buckets; b++) {
    rowStart[b] = count;
    for (let c = 0; c < classCount; c++) {
      const q = Math.round(averaged[b * classCount + c]! / scale);
      if (q !== 0 && Math.abs(averaged[b * classCount + c]!) >= pruneBelow) count++;
    }
  }
  rowStart[buckets] = count;
  const entries = new Int32Array(count);
  let k = 0;
  for (let b = 0; b < buckets; b++) {
    for (let c = 0; c < classCount; c++) {
      const value = averaged[b * classCount + c]!;
      const q = Math.round(value / scale);
      if (q !== 0 && Math.abs(value) >= pruneBelow) entries[k++] = (q << 16) | c;
    }
  }
  return { kind: 'linear-model', labels: trainer.labels, classCount, bucketBits, mask: buckets - 1, rowStart, entries, scale };
}

/** Add the model's score for every class into `scores` (zeroed first); returns it. */
export function scoreModel(model: LinearModel, features: FeatureBuffer, scores: Float32Array): Float32Array {
  const { classCount, scale } = model;
  scores.fill(0, 0, classCount);
  const rows = findRows(model, features);
  const entries = model.entries;
  // Sums of small integers stay exact in float32, so scoring order cannot change the result.
  for (let f = 0; f < features.length; f++) {
    const end = rows[2 * f + 1]!;
    for (let i = rows[2 * f]!; i < end; i++) {
      const entry = entries[i]!;
      scores[entry & 0xffff]! += entry >> 16;
    }
  }
  for (let c = 0; c < classCount; c++) scores[c]! *= scale;
  return scores;
}

/**
 * The loop of scoreModel summing into integers instead (kept apart so each stays monomorphic on a hot path).
 * Add the model's quantized weights of the features to `sums`, one integer per class, without
 * zeroing or scaling: partial sums can be cached (e.g. per word) and completed later, and
 * `scaleScores` then gives exactly what scoreModel gives for all the features together. With `offset`,
 * class c's sum is `sums[offset + c]` (a slice of a larger pool, without making a view of it).
 */
export function addModelWeights(model: LinearModel, features: FeatureBuffer, sums: Int32Array, offset = 0): Int32Array {
  const rows = findRows(model, features);
  const entries = model.entries;
  for (let f = 0; f < features.length; f++) {
    const end = rows[2 * f + 1]!;
    for (let i = rows[2 * f]!; i < end; i++) {
      const entry = entries[i]!;
      sums[offset + (entry & 0xffff)]! += entry >> 16;
    }
  }
  return sums;
}

/**
 * Store the run of entries (start, end) of every feature's bucket in `features.rows` and read the
 * first entry of each. The loop's loads are independent of each other, so the memory system fetches
 * the rows of all features at once instead of one after another while the sums wait (the tables are
 * far larger than the CPU caches; the parser went from 30-32k to 39-43k tokens per CPU second for the same sums).
 */
function findRows(model: LinearModel, features: FeatureBuffer): Uint32Array {
  const { mask, rowStart, entries } = model;
  const hashes = features.hashes;
  const count = features.length;
  if (features.rows.length < 2 * count + 1) features.rows = new Uint32Array(2 * hashes.length + 1);
  const rows = features.rows;
  let touched = 0;
  for (let f = 0; f < count; f++) {
    const bucket = hashes[f]! & mask;
    const start = rowStart[bucket]!;
    const end = rowStart[bucket + 1]!;
    rows[2 * f] = start;
    rows[2 * f + 1] = end;
    if (start < end) touched ^= entries[start]!;
  }
  // Kept so that the reads above are not optimized away.
  rows[2 * count] = touched;
  return rows;
}

/** Turn integer weight sums (see addModelWeights) into the scores scoreModel gives; returns `scores`. */
export function scaleScores(model: LinearModel, sums: Int32Array, scores: Float32Array): Float32Array {
  const { classCount, scale } = model;
  for (let c = 0; c < classCount; c++) scores[c] = sums[c]! * scale;
  return scores;
}

/** Index of the highest score among the first `count` entries (lowest index wins ties). */
export function argmax(scores: Float32Array, count = scores.length): number {
  let best = 0;
  let bestScore = scores[0]!;
  for (let c = 1; c < count; c++) {
    const score = scores[c]!;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Magic bytes at the start of a model's planes (inside the compressed stream of the older formats). */
const MAGIC = 'WSLM1';

/**
 * Marks a model compressed with deflate as a whole (written from 29 Nov 2026 until the planes format
 * below). Older models are brotli streams without a mark. Both still load.
 */
const DEFLATE_MARK = 'WSZ1';

/**
 * Marks the planes format (29 Nov 2026): models load at process start, and inflating whole files was
 * about half of the load time (75 ms of CPU or more for the three models' 29 MB of planes). The weights
 * (16 bits each, 11-12 bits of entropy: deflate saved a fifth of them) are stored raw and packed straight
 * from the file's buffer; only the per-bucket counts and the classes, one byte each when they fit, which
 * deflate shrinks two- to five-fold and inflates fast, are compressed. Planes start at offsets that are
 * multiples of 8 from the start of the model, and the model's length is a multiple of 8, so models laid end
 * to end in a file stay aligned.
 */
const PLANES_MARK = 'WSM2';

/** Byte alignment of the planes format's planes and of its total length. */
const PLANE_ALIGNMENT = 8;

/** What the planes format's header says besides the metadata. */
interface PlanesHeader {
  labels: string[];
  bucketBits: number;
  scale: number;
  entries: number;
  /** Bytes per bucket count (1 when every bucket has fewer than 256 entries, else 2). */
  countBytes: 1 | 2;
  /** Bytes per entry class (1 when there are at most 256 classes, else 2). */
  classBytes: 1 | 2;
  /** Stored lengths of the counts and classes planes. */
  countsLength: number;
  classesLength: number;
  /** Whether each of the two is deflated (see storedPlane); absent in the first files of this format, which deflated both. */
  countsDeflated?: boolean;
  classesDeflated?: boolean;
  metadata: unknown;
}

/**
 * Serialize a model with arbitrary JSON metadata (e.g. a tag dictionary): PLANES_MARK, the header's
 * length and the header JSON, then the deflated per-bucket entry counts, the deflated entry classes
 * and the raw 16-bit quantized weights (little-endian), each plane padded to PLANE_ALIGNMENT.
 */
export function serializeModel(model: LinearModel, metadata: unknown = null): Buffer {
  const buckets = 1 << model.bucketBits;
  let maxCount = 0;
  for (let b = 0; b < buckets; b++) maxCount = Math.max(maxCount, model.rowStart[b + 1]! - model.rowStart[b]!);
  const countBytes = maxCount < 256 ? 1 : 2;
  const counts = countBytes === 1 ? new Uint8Array(buckets) : new Uint16Array(buckets);
  for (let b = 0; b < buckets; b++) counts[b] = model.rowStart[b + 1]! - model.rowStart[b]!;
  // Classes and weights are stored as separate planes: classes compress far better on their own.
  const classBytes = model.classCount <= 256 ? 1 : 2;
  const classes = classBytes === 1 ? new Uint8Array(model.entries.length) : new Uint16Array(model.entries.length);
  const quantized = new Int16Array(model.entries.length);
  for (let i = 0; i < quantized.length; i++) {
    classes[i] = model.entries[i]! & 0xffff;
    quantized[i] = model.entries[i]! >> 16;
  }
  const countsPlane = storedPlane(bytesOf(counts));
  const classesPlane = storedPlane(bytesOf(classes));
  const header: PlanesHeader = {
    labels: [...model.labels], bucketBits: model.bucketBits, scale: model.scale, entries: model.entries.length,
    countBytes, classBytes, countsLength: countsPlane.bytes.length, classesLength: classesPlane.bytes.length,
    countsDeflated: countsPlane.deflated, classesDeflated: classesPlane.deflated, metadata,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PLANES_MARK.length + 4);
  prefix.write(PLANES_MARK, 0, 'latin1');
  prefix.writeUInt32LE(headerBytes.length, PLANES_MARK.length);
  // Weights are little-endian on disk; typed arrays use the machine's order, little-endian on every platform Node supports.
  const weightsPlane = bytesOf(quantized);
  return Buffer.concat([
    prefix, headerBytes, padding(prefix.length + headerBytes.length),
    countsPlane.bytes, padding(countsPlane.bytes.length), classesPlane.bytes, padding(classesPlane.bytes.length), weightsPlane, padding(weightsPlane.length),
  ]);
}

/**
 * A plane as stored: deflated when that at least halves it, else raw. Inflating costs about 5 ms of CPU
 * per MB at load; a plane deflate cannot halve (the classes of the tagger, the joint parser and the
 * parser's label model: 1.7-1.9 times smaller) saves less in reading than it costs, and raw it is read in place.
 */
function storedPlane(plane: Buffer): { bytes: Buffer; deflated: boolean } {
  const deflated = deflateRawSync(plane, { level: 9 });
  return deflated.length * 2 <= plane.length ? { bytes: deflated, deflated: true } : { bytes: plane, deflated: false };
}

/** How many bytes pad a length to the next multiple of PLANE_ALIGNMENT. */
function padLength(length: number): number {
  return (PLANE_ALIGNMENT - (length % PLANE_ALIGNMENT)) % PLANE_ALIGNMENT;
}

/** Zero bytes that pad a length to the next multiple of PLANE_ALIGNMENT. */
function padding(length: number): Buffer {
  return Buffer.alloc(padLength(length));
}

/** Where a plane starts after one of `length` bytes starting at `offset`. */
function alignedEnd(offset: number, length: number): number {
  return offset + length + padLength(offset + length);
}

/** A deserialized model with the metadata it was saved with. */
export interface LoadedModel {
  model: LinearModel;
  metadata: unknown;
}

/** Read bytes written by serializeModel (or by its older versions); throws MODEL_UNAVAILABLE on corrupt or foreign data. */
export function deserializeModel(bytes: Uint8Array, name = 'model'): LoadedModel {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const mark = buffer.length >= PLANES_MARK.length ? buffer.toString('latin1', 0, PLANES_MARK.length) : '';
  if (mark === PLANES_MARK) return deserializePlanes(buffer, name);
  let raw: Buffer;
  try {
    raw = mark === DEFLATE_MARK ? inflateRawSync(buffer.subarray(DEFLATE_MARK.length)) : brotliDecompressSync(buffer);
  } catch {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is not a compressed whosaid model`);
  }
  return deserializeCompressed(raw, name);
}

/** Read the planes format (see PLANES_MARK). */
function deserializePlanes(buffer: Buffer, name: string): LoadedModel {
  let header: PlanesHeader;
  let offset = PLANES_MARK.length + 4;
  try {
    const headerLength = buffer.readUInt32LE(PLANES_MARK.length);
    header = JSON.parse(buffer.toString('utf8', offset, offset + headerLength)) as PlanesHeader;
    offset = alignedEnd(offset, headerLength);
  } catch {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} has an unreadable header`);
  }
  const { bucketBits, entries: entryCount, countBytes, classBytes, countsLength, classesLength } = header;
  const buckets = 1 << bucketBits;
  const countsStart = offset;
  const classesStart = alignedEnd(countsStart, countsLength);
  const weightsStart = alignedEnd(classesStart, classesLength);
  const expected = alignedEnd(weightsStart, entryCount * 2);
  if (buffer.length !== expected) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is truncated (${buffer.length} bytes, expected ${expected})`);
  let countsRaw: Buffer;
  let classesRaw: Buffer;
  try {
    const countsStored = buffer.subarray(countsStart, countsStart + countsLength);
    const classesStored = buffer.subarray(classesStart, classesStart + classesLength);
    countsRaw = header.countsDeflated === false ? countsStored : inflateRawSync(countsStored);
    classesRaw = header.classesDeflated === false ? classesStored : inflateRawSync(classesStored);
  } catch {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} has damaged planes`);
  }
  if (countsRaw.length !== buckets * countBytes || classesRaw.length !== entryCount * classBytes) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} has planes of the wrong size`);
  // Plain typed arrays rather than Buffers, so that the loops that read them see one kind of array.
  const counts = countBytes === 1 ? new Uint8Array(countsRaw.buffer, countsRaw.byteOffset, buckets) : typedView(countsRaw, 0, buckets, Uint16Array);
  const classes = classBytes === 1 ? new Uint8Array(classesRaw.buffer, classesRaw.byteOffset, entryCount) : typedView(classesRaw, 0, entryCount, Uint16Array);
  // Read in place: the weights are 2-byte aligned in the file's buffer when the model starts at an even offset in it, as in
  // the tagger's and parser's containers (typedView copies otherwise).
  const weights = typedView(buffer, weightsStart, entryCount, Int16Array);
  const model = assembleModel(header.labels, bucketBits, header.scale, counts, classes, weights);
  if (model.rowStart[buckets] !== entryCount) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} has counts that do not add up to its ${entryCount} entries`);
  return { model, metadata: header.metadata };
}

/** A typed array of `length` elements over `buffer` from byte `offset`: a view when aligned, else a copy. */
function typedView<T extends Uint16Array | Int16Array>(buffer: Buffer, offset: number, length: number, Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T {
  const start = buffer.byteOffset + offset;
  const size = length * Type.BYTES_PER_ELEMENT;
  if (start % Type.BYTES_PER_ELEMENT === 0) return new Type(buffer.buffer as ArrayBuffer, start, length);
  return new Type(buffer.buffer.slice(start, start + size) as ArrayBuffer, 0, length);
}

/** Build the in-memory model from its planes: row starts from the counts, packed entries from classes and weights. */
function assembleModel(labels: string[], bucketBits: number, scale: number, counts: Uint8Array | Uint16Array, classes: Uint8Array | Uint16Array, weights: Int16Array): LinearModel {
  const buckets = 1 << bucketBits;
  const rowStart = new Uint32Array(buckets + 1);
  const total = sumCounts(counts, rowStart);
  const entries = new Int32Array(Math.min(total, classes.length, weights.length));
  packEntries(classes, weights, entries);
  return { kind: 'linear-model', labels, classCount: labels.length, bucketBits, mask: buckets - 1, rowStart, entries, scale };
}

/** Fill rowStart with the running sum of the counts; returns the total. */
function sumCounts(counts: Uint8Array | Uint16Array, rowStart: Uint32Array): number {
  let total = 0;
  const buckets = counts.length;
  for (let b = 0; b < buckets; b++) {
    rowStart[b] = total;
    total += counts[b]!;
  }
  rowStart[buckets] = total;
  return total;
}

/** Pack each entry's class (low 16 bits) and weight (high 16 bits) into `entries`. */
function packEntries(classes: Uint8Array | Uint16Array, weights: Int16Array, entries: Int32Array): void {
  for (let i = 0; i < entries.length; i++) entries[i] = (weights[i]! << 16) | classes[i]!;
}

/** Read the decompressed stream of the older formats (DEFLATE_MARK or brotli): MAGIC, header, then 16-bit counts, classes and weights. */
function deserializeCompressed(raw: Buffer, name: string): LoadedModel {
  if (raw.length < MAGIC.length + 4 || raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} does not start with the ${MAGIC} signature`);
  const headerLength = raw.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  let header: { labels: string[]; bucketBits: number; scale: number; entries: number; metadata: unknown };
  try {
    header = JSON.parse(raw.toString('utf8', offset, offset + headerLength)) as typeof header;
  } catch {
    throw new WhosaidError('MODEL_UNAVAILABLE', `${name} has an unreadable header`);
  }
  offset += headerLength;
  const buckets = 1 << header.bucketBits;
  const expected = offset + buckets * 2 + header.entries * 4;
  if (raw.length !== expected) throw new WhosaidError('MODEL_UNAVAILABLE', `${name} is truncated (${raw.length} bytes, expected ${expected})`);
  const counts = typedView(raw, offset, buckets, Uint16Array);
  offset += buckets * 2;
  const classes = typedView(raw, offset, header.entries, Uint16Array);
  offset += header.entries * 2;
  const weights = typedView(raw, offset, header.entries, Int16Array);
  return { model: assembleModel(header.labels, header.bucketBits, header.scale, counts, classes, weights), metadata: header.metadata };
}

/** View a typed array's bytes as a Buffer without copying. */
function bytesOf(array: Uint8Array | Uint16Array | Int16Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** A copy of a model without the weights whose absolute value is below `threshold` (smaller and faster, slightly less exact). */
export function pruneModel(model: LinearModel, threshold: number): LinearModel {
  const limit = threshold / model.scale;
  const buckets = 1 << model.bucketBits;
  const rowStart = new Uint32Array(buckets + 1);
  const kept: number[] = [];
  for (let b = 0; b < buckets; b++) {
    rowStart[b] = kept.length;
    for (let i = model.rowStart[b]!; i < model.rowStart[b + 1]!; i++) {
      const entry = model.entries[i]!;
      if (Math.abs(entry >> 16) >= limit) kept.push(entry);
    }
  }
  rowStart[buckets] = kept.length;
  return { ...model, rowStart, entries: Int32Array.from(kept) };
}
