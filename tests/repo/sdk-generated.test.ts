/**
 * The SDK's generated documents and schema types (packages/sdk/src/gql, from
 * packages/sdk/codegen.ts) must not go stale. Fix a failure with `pnpm codegen`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import sdkCodegen from '../../packages/sdk/codegen.ts';

const root = resolve(import.meta.dirname, '../..');

it('packages/sdk/src/gql matches codegen output for the committed schema and documents', async () => {
  // (generate() is typed `any`: its outputs are files.)
  const outputs = (await generate({ ...sdkCodegen, cwd: root, silent: true, verbose: false }, false)) as Array<{
    filename: string;
    content: string;
  }>;
  const produced = outputs.map((o) => o.filename.replace(/^\.\//, ''));
  expect(produced.sort()).toEqual(
    readdirSync(join(root, 'packages/sdk/src/gql'))
      .map((f) => `packages/sdk/src/gql/${f}`)
      .sort(),
  );
  for (const output of outputs) {
    const path = resolve(root, output.filename);
    expect(existsSync(path), `${output.filename} is missing: run \`pnpm codegen\``).toBe(true);
    expect(readFileSync(path, 'utf8') === output.content, `${output.filename} is stale: run \`pnpm codegen\``).toBe(
      true,
    );
  }
  // The SDK's documents are there, with their types.
  const gql = readFileSync(join(root, 'packages/sdk/src/gql/graphql.ts'), 'utf8');
  for (const name of [
    'BatonConversations',
    'BatonConversation',
    'BatonTakeOver',
    'BatonReply',
    'BatonResolve',
    'BatonInboxEvents',
    'BatonConversationEvents',
  ]) {
    expect(gql).toContain(
      `export type ${name}${name.endsWith('Events') ? 'Subscription' : name.startsWith('BatonConversation') ? 'Query' : 'Mutation'} =`,
    );
  }
});
