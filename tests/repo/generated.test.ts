/**
 * Generated artefacts are committed and must not go stale: schema.graphql is printed from the
 * code-first schema, and the typed documents of inbox-app, widget and the tests (tests/gql) come
 * from codegen.ts. Fix a failure with `pnpm codegen`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../api/src/schema/print.js';
import codegenConfig from '../../codegen.ts';

const root = resolve(import.meta.dirname, '../..');

describe('generated artefacts', () => {
  it('schema.graphql matches the code-first schema', () => {
    const committed = readFileSync(join(root, 'schema.graphql'), 'utf8');
    expect(committed === printedSchema(), 'schema.graphql is stale: run `pnpm codegen`').toBe(true);
  });

  it('generated clients match codegen output for the committed schema and documents', async () => {
    // (generate() is typed `any`: its outputs are files.)
    const outputs = (await generate({ ...codegenConfig, cwd: root, silent: true, verbose: false }, false)) as Array<{
      filename: string;
      content: string;
    }>;
    expect(outputs.length).toBeGreaterThan(0);
    const folders = Object.keys(codegenConfig.generates);
    for (const output of outputs) {
      const path = resolve(root, output.filename);
      expect(existsSync(path), `${output.filename} is missing: run \`pnpm codegen\``).toBe(true);
      expect(readFileSync(path, 'utf8') === output.content, `${output.filename} is stale: run \`pnpm codegen\``).toBe(
        true,
      );
    }
    // No leftovers from documents that no longer exist.
    for (const folder of folders) {
      const onDisk = readdirSync(join(root, folder)).map((f) => join(folder, f));
      const produced = outputs.map((o) => o.filename.replace(/^\.\//, ''));
      expect(onDisk.sort()).toEqual(produced.filter((f) => f.startsWith(folder)).sort());
    }
  });
});
