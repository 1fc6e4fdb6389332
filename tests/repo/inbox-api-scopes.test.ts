/**
 * The inbox's API keys screen labels each scope checkbox from a map keyed by the generated
 * `ApiScope` type (inbox-app/src/lib/settings/api-scopes.ts): TypeScript fails when a scope is
 * added, and this test fails when a scope's name or description there drifts from the API's
 * (schema.graphql, where `ApiScope`'s values read "`name`: description").
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scopeInfo } from '../../inbox-app/src/lib/settings/api-scopes.ts';

const root = resolve(import.meta.dirname, '../..');

describe('inbox API key scopes', () => {
  it('name and describe every ApiScope exactly as the schema does', () => {
    const schema = buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));
    const type = schema.getType('ApiScope');
    if (!isEnumType(type)) throw new Error('ApiScope is not an enum in schema.graphql');
    const fromSchema = Object.fromEntries(type.getValues().map((v) => [v.name, v.description]));
    const fromInbox = Object.fromEntries(
      Object.entries(scopeInfo).map(([value, { name, description }]) => [value, `\`${name}\`: ${description}`]),
    );
    expect(fromInbox).toEqual(fromSchema);
  });
});
