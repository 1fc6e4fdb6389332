import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the front ends and the tests, generated from the checked-in
 * schema.graphql (`pnpm codegen` prints the schema first). Each app — and the test suite — writes
 * its operations with the generated `graphql()` function from its own `gql/` folder; the results
 * are typed documents.
 */
const config = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { DateTime: 'string' },
};

const codegenConfig: CodegenConfig = {
  schema: './schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'inbox-app/src/lib/gql/': {
      preset: 'client',
      documents: ['inbox-app/src/**/*.{ts,svelte}', '!inbox-app/src/lib/gql/**'],
      presetConfig: { fragmentMasking: false },
      config,
    },
    'widget/src/gql/': {
      preset: 'client',
      documents: ['widget/src/**/*.{ts,svelte}', '!widget/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      // The widget must stay tiny: documents are emitted as strings (no AST, no printer and
      // no `graphql` package in the bundle); it posts `String(document)` with fetch.
      config: { ...config, documentMode: 'string' },
    },
    // All the tests (API, repo, eval, browser), scripts/eval-assistant.ts and the benchmarks
    // (bench/ uses the test clients, so it shares their generated types). Strings too: the test
    // clients post `String(document)` over fetch and graphql-ws. Node ESM wants `.js` in relative
    // imports.
    'tests/gql/': {
      preset: 'client',
      documents: ['tests/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', '!tests/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: { ...config, documentMode: 'string', importExtension: '.js' },
    },
  },
};

export default codegenConfig;
