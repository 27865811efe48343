import type { EventSubscriber, MigrationObject } from '@mikro-orm/core';
import type { EntityClass } from '../graphql/read/registry.js';
import { searchRegistry } from '../search/documents/registry.js';
import { BaseEntity, ContentEntity } from './content/content.entity.js';
import * as modules from './index.js';
import type { DomainModule, NodeLoader } from './module.js';

/**
 * What the wiring and the dispatchers need from all modules together, derived from `modules/index.ts`: the model's
 * entities and subscribers (model.ts), the schema's resolvers (graphql/schema.ts) and the node loaders
 * (graphql/node.service.ts).
 */
export const domainModules: readonly DomainModule[] = Object.values(modules).map((module) => module.registration);
// Every module is defined now: search may read its types.
searchRegistry.seal();

/** Every entity and embeddable, the abstract bases first. */
export const domainEntities: readonly EntityClass[] = [
  BaseEntity,
  ContentEntity,
  ...domainModules.flatMap((module) => module.entities ?? []).filter((e) => e !== BaseEntity && e !== ContentEntity),
];

/** The modules' own migrations, each with the module that declares it (the order is model.ts's). */
export const domainMigrations: readonly { module: string; migration: MigrationObject }[] = domainModules.flatMap(
  (module) =>
    (module.migrations ?? []).map((migration) => ({
      module: module.name,
      migration: { name: migration.name, class: migration },
    })),
);

export const domainResolvers = domainModules.flatMap((module) => module.resolvers ?? []);

export function domainSubscribers(): EventSubscriber[] {
  return domainModules.flatMap((module) => module.subscribers?.() ?? []);
}

/**
 * The node loaders of all modules by type. A type (or entity) declared by two modules is a wiring mistake: say
 * which, at startup, instead of letting one win.
 */
export function collectNodeLoaders(modules: readonly DomainModule[]): Map<string, NodeLoader> {
  once(
    'The entity',
    modules.flatMap((module) => (module.entities ?? []).map((e): [string, string] => [e.name, module.name])),
  );
  const loaders = modules.flatMap((module) =>
    Object.entries(module.nodes ?? {}).map(([type, load]): [string, string, NodeLoader] => [type, module.name, load]),
  );
  once(
    'The node type',
    loaders.map(([type, module]) => [type, module]),
  );
  return new Map(loaders.map(([type, , load]) => [type, load]));
}

function once(what: string, entries: [key: string, module: string][]): void {
  const seen = new Map<string, string>();
  for (const [key, module] of entries) {
    const earlier = seen.get(key);
    if (earlier) throw new Error(`${what} ${key} is declared by both modules ${earlier} and ${module}.`);
    seen.set(key, module);
  }
}

export const nodeLoaders: ReadonlyMap<string, NodeLoader> = collectNodeLoaders(domainModules);
