// pnpm --filter @baton/api run word-vectors — compiles the word-vector cache once per install
// (run by postinstall), so the first server start does not pay for it.
import { loadWordVectors } from '../src/language/word-vectors.js';

const started = Date.now();
const vectors = loadWordVectors(console.log);
console.log(`word vectors ready: ${vectors.modelId} in ${Date.now() - started} ms`);
