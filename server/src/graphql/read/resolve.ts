import {
  defaultFieldResolver,
  isAbstractType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../context.js';
import type { EntityClass } from './registry.js';

type Compiled = Record<string, unknown> & { '@t': string; '@id'?: string };

/**
 * Objects the read compiler built: plain JSON from PostgreSQL, marked with their type, and with their uuid where a
 * field was left to its resolver.
 */
export function isCompiled(value: unknown): value is Compiled {
  return typeof value === 'object' && value !== null && typeof (value as Compiled)['@t'] === 'string';
}

/**
 * Teaches the schema to read compiled objects. A field resolver on a compiled parent returns what the compiler
 * put under `@<response key>`; a field the compiler left out runs its resolver on the entity, loaded in one batch
 * per type. Plain fields read their property directly (what type-graphql's `simpleResolvers` does: no
 * middleware chain per field, which no field here uses). Abstract types resolve compiled objects by `@t`.
 */
export function installReadPath(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const classes = new Map<string, EntityClass>();
  for (const type of storage.objectTypes) classes.set(type.name, type.target as EntityClass);
  const withResolvers = new Set<string>();
  for (const resolver of storage.fieldResolvers) {
    const target = resolver.getObjectType?.();
    const type = storage.objectTypes.find((t) => t.target === target);
    if (type) withResolvers.add(`${type.name}.${resolver.schemaName}`);
  }
  const plain = new Map<string, string>();
  for (const field of storage.fields) {
    if (field.middlewares?.length || field.roles) continue;
    for (const type of storage.objectTypes) {
      if (type.target === field.target || type.target.prototype instanceof field.target)
        plain.set(`${type.name}.${field.schemaName}`, field.name);
    }
  }

  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isAbstractType(type) && type.resolveType) {
      const original: GraphQLTypeResolver<unknown, unknown> = type.resolveType;
      type.resolveType = (value, context, info, abstract) =>
        isCompiled(value) ? value['@t'] : original(value, context, info, abstract);
    }
    if (!isObjectType(type) || type === schema.getQueryType() || type === schema.getMutationType()) continue;
    if (type === schema.getSubscriptionType()) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const entity = classes.get(type.name);
      if (withResolvers.has(key) && field.resolve && entity) {
        const original = field.resolve as GraphQLFieldResolver<unknown, Context>;
        field.resolve = (parent: unknown, args: Record<string, unknown>, ctx: Context, info) => {
          if (!isCompiled(parent)) return original(parent, args, ctx, info);
          const precomputed = parent[`@${info.path.key}`];
          if (precomputed !== undefined) return precomputed;
          return ctx.loaders
            .byId(entity as EntityClass<{ id: string }>)
            .load(parent['@id']!)
            .then((row: unknown) => (row ? original(row, args, ctx, info) : null));
        };
      } else if (
        field.name === 'id' &&
        !withResolvers.has(key) &&
        type.getInterfaces().some((i) => i.name === 'Node')
      ) {
        field.resolve = (parent: { nodeId: string }) => parent.nodeId;
      } else if (plain.has(key) && !withResolvers.has(key)) {
        const property = plain.get(key)!;
        field.resolve =
          property === field.name ? defaultFieldResolver : (parent: Record<string, unknown>) => parent[property];
      }
    }
  }
  return schema;
}
