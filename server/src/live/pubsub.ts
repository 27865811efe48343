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

  /** Starts listening; until then subscriptions simply receive nothing (e.g. in tests without live events). */
  async connect(url: string, logger: Logger): Promise<void> {
    const client = new pg.Client({ connectionString: url });
    client.on('error', (error) => logger.error({ err: error }, 'Live events connection failed'));
    client.on('notification', (notification) => {
      if (notification.channel !== LIVE_CHANNEL || !notification.payload) return;
      try {
        const message = JSON.parse(notification.payload) as Message;
        for (const listener of this.listeners.get(message.topic) ?? []) listener(message.payload);
      } catch (error) {
        logger.warn({ err: error }, 'Ignored a malformed live event');
      }
    });
    await client.connect();
    await client.query(`listen ${LIVE_CHANNEL}`);
    this.client = client;
  }

  async close(): Promise<void> {
    await this.client?.end();
    this.client = undefined;
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
