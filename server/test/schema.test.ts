import { readFile } from 'node:fs/promises';
import {
  type GraphQLArgument,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { printVidensbroSchema } from '../src/graphql/print-schema.js';
import { getSchema } from '../src/graphql/schema.js';

describe('the GraphQL schema', () => {
  it('is checked in up to date at schema/schema.graphql (run `npm run schema:emit` after changing it)', async () => {
    const checkedIn = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(checkedIn).toBe(await printVidensbroSchema());
  });

  it('describes every type, field, argument and enum value for integrators', async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    const own = (type: GraphQLNamedType) =>
      !type.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name);
    for (const type of Object.values(schema.getTypeMap()).filter(own)) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          const args: readonly GraphQLArgument[] = 'args' in field ? field.args : [];
          for (const arg of args) {
            if (!arg.description && !['first', 'after', 'last', 'before'].includes(arg.name))
              missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (
        isEnumType(type) &&
        !['OrderDirection', 'VidensportalGrade'].includes(type.name) &&
        !type.name.endsWith('OrderField')
      ) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names root lists in plural camelCase', async () => {
    const fields = Object.keys((await getSchema()).getQueryType()!.getFields());
    for (const name of [
      'cases',
      'methods',
      'studies',
      'events',
      'talks',
      'workshops',
      'reports',
      'organisations',
      'topics',
      'node',
      'nodes',
    ]) {
      expect(fields).toContain(name);
    }
  });
});
