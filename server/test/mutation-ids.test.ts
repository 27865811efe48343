import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isLeafType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../src/graphql/schema.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

/**
 * Malformed global IDs are answered one way by every mutation (docs/security.md, "Bad input"): a mutation with a
 * payload reports them in `userErrors` (code INVALID, `field` naming the argument) and changes nothing; the
 * only mutation without a payload answers a top-level BAD_USER_INPUT. The cases are read from the schema, so a
 * new mutation taking an ID is covered without editing this file.
 */
const MALFORMED = 'not-a-vidensbro-id';

let db: TestDatabase;
let client: TestClient;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  const em = db.orm.em.fork();
  const admin = await createMember(em, {
    organisation: await createOrganisation(em, { slug: 'ids-a' }),
    role: MemberRole.ADMIN,
  });
  cookie = await client.signIn(admin.email, PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type Value = unknown;

/** A value for a required input of this type; `target` names the one ID path that gets the malformed value. */
function valueFor(type: GraphQLInputType, path: string, target: string): Value {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = valueFor(inner.ofType, path, target);
    return path === target || target.startsWith(`${path}.`) ? [item] : [];
  }
  if (isInputObjectType(inner)) {
    const value: Record<string, Value> = {};
    for (const field of Object.values(inner.getFields())) {
      const fieldPath = `${path}.${field.name}`;
      if (isNonNullType(field.type) || fieldPath === target || target.startsWith(`${fieldPath}.`))
        value[field.name] = valueFor(field.type, fieldPath, target);
    }
    return value;
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.value as Value;
  if (path === target) return MALFORMED;
  switch (isScalarType(inner) ? inner.name : '') {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return '2030-01-01T10:00:00.000Z';
    case 'JSONObject':
      return {};
    default:
      return 'Prøvetekst';
  }
}

/** Every path below an argument that holds an ID. */
function idPaths(input: GraphQLArgument | GraphQLInputField, path: string): string[] {
  const named = getNamedType(input.type);
  if (isScalarType(named)) return named.name === 'ID' ? [path] : [];
  if (!isInputObjectType(named)) return [];
  return Object.values(named.getFields()).flatMap((field) => idPaths(field, `${path}.${field.name}`));
}

const schema = await getSchema();
const cases = Object.values(schema.getMutationType()!.getFields()).flatMap((mutation) =>
  mutation.args.flatMap((arg) =>
    idPaths(arg, arg.name).map((target) => ({ mutation, target, name: `${mutation.name}(${target})` })),
  ),
);

describe('malformed IDs in mutations', () => {
  it('finds the mutations that take IDs', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('$name', async ({ mutation, target }) => {
    const variables: Record<string, Value> = {};
    for (const arg of mutation.args)
      if (isNonNullType(arg.type) || arg.name === target || target.startsWith(`${arg.name}.`))
        variables[arg.name] = valueFor(arg.type, arg.name, target);
    const declared = mutation.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const passed = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const payload = getNamedType(mutation.type);
    const hasPayload = isObjectType(payload) && 'userErrors' in payload.getFields();
    // Every required leaf of the payload too: a refusal must still answer them (inviteMember's `emailed`).
    const required = hasPayload
      ? Object.values(payload.getFields())
          .filter((field) => isNonNullType(field.type) && isLeafType(getNamedType(field.type)))
          .map((field) => field.name)
      : [];
    const selection = hasPayload ? `{ ${required.join(' ')} userErrors { field code message } }` : '';
    const res = await client.query<Record<string, { userErrors: { field: string; code: string; message: string }[] }>>(
      `mutation(${declared}) { ${mutation.name}(${passed}) ${selection} }`,
      variables,
      { cookie },
    );
    if (!hasPayload) {
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      return;
    }
    expect(res.errors).toBeUndefined();
    expect(res.data![mutation.name]!.userErrors).toContainEqual({
      field: target,
      code: 'INVALID',
      message: expect.stringMatching(/is not a Vidensbro ID/),
    });
  });
});
