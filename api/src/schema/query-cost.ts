/**
 * What a query costs, field by field (@pothos/plugin-complexity reads it from each field's
 * `complexity` extension; http/query-limits.ts checks the total before execution, with the
 * request's variables). Every field costs 1 and a list multiplies what is selected inside it by
 * `listMultiplier`; a connection multiplies it by its page size (`first` / `last`, literal or
 * variable), and its `edges` by 1 (already counted).
 *
 * Only connections compute their cost from their arguments: the complexity plugin maps the
 * arguments of such fields, and mapping runs argument validation, whose errors belong to the
 * mutation's typed result, not to the cost check.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { pageSize, type PageArgs } from './pagination.js';

/**
 * The most a query may cost. The inbox's costliest queries (the conversation view with 100
 * messages, the list with 100 conversations) cost about 3,400; one page of 100 conversations ×
 * 100 messages costs more than this (about 30,000).
 */
export const maxQueryCost = 25_000;

/** What a list that is not a connection is assumed to hold. */
export const listMultiplier = 10;

/** The builder's `complexity` options (defaults for every field that is not a connection). */
export const complexityDefaults = { defaultComplexity: 1, defaultListMultiplier: listMultiplier };

/** Throws PageSizeError for a refused page size: the query is refused before it runs. */
const connectionCost = (args: PageArgs) => ({ field: 1, multiplier: pageSize(args) });

export class QueryCostPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const { args, name, parentType } = fieldConfig;
    let complexity;
    if (args.first && args.last && args.after && args.before) complexity = connectionCost;
    else if (name === 'edges' && parentType.endsWith('Connection')) complexity = { field: 1, multiplier: 1 };
    else return fieldConfig;
    // Both places: the complexity plugin reads `pothosOptions.complexity` when its hook runs after
    // this one, and the extension is what it reads when measuring.
    return {
      ...fieldConfig,
      pothosOptions: { ...fieldConfig.pothosOptions, complexity },
      extensions: { ...fieldConfig.extensions, complexity },
    } as PothosOutputFieldConfig<Types>;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Pothos plugins declare themselves
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      queryCost: QueryCostPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('queryCost', QueryCostPlugin);
