import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteMember } from '../src/modules/auth/auth.commands.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import { Follow, Reaction } from '../src/modules/discussion/comment.entity.js';
import { Member, MemberRole } from '../src/modules/member/member.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import type { Organisation } from '../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation } from './helpers/factories.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './helpers/graphql.js';
import { sessionCookie } from './meetings/fixtures.js';

/**
 * The same request sent many times at once: one wins and the rest get the answer a second, later request would
 * (or an idempotent success), never a 500.
 */
let db: TestDatabase;
let client: TestClient;
let organisation: Organisation;
let admin: Member;
let cookie: string;
let editorCookie: string;
const AT_ONCE = 8;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  const em = db.orm.em.fork();
  organisation = await createOrganisation(em, { slug: 'race-org' });
  admin = await createMember(em, { organisation, role: MemberRole.ORG_ADMIN, email: 'admin@race.example' });
  cookie = await sessionCookie(em, await createMember(em, { organisation, email: 'm@race.example' }));
  editorCookie = await sessionCookie(
    em,
    await createMember(em, { organisation, role: MemberRole.EDITOR, email: 'e@race.example' }),
  );
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

function codes(results: GraphQLResponse[]): string[] {
  return results.map((res) => {
    if (res.errors) return String(res.errors[0]?.extensions?.code);
    const payload = Object.values(res.data as object)[0] as { userErrors?: { code: string }[] };
    return payload.userErrors?.[0]?.code ?? 'OK';
  });
}

async function thread(): Promise<{ threadId: string; commentId: string }> {
  const em = db.orm.em.fork();
  const method = em.create(Method, {
    slug: `race-${Math.random().toString(36).slice(2)}`,
    name: 'Metode',
    summary: 's',
    description: 'd',
    visibility: Visibility.MEMBERS,
    publishedAt: new Date(),
  });
  await em.flush();
  const res = await client.query<{ startThread: { thread: { id: string; comments: { nodes: { id: string }[] } } } }>(
    'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id comments { nodes { id } } } } }',
    { i: { about: method.nodeId, title: 'Spørgsmål', body: 'Hvordan?' } },
    { cookie: editorCookie },
  );
  const created = res.data!.startThread.thread;
  return { threadId: created.id, commentId: created.comments.nodes[0]!.id };
}

describe('at the same moment', () => {
  it('one invitation accepted many times makes one member; the others hear it was used', async () => {
    const { secret } = await inviteMember({
      em: db.orm.em.fork(),
      viewer: {
        kind: 'member',
        memberId: admin.id,
        name: admin.name,
        organisationId: organisation.id,
        role: MemberRole.ORG_ADMIN,
        activeMembership: true,
        via: { kind: 'session', sessionId: '' },
      },
      organisationId: organisation.id,
      input: { email: 'new@race.example', role: MemberRole.MEMBER },
    });
    const results = await Promise.all(
      Array.from({ length: AT_ONCE }, () =>
        client.query(
          'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { member { id } userErrors { code } } }',
          { i: { secret, name: 'Ny Person', password: 'fjordbyens-plejefamilier-2026' } },
        ),
      ),
    );
    const answers = codes(results);
    expect(answers.filter((c) => c === 'OK')).toHaveLength(1);
    expect(answers.filter((c) => c !== 'OK')).toEqual(Array(AT_ONCE - 1).fill('EXPIRED'));
    expect(await db.orm.em.fork().count(Member, { email: 'new@race.example' })).toBe(1);
  });

  it('following one thread many times follows it once', async () => {
    const { threadId } = await thread();
    const results = await Promise.all(
      Array.from({ length: AT_ONCE }, () =>
        client.query(
          'mutation($id: ID!) { follow(id: $id, following: true) { following userErrors { code } } }',
          { id: threadId },
          { cookie },
        ),
      ),
    );
    expect(codes(results)).toEqual(Array(AT_ONCE).fill('OK'));
    const uuid = Buffer.from(threadId, 'base64').toString().split(':')[1];
    expect(await db.orm.em.fork().count(Follow, { subjectId: uuid, member: { email: 'm@race.example' } })).toBe(1);
  });

  it('marking a comment useful many times counts once', async () => {
    const { commentId } = await thread();
    const results = await Promise.all(
      Array.from({ length: AT_ONCE }, () =>
        client.query(
          'mutation($id: ID!) { setUseful(id: $id, useful: true) { comment { usefulCount } userErrors { code } } }',
          { id: commentId },
          { cookie },
        ),
      ),
    );
    expect(codes(results)).toEqual(Array(AT_ONCE).fill('OK'));
    const uuid = Buffer.from(commentId, 'base64').toString().split(':')[1];
    expect(await db.orm.em.fork().count(Reaction, { comment: uuid })).toBe(1);
  });

  it('creating the same topic many times never answers with a server error', async () => {
    const results = await Promise.all(
      Array.from({ length: AT_ONCE }, () =>
        client.query(
          'mutation { createTopic(input: { nameDa: "Samtidighed", nameEn: "Concurrency" }) { userErrors { code } } }',
          {},
          { cookie: editorCookie },
        ),
      ),
    );
    for (const code of codes(results)) expect(['OK', 'CONFLICT']).toContain(code);
  });
});
