/**
 * Every public schema element has a description (issue 14): third-party developers read the
 * schema in GraphiQL, in schema.graphql and in the SDK's generated types. Checked on both the
 * committed schema.graphql and the live code-first schema (api/src/schema), so neither a new
 * field in code nor a hand edit of the SDL slips through. A failure lists every undocumented
 * type, field, argument, enum value and input field by its coordinate (`Type.field(arg:)`).
 * Fix it with a `description:` option in api/src/schema/*.ts (or a `///` comment on the Prisma
 * model/field for exposed Prisma fields), then `pnpm codegen`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema as liveSchema } from '../../api/src/schema/index.js';

const root = resolve(import.meta.dirname, '../..');

function documented(description: string | null | undefined): boolean {
  return typeof description === 'string' && description.trim().length > 0;
}

/** Coordinates of every public element without a description, sorted. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const args = (owner: string, list: readonly GraphQLArgument[]) => {
    for (const arg of list) if (!documented(arg.description)) missing.push(`${owner}(${arg.name}:)`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!documented(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (!documented(field.description)) missing.push(coordinate);
        args(coordinate, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!documented(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!documented(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    if (!documented(directive.description)) missing.push(`@${directive.name}`);
    args(`@${directive.name}`, directive.args);
  }
  return missing.sort();
}

function report(missing: string[]): string {
  return `${missing.length} undocumented schema element(s) — add a description:\n  ${missing.join('\n  ')}`;
}

describe('schema descriptions', () => {
  it('every type, field, argument, enum value and input field of the live schema has a description', () => {
    const missing = undocumented(liveSchema);
    expect(missing, report(missing)).toEqual([]);
  });

  it('every element of the committed schema.graphql has a description', () => {
    const committed = buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));
    const missing = undocumented(committed);
    expect(missing, report(missing)).toEqual([]);
  });

  it('the check catches a new undocumented field, argument, enum value and input field', () => {
    const probe = buildSchema(`
      """A documented type."""
      type Query {
        """Documented."""
        ok: Int!
        bare(limit: Int): Int!
      }
      """A documented enum."""
      enum Mood {
        """Documented."""
        HAPPY
        SAD
      }
      input Filter {
        """  """
        term: String
      }
    `);
    expect(undocumented(probe)).toEqual(['Filter', 'Filter.term', 'Mood.SAD', 'Query.bare', 'Query.bare(limit:)']);
  });
});
