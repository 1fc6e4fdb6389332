import js from '@eslint/js';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';

/** Prisma write methods: only services in api/src/domain write. */
const prismaWrites =
  '/^(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany|\\$executeRaw|\\$executeRawUnsafe|\\$transaction)$/';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'api/src/generated/**',
      'inbox-app/src/lib/gql/**',
      'widget/src/gql/**',
      'tests/gql/**',
      'packages/sdk/src/gql/**',
      '.baton/**',
      'test-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests (browser suites included), scripts and benchmarks read GraphQL results through typed
    // documents (tests/gql, `pnpm codegen`): nothing there may be `any` — explicit or leaking from
    // an untyped call — nor be forced into a type with `as unknown as`, nor use anything deprecated.
    files: ['tests/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-deprecated': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']",
          message: 'No `as unknown as`: type the value (GraphQL results come typed from graphql() documents).',
        },
      ],
    },
  },
  {
    files: ['inbox-app/**/*.ts', 'widget/**/*.ts', 'packages/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Small functions everywhere outside tests (generated code is ignored above).
  {
    files: ['api/**/*.ts', 'packages/**/*.ts', 'widget/**/*.ts', 'inbox-app/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  // Boundaries: the domain knows nothing of GraphQL or HTTP.
  {
    files: ['api/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'graphql', message: 'The domain does not speak GraphQL (errors: domain/errors.ts).' },
            { name: 'graphql-yoga', message: 'The domain does not speak GraphQL.' },
            { name: 'graphql-ws', message: 'The domain does not speak GraphQL.' },
          ],
          patterns: [
            { group: ['**/schema/**', '**/schema/*'], message: 'The domain never imports the GraphQL schema.' },
            { group: ['**/http/**', '**/http/*'], message: 'The domain never imports the HTTP layer.' },
          ],
        },
      ],
    },
  },
  // Schema files are thin: they read through Pothos/Prisma but every write goes through a service.
  {
    files: ['api/src/schema/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=${prismaWrites}]:has(MemberExpression[property.name='prisma'])`,
          message: 'Schema files never write through Prisma: call a service in api/src/domain.',
        },
      ],
    },
  },
  // Svelte components (inbox and widget): linted, small functions, at most 300 lines each.
  ...svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['**/*.svelte'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
);
