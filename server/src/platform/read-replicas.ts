import {
  PostgreSqlDriver,
  type ConnectionType,
  type EntityData,
  type EntityManager,
  type Knex,
  type PostgreSqlConnection,
} from '@mikro-orm/postgresql';
import { currentRequest } from './request-context.js';

/**
 * Where reads go when DATABASE_REPLICA_URLS names streaming replicas of the database.
 *
 * MikroORM sends every read outside a transaction (`find`, `count`, query builders) to a random replica. That is
 * safe only where a slightly old answer is acceptable, so this driver turns it around: a read goes to a replica
 * only inside a request that `allowReplicaReads()` marked (a GraphQL query, when the viewer has not written
 * lately); everything else reads the primary — mutations and what they answer, subscriptions, authentication,
 * the search indexer (it must index the committed state, or the index would keep an old one), health checks,
 * migrations, seeding and background jobs. Writes and transactions always use the primary.
 */
export class ReadRoutingDriver extends PostgreSqlDriver {
  override getConnection(type: ConnectionType = 'write'): PostgreSqlConnection {
    return super.getConnection(type === 'read' && currentRequest()?.replicaReads ? 'read' : 'write');
  }

  /** The primary's connection and each replica's (to instrument them all). */
  allConnections(): PostgreSqlConnection[] {
    return [this.connection, ...this.replicas];
  }
}

/** MikroORM's `replicas` option from DATABASE_REPLICA_URLS; named replica-1, replica-2, … in logs. */
export function replicaOptions(urls: readonly string[]): { name: string; clientUrl: string }[] {
  return urls.map((url, index) => ({ name: `replica-${index + 1}`, clientUrl: url }));
}

/** Lets the rest of the current request read from a replica (see ReadRoutingDriver). */
export function allowReplicaReads(): void {
  const scope = currentRequest();
  if (scope) scope.replicaReads = true;
}

/**
 * A read-only SQL statement (text or a knex query) that follows the same routing as the ORM's own reads: on a
 * replica when the request allows it, otherwise the primary; inside a transaction, in that transaction.
 */
export function executeRead<T extends EntityData<object>[]>(
  em: EntityManager,
  query: string | Knex.QueryBuilder,
  params: unknown[] = [],
): Promise<T> {
  return em.getConnection('read').execute<T>(query, params, 'all', em.getTransactionContext());
}

/** Whether this ORM was given read replicas. */
export function hasReplicas(orm: { config: { get(key: 'replicas'): unknown[] | undefined } }): boolean {
  return (orm.config.get('replicas') ?? []).length > 0;
}
