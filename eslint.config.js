import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'api/src/generated/**',
      'inbox-app/src/lib/gql/**',
      'widget/src/gql/**',
      'tests/gql/**',
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
    // Tests and scripts read GraphQL results through typed documents (tests/gql, `pnpm codegen`):
    // nothing there may be `any` — explicit or leaking from an untyped call — nor be forced into
    // a type with `as unknown as`, and the untyped (deprecated) string overloads are refused.
    // The browser suites still send string documents; they join once converted.
    files: ['tests/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['tests/browser/**'],
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
          selector: "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']",
          message: 'No `as unknown as`: type the value (GraphQL results come typed from graphql() documents).',
        },
      ],
    },
  },
  {
    files: ['inbox-app/**/*.ts', 'widget/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
