/**
 * Descriptions for the schema elements the plugins generate rather than our code: the result
 * union of every field with typed errors (plugin-errors) and the `totalCount` of Prisma
 * connections (plugin-prisma). Every public element has a description (issue 14, checked by
 * tests/repo/schema-descriptions.test.ts); the rest of the generated plumbing (PageInfo, Node,
 * cursors, edges, page arguments) is described through the Relay options in builder.ts, and each
 * connection names its own type's description where it is defined. Only fills in what is
 * missing: a description given in code always wins.
 */
import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type PothosTypeConfig,
  type SchemaTypes,
} from '@pothos/core';

/** `MutationTakeOverResult` → `Mutation.takeOver` (plugin-errors' default union name). */
function resultOf(unionName: string): string | null {
  const match = /^(Query|Mutation|Subscription)(\w+)Result$/.exec(unionName);
  if (!match) return null;
  const [, parent, field] = match as unknown as [string, string, string];
  return `${parent}.${field.charAt(0).toLowerCase()}${field.slice(1)}`;
}

export class PlumbingDescriptionsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    if (typeConfig.kind !== 'Union' || typeConfig.description || !typeConfig.extensions?.pothosIndirectInclude) {
      return typeConfig;
    }
    const field = resultOf(typeConfig.name);
    const subject = field ? `What \`${field}\` returns` : 'A result';
    return {
      ...typeConfig,
      description: `${subject}: its result on success, or one of the typed errors that are members of this union (each implements \`Error\`). Select \`__typename\` and \`... on Error { code message }\`; see docs/api.md, "Errors".`,
    };
  }

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.description || !fieldConfig.extensions?.pothosPrismaTotalCount) return fieldConfig;
    return {
      ...fieldConfig,
      description:
        'How many items the whole connection holds, across all pages (ignores `first`, `last`, `after` and `before`).',
    };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Pothos plugins declare themselves
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      plumbingDescriptions: PlumbingDescriptionsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('plumbingDescriptions', PlumbingDescriptionsPlugin);
