import {
  PostgreSqlDriver,
  type ConnectionType,
  type EntityData,
  type EntityManager,
  type Knex,
  type PostgreSqlConnection,
} from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';
import { currentRequest } from './request-context.js';

/**
 * Where reads go when DATABASE_REPLICA_URLS names streaming replicas of the database.
 *
 * MikroORM sends every read outside a transaction (`find`, `count`, query builders) to a random replica. That is
 * safe only where a slightly old answer is acceptable, so this driver turns it around: a read goes to a replica
 * only inside a request that `allowReplicaReads()` marked (a GraphQL query, when the viewer has not written
 * lately); everything else reads the primary — mutations and what they answer, subscriptions, authentication,
 * the search indexer (it must index the committed state, or the index would keep an old one), health checks,
 * migrations, seeding and background jobs. Writes and transactions always use the primary. A replica that stops
 * answering is left out until it answers again.
 */
export class ReadRoutingDriver extends PostgreSqlDriver {
  /** Replicas the probe found not answering: skipped until they answer again. */
  private readonly unreachable = new Set<PostgreSqlConnection>();
  private probe: NodeJS.Timeout | undefined;

  override getConnection(type: ConnectionType = 'write'): PostgreSqlConnection {
    if (type !== 'read' || !currentRequest()?.replicaReads) return super.getConnection('write');
    const usable = this.replicas.filter((replica) => !this.unreachable.has(replica));
    // With no replica answering, the primary serves these reads too.
    return usable[Math.floor(Math.random() * usable.length)] ?? super.getConnection('write');
  }

  /** The primary's connection and each replica's (to instrument them all). */
  allConnections(): PostgreSqlConnection[] {
    return [this.connection, ...this.replicas];
  }

  /**
   * Asks each replica `select 1` every `intervalMs` (bounded by a timeout), so one that stops answering is left out
   * (its reads go to the other replicas, or the primary) and taken back once it answers; both logged once.
   */
  watchReplicas(logger: Logger, names: readonly string[], intervalMs = 2000): void {
    if (this.replicas.length === 0 || this.probe) return;
    const check = async (replica: PostgreSqlConnection, name: string) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), intervalMs)));
      const answered = replica
        .getKnex()
        .raw('select 1')
        .then(
          () => true,
          () => false,
        );
      const ok = await Promise.race([answered, late]).finally(() => clearTimeout(timer));
      if (!this.probe) return; // closed meanwhile
      if (!ok && !this.unreachable.has(replica)) {
        this.unreachable.add(replica);
        logger.warn(`Read replica ${name} is not answering; its reads go to the primary or other replicas.`);
      } else if (ok && this.unreachable.delete(replica)) {
        logger.info(`Read replica ${name} answers again and serves reads.`);
      }
    };
    this.probe = setInterval(() => {
      this.replicas.forEach((replica, index) => void check(replica, names[index] ?? `replica-${index + 1}`));
    }, intervalMs);
    this.probe.unref();
  }

  override async close(force?: boolean): Promise<void> {
    clearInterval(this.probe);
    this.probe = undefined;
    await super.close(force);
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
