import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../platform/logger.js';

export const LIVE_CHANNEL = 'vidensbro_live';

interface Message {
  topic: string;
  payload: unknown;
}

type Listener = (payload: unknown) => void;

/**
 * Live events across server processes through PostgreSQL LISTEN/NOTIFY: writers NOTIFY inside their transaction
 * (delivered only if it commits), every process LISTENs on one connection and hands events to its own GraphQL
 * subscriptions. No broker beyond the database we already run.
 */
export class LiveEvents {
  private client: pg.Client | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  /** Starts listening; until then subscriptions simply receive nothing (e.g. in tests without live events). */
  async connect(url: string, logger: Logger): Promise<void> {
    this.closed = false;
    this.client = await this.openConnection(url, logger);
  }

  private async openConnection(url: string, logger: Logger): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => {});
      if (!this.closed) {
        logger.warn(`Live events lost their PostgreSQL connection (${error?.message ?? 'closed'}); reconnecting.`);
        this.reconnect(url, logger, 250);
      }
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (notification) => this.deliver(notification, logger));
    try {
      await client.connect();
      await client.query(`listen ${LIVE_CHANNEL}`);
    } catch (error) {
      lost = true; // a failed first connect is the caller's to report, not a reconnect
      await client.end().catch(() => {});
      throw error;
    }
    return client;
  }

  /**
   * After a PostgreSQL restart the LISTEN connection is gone: connect again with backoff (0.25 s to 30 s), so
   * events written afterwards reach subscribers again. Events sent while no connection listened are not replayed.
   */
  private reconnect(url: string, logger: Logger, delay: number): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.openConnection(url, logger).then(
        (client) => {
          if (this.closed) return void client.end().catch(() => {});
          this.client = client;
          logger.info('Live events are connected to PostgreSQL again.');
        },
        () => this.reconnect(url, logger, Math.min(delay * 2, 30_000)),
      );
    }, delay);
    this.reconnectTimer.unref();
  }

  private deliver(notification: pg.Notification, logger: Logger): void {
    if (notification.channel !== LIVE_CHANNEL || !notification.payload) return;
    try {
      const message = JSON.parse(notification.payload) as Message;
      for (const listener of this.listeners.get(message.topic) ?? []) listener(message.payload);
    } catch (error) {
      logger.warn({ err: error }, 'Ignored a malformed live event');
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end();
  }

  /** For type-graphql: topics are `TOPIC` or `TOPIC:id`. */
  publish(routingKey: string, ...args: unknown[]): void {
    void this.client?.query('select pg_notify($1, $2)', [
      LIVE_CHANNEL,
      JSON.stringify({ topic: routingKey, payload: args[0] }),
    ]);
  }

  /** Calls `listener` with every payload published on `topic` in any process; returns the function that stops it. */
  listen(topic: string, listener: Listener): () => void {
    const listeners = this.listeners.get(topic) ?? new Set<Listener>();
    listeners.add(listener);
    this.listeners.set(topic, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.listeners.get(topic) === listeners) this.listeners.delete(topic);
    };
  }

  /** For type-graphql: an async iterable of the payloads published on a topic, ended when the client leaves. */
  subscribe(routingKey: string, dynamicId?: unknown): AsyncIterable<unknown> {
    const id = typeof dynamicId === 'string' ? dynamicId : JSON.stringify(dynamicId);
    const topic = dynamicId === undefined ? routingKey : `${routingKey}:${id}`;
    const queue: unknown[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const unlisten = this.listen(topic, (payload) => {
      queue.push(payload);
      wake?.();
    });
    const stop = () => {
      done = true;
      unlisten();
      wake?.();
    };
    return {
      [Symbol.asyncIterator]: () => ({
        next: async (): Promise<IteratorResult<unknown>> => {
          while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          return done && queue.length === 0 ? { value: undefined, done: true } : { value: queue.shift(), done: false };
        },
        return: async (): Promise<IteratorResult<unknown>> => {
          stop();
          return { value: undefined, done: true };
        },
      }),
    };
  }
}

/** The process's live events; connected at start-up (server/src/app.ts). */
export const liveEvents = new LiveEvents();

/** Queues a live event in the current transaction: listeners see it only once the change is committed. */
export async function notifyInTransaction(em: EntityManager, topic: string, payload: unknown): Promise<void> {
  await em
    .getConnection()
    .execute(
      'select pg_notify(?, ?)',
      [LIVE_CHANNEL, JSON.stringify({ topic, payload })],
      'all',
      em.getTransactionContext(),
    );
}
