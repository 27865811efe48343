import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { getSchema } from '../src/graphql/schema.js';
import { TokenScope } from '../src/modules/auth/auth.entities.js';
import { hashSecret, newSecret } from '../src/modules/auth/secrets.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import { Event, EventKind } from '../src/modules/event/event.entity.js';
import { MemberRole, type Member } from '../src/modules/member/member.entity.js';
import { Notification, NotificationKind } from '../src/modules/notification/notification.entity.js';
import { Registration, RegistrationStatus } from '../src/modules/registration/registration.entity.js';
import { ApiToken } from '../src/modules/auth/auth.entities.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation } from './helpers/factories.js';
import { fingerprint } from './helpers/fingerprint.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

/**
 * A READ-scope API token may only read. This walks every field of the schema's Mutation type (so a mutation added
 * later is covered without editing this file), calls it with a READ token of a platform admin (who may do
 * everything else), and expects a FORBIDDEN scope error and an unchanged database.
 */
let db: TestDatabase;
let client: TestClient;
let admin: Member;
let readToken: Record<string, string>;
let eventId: string;

async function tokenFor(member: Member, scopes: TokenScope[]): Promise<Record<string, string>> {
  const em = db.orm.em.fork();
  const secret = newSecret('vbt');
  em.create(ApiToken, {
    member,
    name: `scope ${scopes.join('+')}`,
    prefix: secret.slice(0, 9),
    secretHash: hashSecret(secret),
    scopes,
    // Recently used, so authenticating does not touch the row during the test.
    lastUsedAt: new Date(Date.now() + 3_600_000),
  });
  await em.flush();
  return { authorization: `Bearer ${secret}` };
}

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  const em = db.orm.em.fork();
  const organisation = await createOrganisation(em, { slug: 'scope-org' });
  admin = await createMember(em, { organisation, role: MemberRole.ADMIN });
  readToken = await tokenFor(admin, [TokenScope.READ]);
  const event = em.create(Event, {
    slug: 'scope-event',
    kind: EventKind.FORUM_MEETING,
    title: 'Forum',
    theme: 't',
    description: 'd',
    startsAt: new Date(Date.now() + 86_400_000),
    endsAt: new Date(Date.now() + 90_000_000),
    venue: 'v',
    city: 'c',
    visibility: Visibility.MEMBERS,
    publishedAt: new Date(),
  });
  em.create(Registration, {
    event,
    member: admin,
    organisation,
    status: RegistrationStatus.CONFIRMED,
    sequence: 1,
    registeredAt: new Date(),
    confirmedAt: new Date(),
  });
  em.create(Notification, { member: admin, kind: NotificationKind.WAITLIST_PROMOTED, event, actorName: 'Vidensbro' });
  await em.flush();
  eventId = event.nodeId;
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

/** A plausible value of an input type: required fields only, IDs well-formed (the check must come first anyway). */
function valueOf(type: GraphQLInputType, name: string, depth = 0): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, name, depth);
  if (isListType(type)) return [valueOf(type.ofType, name, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.value as unknown;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && depth < 5);
    return Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, f.name, depth + 1)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return /event/i.test(name) ? eventId : encodeGlobalId('Method', randomUUID());
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTimeISO':
      case 'DateTime':
        return new Date(Date.now() + 86_400_000).toISOString();
      default:
        return /email/i.test(name) ? 'someone@scope-org.example' : 'Noget tekst her';
    }
  }
  throw new Error(`No value for ${String(type)}`);
}

function operationFor(field: string, args: readonly GraphQLArgument[], returns: ReturnType<typeof getNamedType>) {
  const required = args.filter((a) => isNonNullType(a.type));
  const optionalIds = args.filter((a) => !isNonNullType(a.type) && /^ids?$|eventId/.test(a.name));
  const used = [...required, ...optionalIds];
  const vars = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isObjectType(returns) || isUnionType(returns) || isInterfaceType(returns) ? ' { __typename }' : '';
  return {
    query: `mutation${vars ? `(${vars})` : ''} { ${field}${call}${selection} }`,
    variables: Object.fromEntries(used.map((a) => [a.name, valueOf(a.type, a.name)])),
  };
}

describe('a READ-scope token', () => {
  it('is refused by every mutation in the schema, and nothing changes', async () => {
    const schema = await getSchema();
    const fields = Object.values(schema.getMutationType()!.getFields());
    expect(fields.length).toBeGreaterThan(30);
    const before = await fingerprint(db);
    const failures: string[] = [];
    for (const field of fields) {
      const { query, variables } = operationFor(field.name, field.args, getNamedType(field.type));
      const res = await client.query(query, variables, readToken);
      const error = res.errors?.[0];
      if (error?.extensions?.code !== 'FORBIDDEN' || error.extensions.reason !== 'TOKEN_SCOPE')
        failures.push(`${field.name}: ${JSON.stringify(res.errors ?? res.data)}`);
    }
    expect(failures).toEqual([]);
    expect(await fingerprint(db)).toEqual(before);
  });

  it('cannot cancel a registration or mark notifications read, which the same person signed in can', async () => {
    const before = await fingerprint(db);
    const cancel = await client.query(
      'mutation($e: ID!) { cancelRegistration(eventId: $e) { registration { status } userErrors { code } } }',
      { e: eventId },
      readToken,
    );
    expect(cancel.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mark = await client.query('mutation { markNotificationsRead }', {}, readToken);
    expect(mark.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await fingerprint(db)).toEqual(before);

    const writeToken = await tokenFor(admin, [TokenScope.READ, TokenScope.WRITE]);
    const marked = await client.query<{ markNotificationsRead: number }>(
      'mutation { markNotificationsRead }',
      {},
      writeToken,
    );
    expect(marked.data?.markNotificationsRead).toBe(1);
  });

  it('still reads', async () => {
    const res = await client.query<{ viewer: { scopes: string[] }; notifications: { totalCount: number } }>(
      '{ viewer { scopes } notifications { totalCount } }',
      {},
      readToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer.scopes).toEqual(['READ']);
    // A meeting notification (no thread) is listed: the read rule only hides what points at unreadable content.

    expect(res.data?.notifications.totalCount).toBe(1);
  });
});
