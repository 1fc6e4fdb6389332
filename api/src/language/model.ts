/**
 * The language model of this process: word vectors when their package loads, otherwise
 * lexical retrieval only, with a warning naming the package (documented in the README).
 * Loaded once per process and shared by every server in it.
 */
import { loadWordVectors, type WordVectors } from './word-vectors.js';

export interface LanguageModel {
  /** Null when the vector package is missing or corrupt: retrieval is lexical only. */
  vectors: WordVectors | null;
}

let loaded: LanguageModel | undefined;

export function languageModel(log: (message: string) => void = console.warn): LanguageModel {
  if (loaded) return loaded;
  try {
    loaded = { vectors: loadWordVectors(log) };
  } catch (error) {
    log(`WARNING: semantic retrieval is off — ${error instanceof Error ? error.message : String(error)}. The assistant answers from lexical matches only.`);
    loaded = { vectors: null };
  }
  return loaded;
}
