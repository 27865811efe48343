import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { liveEvents } from '../live/pubsub.js';
import { answerMalformedIds } from './mutation-ids.js';
import { domainResolvers } from '../modules/registry.js';
import { NodeResolver } from './node.resolver.js';
import { installReadPath } from './read/resolve.js';
import { guardMutations } from './write-scope.js';

/** Every resolver: the node lookup and whatever the domain modules declare (modules/index.ts). */
export const resolvers = [NodeResolver, ...domainResolvers] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process (type-graphql's metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, emitSchemaFile: false, pubSub: liveEvents }).then((schema) => {
    const query = schema.getQueryType();
    if (query)
      query.description = 'Vidensbro: research and documented practice for people who work with vulnerable children.';
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = 'Changes: signing in, tokens, members, and editing the knowledge base.';
    const subscription = schema.getSubscriptionType();
    if (subscription)
      subscription.description = 'Live updates over graphql-ws at /graphql: new comments and notifications.';
    return installReadPath(guardMutations(answerMalformedIds(schema)));
  });
  return built;
}
