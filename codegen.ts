import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, visit, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';

/**
 * Typed GraphQL documents for the front ends and the tests, generated from the checked-in
 * schema.graphql (`pnpm codegen` prints the schema first). Each app — and the test suite — writes
 * its operations with the generated `graphql()` function from its own `gql/` folder; the results
 * are typed documents.
 *
 * Trusted documents: each output also gets `persisted-documents.json` (the client preset's
 * `persistedDocuments`), a map from the SHA-256 of each operation's normalized text to that text.
 * The server loads the widget's and the inbox's manifests at start (api/src/http/trusted-documents.ts):
 * visitors may run only the widget's documents, anonymous callers the widget's and the inbox's,
 * and both apps send the hash instead of the text. The tests' manifest is trusted only by test
 * servers (BATON_EXTRA_TRUSTED_DOCUMENTS).
 */
const config = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { DateTime: 'string' },
};

/** SHA-256, the hash the `persistedQuery` extension names (`sha256Hash`). */
const persistedDocuments = { hashAlgorithm: 'sha256' } as const;

const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * `__typename` in every selection set below the operation's root, as urql's cache exchange adds
 * it before it sends a document (`formatDocument`): the inbox sends only the hash, so the
 * document the server runs must already carry the `__typename`s urql's document cache reads to
 * invalidate queries after a mutation.
 */
const addTypenames = {
  transform: <T extends { document?: DocumentNode | undefined }>({ documents }: { documents: T[] }): T[] =>
    documents.map((file) => ({
      ...file,
      document:
        file.document &&
        (visit(file.document, {
          SelectionSet(node: SelectionSetNode, _key, parent) {
            if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
            const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
            return has ? undefined : { ...node, selections: [...node.selections, typename] };
          },
        }) as DocumentNode),
    })),
};

const codegenConfig: CodegenConfig = {
  schema: './schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'inbox-app/src/lib/gql/': {
      preset: 'client',
      documents: ['inbox-app/src/**/*.{ts,svelte}', '!inbox-app/src/lib/gql/**'],
      documentTransforms: [addTypenames],
      // urql needs the documents' definitions (operation kind, cache): the AST stays, with
      // `__meta__.hash` beside it, which the client sends instead of the text.
      presetConfig: { fragmentMasking: false, persistedDocuments },
      config,
    },
    'widget/src/gql/': {
      preset: 'client',
      documents: ['widget/src/**/*.{ts,svelte}', '!widget/src/gql/**'],
      // The widget must stay tiny: its operations are generated as their hash only
      // (`replaceDocumentWithHash`: `{ __meta__: { hash } }`, no text, no AST, no `graphql`
      // package in the bundle); it posts the hash with fetch.
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { ...persistedDocuments, mode: 'replaceDocumentWithHash' },
      },
      config: { ...config, documentMode: 'string' },
    },
    // All the tests (API, repo, eval, browser), scripts/eval-assistant.ts and the benchmarks
    // (bench/ uses the test clients, so it shares their generated types). Strings too: the test
    // clients post `String(document)` over fetch and graphql-ws. Node ESM wants `.js` in relative
    // imports.
    'tests/gql/': {
      preset: 'client',
      documents: ['tests/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', '!tests/gql/**'],
      presetConfig: { fragmentMasking: false, persistedDocuments },
      config: { ...config, documentMode: 'string', importExtension: '.js' },
    },
  },
};

export default codegenConfig;
