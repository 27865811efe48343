import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, ID, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { withUserErrors } from '../../graphql/payload.js';
import type { Viewer } from '../auth/viewer.js';
import { sent } from './editing.js';

type Sent<I> = Partial<I> & Record<string, unknown>;

/**
 * `createX` and `updateX` for one content type: the same thin shape for every type (input in, the service's result
 * or its user errors out), written once. Each module keeps its own input, payload, descriptions and services.
 */
export function editingMutations<I extends object, E>(spec: {
  /** The GraphQL type name, e.g. "Method": the mutations are createMethod and updateMethod. */
  type: string;
  /** The payload field and the noun in argument descriptions, e.g. "method". */
  field: string;
  Input: ClassType<I>;
  Payload: ClassType;
  create: { description: string; run: (p: { em: EntityManager; viewer: Viewer; input: Sent<I> }) => Promise<E> };
  update: {
    description: string;
    run: (p: { em: EntityManager; viewer: Viewer; id: string; input: Sent<I> }) => Promise<E>;
  };
}) {
  @Resolver()
  class EditingMutations {
    @Mutation(() => spec.Payload, { name: `create${spec.type}`, description: spec.create.description })
    create(@Arg('input', () => spec.Input, { description: `The ${spec.field}.` }) input: I, @Ctx() ctx: Context) {
      return withUserErrors(async () => ({
        [spec.field]: await spec.create.run({ em: ctx.em, viewer: ctx.viewer, input: sent(input) }),
      }));
    }

    @Mutation(() => spec.Payload, { name: `update${spec.type}`, description: spec.update.description })
    update(
      @Arg('id', () => ID, { description: `The ${spec.field}’s ID.` }) id: string,
      @Arg('input', () => spec.Input, { description: 'The fields to change.' }) input: I,
      @Ctx() ctx: Context,
    ) {
      return withUserErrors(async () => ({
        [spec.field]: await spec.update.run({ em: ctx.em, viewer: ctx.viewer, id, input: sent(input) }),
      }));
    }
  }
  return EditingMutations;
}
