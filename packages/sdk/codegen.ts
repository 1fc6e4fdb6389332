import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The SDK's typed documents and the schema's types, generated from the checked-in schema.graphql
 * (`pnpm codegen` runs this after the root codegen.ts; paths are relative to the repository
 * root). Documents are emitted as strings (`TypedDocumentString`): the client posts
 * `String(document)`, so neither the SDK nor its users need the `graphql` package at run time.
 * The examples' own documents are generated here too: they write them with the SDK's `graphql()`,
 * as a third party's project would with its own codegen run.
 */
const codegenConfig: CodegenConfig = {
  schema: './schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'packages/sdk/src/gql/': {
      preset: 'client',
      documents: ['packages/sdk/src/**/*.ts', '!packages/sdk/src/gql/**', 'examples/*/src/**/*.ts'],
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        documentMode: 'string',
        importExtension: '.js',
      },
    },
  },
};

export default codegenConfig;
