import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { authorizeWrite } from '../modules/auth/auth.policy.js';
import type { Context } from './context.js';

/**
 * Puts the write-scope check (policy: `authorizeWrite`) in front of every field of the Mutation type, whichever
 * transport runs it. Walking the built schema covers mutations added later without anyone remembering to.
 */
export function guardMutations(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: Context, info) => {
      authorizeWrite(context.viewer);
      return resolve(source, args, context, info);
    };
  }
  return schema;
}
