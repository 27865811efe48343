import type { EventSubscriber, MigrationObject } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Context, Settings } from '../graphql/context.js';
import type { Orm } from '../platform/database.js';
import type { Logger } from '../platform/logger.js';
import type { MediaConfig } from './media/config.js';
import { shapeOf, type EntityClass, type ListOrder } from '../graphql/read/registry.js';
import { searchRegistry, type SearchFeed, type SearchSource } from '../search/documents/registry.js';
import { ContentEntity } from './content/content.entity.js';
import { readableWhere } from './content/read-rule.js';

/** Loads one node by its database id for `node(id:)`, or null when it does not exist or the viewer may not see it. */
export type NodeLoader = (ctx: Context, id: string) => Promise<object | null>;

/** What a module's HTTP routes (calendar files, invoices, media, feeds …) are given when the server starts. */
export interface RouteDeps {
  orm: Orm;
  /** The configuration the routes read (http.ts passes what it was given). */
  config: MediaConfig & Pick<Config, 'SMTP_URL' | 'NODE_ENV' | 'dataDir' | 'PUBLIC_URL'>;
  logger: Logger;
  settings: Settings;
}

/** Registers a module's plain HTTP routes beside /graphql. */
export type RouteRegistrar = (app: FastifyInstance, deps: RouteDeps) => void | Promise<void>;

/** A migration class; its name (`Migration<timestamp>_<what>`) is the name the database records it under. */
export type MigrationClass = MigrationObject['class'];

/** A concrete content class (case, method, study …): what editors publish, unpublish and delete. */
export type ContentClass = (new () => ContentEntity) & { name: string };

/**
 * Everything a domain module contributes, declared once in its `<domain>.module.ts` and listed in
 * `modules/index.ts`. The dispatchers (`modules/registry.ts` for the model and the schema, `graphql/node.service.ts`
 * for `node`) read these; they hold no list of types of their own.
 */
export interface DomainModule {
  /** The module's folder name. */
  name: string;
  /** MikroORM entities and embeddables. Entities extending `ContentEntity` become content types (see below). */
  entities?: readonly EntityClass[];
  /** type-graphql resolver classes. */
  resolvers?: readonly (abstract new (...args: never[]) => object)[];
  /** Flush subscribers, made fresh for each ORM instance. */
  subscribers?: () => EventSubscriber[];
  /**
   * `node(id:)` loaders by GraphQL type name, each applying the type's read rule. Content types need none: they are
   * loaded through the one content read rule.
   */
  nodes?: Readonly<Record<string, NodeLoader>>;
  /** Plain HTTP routes beside /graphql, registered in module order. */
  routes?: RouteRegistrar;
  /** The default order of nested lists of an entity (`topic.cases`, `case.methods` …). */
  listOrders?: readonly (readonly [EntityClass, ListOrder])[];
  /** The search types the module owns (each from its `<name>.search.ts`): documents, hydration, `SearchType`. */
  search?: readonly SearchSource[];
  /** Rows of the module that documents show without being searchable themselves (a rating, a comment, a topic). */
  shownInSearch?: readonly SearchFeed[];
  /**
   * The module's own schema changes, from its `<name>.migrations.ts`; they run in time order with everyone's
   * (platform/migrations/order.ts). Changes that span modules stay in `platform/migrations/`.
   */
  migrations?: readonly MigrationClass[];
}

const contentClasses = new Map<string, ContentClass>();

function isContentClass(entity: EntityClass): entity is ContentClass {
  return entity.prototype instanceof ContentEntity;
}

/** A content type's node is loaded through the one read rule, like every list of it. */
const contentNode =
  (entity: ContentClass): NodeLoader =>
  (ctx, id) =>
    ctx.loaders.byId(entity as never, readableWhere(ctx.viewer)).load(id);

/**
 * Declares a module. Content types, list orders and search types are recorded as the module is defined, so the
 * content plumbing (`content/editing.ts`, the `ContentItem` union, nested lists) and search (documents, outbox,
 * hydration, the `SearchType` enum) find them without a list of their own.
 */
export function defineModule(module: DomainModule): DomainModule {
  const nodes: Record<string, NodeLoader> = { ...module.nodes };
  for (const entity of module.entities ?? []) {
    if (!isContentClass(entity)) continue;
    contentClasses.set(entity.name, entity);
    nodes[entity.name] ??= contentNode(entity);
  }
  for (const [entity, order] of module.listOrders ?? []) shapeOf(entity).order = order;
  searchRegistry.add(module.name, module.search ?? [], module.shownInSearch ?? []);
  return { ...module, nodes };
}

/** Every content type by GraphQL type name (Case, Method, Study, Event, Workshop, Talk, Report …). */
export function contentTypes(): ReadonlyMap<string, ContentClass> {
  return contentClasses;
}
