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
  loaded ??= createLanguageModel(() => loadWordVectors(log), log);
  return loaded;
}

/** A model from `load`; when it throws, lexical only, with a warning that names the cause. */
export function createLanguageModel(load: () => WordVectors, log: (message: string) => void): LanguageModel {
  try {
    return { vectors: load() };
  } catch (error) {
    log(
      `WARNING: semantic retrieval is off — ${error instanceof Error ? error.message : String(error)}. The assistant answers from lexical matches only.`,
    );
    return { vectors: null };
  }
}
