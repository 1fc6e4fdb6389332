import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

/** The public schema as SDL, exactly as committed in /schema.graphql. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
