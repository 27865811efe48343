import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema.js';

/** The schema as checked in at schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printVidensbroSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
