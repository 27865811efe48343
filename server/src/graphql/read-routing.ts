import type { ApolloServerPlugin } from '@apollo/server';
import { allowReplicaReads } from '../platform/read-replicas.js';
import type { Context } from './context.js';

/**
 * Which requests may read from the read replicas (DATABASE_REPLICA_URLS), decided per request once the operation
 * is known. Replicas apply the primary's changes a moment later, so:
 * - a query reads from a replica, unless its viewer wrote (sent a mutation) or signed in within `stickySeconds`:
 *   then it reads the primary, so people always see their own changes (read-your-own-writes), on any process;
 * - a mutation reads and writes the primary, what it answers included, and records that its member wrote;
 * - subscriptions, authentication and everything outside GraphQL operations read the primary.
 * Changes by others reach replica readers within the replicas' lag.
 */
export function readRoutingPlugin(options: { stickySeconds: number }): ApolloServerPlugin<Context> {
  const stickyMs = options.stickySeconds * 1000;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue: { viewer } }) {
          if (operation?.operation !== 'query') return;
          const wrote = viewer.kind === 'member' ? viewer.lastWriteAt : null;
          if (wrote && Date.now() - wrote.getTime() < stickyMs) return;
          allowReplicaReads();
        },
        async willSendResponse({ operation, contextValue: { viewer, em, logger } }) {
          if (operation?.operation !== 'mutation' || viewer.kind !== 'member') return;
          // Before the answer leaves: the member's next request, on whichever process, already reads the primary.
          await em
            .getConnection('write')
            .execute('update member set last_write_at = ? where id = ?', [new Date(), viewer.memberId], 'run')
            .catch((error: unknown) => logger.warn({ err: error }, 'Could not record that a member wrote'));
        },
      };
    },
  };
}
