/**
 * The test suite's documents (written with `graphql()` from tests/gql) are trusted by the test
 * servers: `pnpm codegen` writes their manifest, and `BATON_EXTRA_TRUSTED_DOCUMENTS` (a test and
 * development setting, off by default) makes the server accept them from visitors and callers
 * without credentials, as it accepts the widget's and the inbox's. A document sent through
 * `invalidDocument()` is not in it.
 */
import { fileURLToPath } from 'node:url';

export const testManifest = fileURLToPath(new URL('../gql/persisted-documents.json', import.meta.url));

/** Environment for a server that trusts the tests' documents. */
export const trustTestDocuments = { BATON_EXTRA_TRUSTED_DOCUMENTS: testManifest } as const;

/** Environment for a server with the default: only the widget's and the inbox's documents. */
export const firstPartyDocumentsOnly = { BATON_EXTRA_TRUSTED_DOCUMENTS: '' } as const;
