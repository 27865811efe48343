import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders, type Context } from '../graphql/context.js';
import type { AppError } from '../graphql/errors.js';
import { refreshViewers } from '../modules/auth/refresh-viewers.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { liveEvents } from './pubsub.js';

/** What a kind of live event needs to reach its subscribers safely. */
export interface FeedSpec<P, T> {
  /** Writers publish on `${topic}:${key}` (notifyInTransaction). */
  topic: string;
  /** Whether each viewer may follow `key` now; one statement for all of them. */
  allowed(props: { em: EntityManager; key: string; viewers: readonly Viewer[] }): Promise<boolean[]>;
  /** The answer to a viewer asking to follow what it may not. */
  refusal(viewer: Viewer): AppError;
  /** What an event is about, loaded once for every subscriber; null sends nothing. */
  load(props: { em: EntityManager; key: string; payload: P }): Promise<T | null>;
}

interface Delivery<T> {
  item: T;
  viewer: Viewer;
  em: EntityManager;
  loaders: Loaders;
}

/** One subscription in this process: a queue of deliveries read by graphql-js's subscription loop. */
class Subscriber<T> {
  private readonly queue: Delivery<T>[] = [];
  private wake: (() => void) | undefined;
  ended = false;

  constructor(
    readonly context: Context,
    private readonly onEnd: () => void,
  ) {}

  push(delivery: Delivery<T>): void {
    this.queue.push(delivery);
    this.wake?.();
  }

  /** Completes the subscription (the client gets `complete`); anything still queued is dropped. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.onEnd();
    this.wake?.();
  }

  iterator(): AsyncIterableIterator<T> {
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        while (this.queue.length === 0 && !this.ended) await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        const delivery = this.queue.shift();
        if (!delivery) return { value: undefined, done: true };
        // Each event is resolved as its current viewer, and every subscriber of the event shares one set of
        // loaders: what one subscriber's fields load, the next one reads from memory. Events of one subscription
        // are executed one after another, so switching its context here is safe.
        this.context.viewer = delivery.viewer;
        this.context.em = delivery.em;
        this.context.loaders = delivery.loaders;
        return { value: delivery.item, done: false };
      },
      return: () => {
        this.end();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

interface Topic<T> {
  key: string;
  subscribers: Set<Subscriber<T>>;
  unlisten: () => void;
  /** Events and re-checks of one topic run in order. */
  work: Promise<void>;
}

const feeds = new Set<LiveFeed<never, unknown>>();
let recheckMs = 60_000;
let sweeper: NodeJS.Timeout | undefined;

/** How often open subscriptions re-check their viewer and rights even when no event arrives. */
/** Open subscriptions in this process, across every feed (for metrics). */
export function liveSubscriptionCount(): number {
  let count = 0;
  for (const feed of feeds) count += feed.subscriberCount;
  return count;
}

export function configureLiveFeeds(options: { recheckMs: number }): void {
  recheckMs = options.recheckMs;
  if (sweeper) {
    clearInterval(sweeper);
    sweeper = undefined;
    startSweeper();
  }
}

function startSweeper(): void {
  sweeper ??= setInterval(() => {
    for (const feed of feeds) feed.recheckAll();
  }, recheckMs).unref();
}

function stopSweeperWhenIdle(): void {
  if ([...feeds].some((feed) => feed.size > 0)) return;
  clearInterval(sweeper);
  sweeper = undefined;
}

/**
 * Fans live events out to this process's subscribers in batches. Per event, whatever the number of subscribers:
 * their viewers are re-read (`refreshViewers`), the read rule is checked once for all of them (`allowed`), and the
 * event is loaded once (`load`). A subscriber whose session ended, whose member left, or who may no longer read
 * what it follows is completed, not merely skipped; the same check also runs every `recheckMs` without events.
 */
export class LiveFeed<P, T> {
  private readonly topics = new Map<string, Topic<T>>();

  constructor(private readonly spec: FeedSpec<P, T>) {
    feeds.add(this);
  }

  get size(): number {
    return this.topics.size;
  }

  get subscriberCount(): number {
    let count = 0;
    for (const topic of this.topics.values()) count += topic.subscribers.size;
    return count;
  }

  /** Starts following `key` as the context's viewer; refuses with `spec.refusal` when it may not. */
  async subscribe(key: string, context: Context): Promise<AsyncIterable<T>> {
    const [allowed] = await this.spec.allowed({ em: context.em, key, viewers: [context.viewer] });
    if (!allowed) throw this.spec.refusal(context.viewer);
    let topic = this.topics.get(key);
    if (!topic) {
      const created: Topic<T> = { key, subscribers: new Set(), unlisten: () => {}, work: Promise.resolve() };
      created.unlisten = liveEvents.listen(`${this.spec.topic}:${key}`, (payload) =>
        this.enqueue(created, (em) => this.deliver(created, payload as P, em)),
      );
      this.topics.set(key, (topic = created));
    }
    const owner = topic;
    const subscriber: Subscriber<T> = new Subscriber<T>(context, () => this.remove(owner, subscriber));
    topic.subscribers.add(subscriber);
    startSweeper();
    return subscriber.iterator();
  }

  /** Re-checks every subscriber of every topic (the periodic sweep). */
  recheckAll(): void {
    for (const topic of this.topics.values()) this.enqueue(topic, (em) => this.current(topic, em).then(() => {}));
  }

  private remove(topic: Topic<T>, subscriber: Subscriber<T>): void {
    topic.subscribers.delete(subscriber);
    if (topic.subscribers.size > 0 || this.topics.get(topic.key) !== topic) return;
    topic.unlisten();
    this.topics.delete(topic.key);
    stopSweeperWhenIdle();
  }

  private enqueue(topic: Topic<T>, work: (em: EntityManager) => Promise<void>): void {
    topic.work = topic.work.then(async () => {
      const first = topic.subscribers.values().next().value;
      if (!first) return;
      try {
        await work(first.context.em.fork());
      } catch (error) {
        first.context.logger.error({ err: error, topic: this.spec.topic }, 'A live event could not be delivered');
      }
    });
  }

  /** The subscribers still entitled to the topic, with their viewers as of now; the others are completed. */
  private async current(topic: Topic<T>, em: EntityManager): Promise<[Subscriber<T>, Viewer][]> {
    const subscribers = [...topic.subscribers];
    const fresh = await refreshViewers(
      em,
      subscribers.map((subscriber) => subscriber.context.viewer),
    );
    const alive = subscribers.flatMap((subscriber, i): [Subscriber<T>, Viewer][] => {
      const viewer = fresh[i];
      if (viewer) return [[subscriber, viewer]];
      subscriber.end();
      return [];
    });
    if (alive.length === 0) return [];
    const allowed = await this.spec.allowed({ em, key: topic.key, viewers: alive.map(([, viewer]) => viewer) });
    return alive.filter(([subscriber], i) => {
      if (allowed[i]) return true;
      subscriber.end();
      return false;
    });
  }

  private async deliver(topic: Topic<T>, payload: P, em: EntityManager): Promise<void> {
    const entitled = await this.current(topic, em);
    if (entitled.length === 0) return;
    const item = await this.spec.load({ em, key: topic.key, payload });
    if (item === null) return;
    const loaders = new Loaders(em);
    for (const [subscriber, viewer] of entitled) subscriber.push({ item, viewer, em, loaders });
  }
}
