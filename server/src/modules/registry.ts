import type { EventSubscriber } from '@mikro-orm/core';
import type { EntityClass } from '../graphql/read/registry.js';
import { BaseEntity, ContentEntity } from './content/content.entity.js';
import * as modules from './index.js';
import type { DomainModule, NodeLoader } from './module.js';

/**
 * What the wiring and the dispatchers need from all modules together, derived from `modules/index.ts`: the model's
 * entities and subscribers (model.ts), the schema's resolvers (graphql/schema.ts) and the node loaders
 * (graphql/node.service.ts).
 */
export const domainModules: readonly DomainModule[] = Object.values(modules).map((module) => module.registration);

/** Every entity and embeddable, the abstract bases first. */
export const domainEntities: readonly EntityClass[] = [
  BaseEntity,
  ContentEntity,
  ...domainModules.flatMap((module) => module.entities ?? []).filter((e) => e !== BaseEntity && e !== ContentEntity),
];

export const domainResolvers = domainModules.flatMap((module) => module.resolvers ?? []);

export function domainSubscribers(): EventSubscriber[] {
  return domainModules.flatMap((module) => module.subscribers?.() ?? []);
}

/** A type declared by two modules is a wiring mistake: say which, at startup, instead of letting one win. */
function once<T>(what: string, entries: [string, T, string][]): Map<string, T> {
  const seen = new Map<string, { value: T; module: string }>();
  for (const [key, value, module] of entries) {
    const earlier = seen.get(key);
    if (earlier) throw new Error(`${what} ${key} is declared by both modules ${earlier.module} and ${module}.`);
    seen.set(key, { value, module });
  }
  return new Map([...seen].map(([key, { value }]) => [key, value]));
}

once(
  'The entity',
  domainModules.flatMap((module) =>
    (module.entities ?? []).map((e): [string, EntityClass, string] => [e.name, e, module.name]),
  ),
);

export const nodeLoaders: ReadonlyMap<string, NodeLoader> = once(
  'The node type',
  domainModules.flatMap((module) =>
    Object.entries(module.nodes ?? {}).map(([type, load]): [string, NodeLoader, string] => [type, load, module.name]),
  ),
);
