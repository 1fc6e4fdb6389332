/**
 * What a query costs, field by field (@pothos/plugin-complexity reads it from each field's
 * `complexity` extension; http/query-limits.ts checks the total before execution, with the
 * request's variables). A connection multiplies what is selected inside it by its page size
 * (`first` / `last`, literal or variable), other lists by `listMultiplier`; every field costs 1.
 */
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { getNamedType, getNullableType, isListType, type GraphQLField } from 'graphql';
import { pageSize, type PageArgs } from './pagination.js';

/**
 * The most a query may cost. The inbox's largest screen (three lists of 100 conversations)
 * costs about 8,000; one 100 × 100 conversations × messages page already costs more than this.
 */
export const maxQueryCost = 25_000;

/** What a list that is not a connection is assumed to hold. */
export const listMultiplier = 10;

function isConnection<C>(field: GraphQLField<unknown, C>): boolean {
  const names = new Set(field.args.map((arg) => arg.name));
  return names.has('first') && names.has('last') && getNamedType(field.type).name.endsWith('Connection');
}

/** The cost of one field: its own 1, and a multiplier for what is selected inside it. */
export function fieldCost<C>(args: Record<string, unknown>, _ctx: C, field: GraphQLField<unknown, C>) {
  let cost: FieldComplexityValue = 1;
  if (isConnection(field)) {
    // Throws PageSizeError for a refused page size: the query is refused before it runs.
    cost = { field: 1, multiplier: pageSize(args as PageArgs) };
  } else if (isListType(getNullableType(field.type))) {
    // A connection's edges are already counted by the connection's page size.
    const edges = field.name === 'edges' && getNamedType(field.type).name.endsWith('Edge');
    cost = { field: 1, multiplier: edges ? 1 : listMultiplier };
  }
  return cost;
}
