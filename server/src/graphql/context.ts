import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { RateLimits } from '../modules/auth/rate-limits.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { MembershipSettings } from '../modules/membership/settings.js';
import type { Logger } from '../platform/logger.js';
import { pageWindow, type ConnectionArgs, type ConnectionValue } from './connection.js';
import { loadNestedPages, type NestedSpec } from './nested-connection.js';

/** Per-request DataLoaders: each batches one kind of lookup across the whole operation. */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly em: EntityManager) {}

  private loader<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.cache.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.cache.set(key, loader);
    }
    return loader;
  }

  /** Rows by id, narrowed by `where` (visibility); a row the viewer may not see comes back as null. */
  byId<T extends { id: string }>(
    entity: EntityName<T> & { name: string },
    where: FilterQuery<T> = {},
  ): DataLoader<string, T | null> {
    return this.loader(`byId:${entity.name}:${JSON.stringify(where)}`, async (ids) => {
      const filter = { $and: [{ id: { $in: [...ids] } }, where] } as FilterQuery<T>;
      const rows: T[] = await this.em.find<T>(entity, filter);
      const byId = new Map<string, T>(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The one row whose `property` (a reference or an id column) points at each given id, e.g. the report of an event. */
  byReference<T extends object>(
    entity: EntityName<T> & { name: string },
    property: string,
    where: FilterQuery<T> = {},
  ): DataLoader<string, T | null> {
    return this.loader(`byRef:${entity.name}.${property}:${JSON.stringify(where)}`, async (ids) => {
      const filter = { $and: [{ [property]: { $in: [...ids] } }, where] } as FilterQuery<T>;
      const rows: T[] = await this.em.find<T>(entity, filter);
      const byParent = new Map<string, T>();
      for (const row of rows) {
        const value = (row as Record<string, unknown>)[property] as { id: string } | string | null;
        if (value) byParent.set(typeof value === 'string' ? value : value.id, row);
      }
      return ids.map((id) => byParent.get(id) ?? null);
    });
  }

  /** One page of a nested list per parent; parents asking for the same page share one statement. */
  page<C extends object>(
    key: string,
    spec: NestedSpec<C>,
    args: ConnectionArgs,
  ): DataLoader<string, ConnectionValue<C>> {
    const window = pageWindow(args);
    return this.loader(`page:${key}:${JSON.stringify(window)}`, (ids) => loadNestedPages(this.em, spec, ids, window));
  }
}

/** What resolvers may do to the HTTP exchange: sign-in sets and sign-out clears the session cookie. */
export interface HttpExchange {
  address: string;
  setSessionCookie(secret: string): void;
  clearSessionCookie(): void;
}

/** Settings resolvers need from the configuration. */
export interface Settings {
  draftRetentionMonths: number;
  membership: MembershipSettings;
}

export interface Context {
  settings: Settings;
  viewer: Viewer;
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
  limits: RateLimits;
  http: HttpExchange;
  /**
   * Loads nodes by decoded global ID, each under its type's read rule (graphql/node.service.ts): for domain code
   * that reaches a node of any type (a thread's subject) without importing the dispatch layer.
   */
  loadNodes(ids: { type: string; id: string }[]): Promise<(object | null)[]>;
}
