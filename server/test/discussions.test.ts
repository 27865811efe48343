import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import { MemberRole, type Member } from '../src/modules/member/member.entity.js';
import { Organisation, OrganisationKind } from '../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createCase, createMember, createMethod, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let kommune: Organisation;
let ngo: Organisation;
let mette: Member;
let jonas: Member;
let cookies: Record<'mette' | 'jonas' | 'editor' | 'outsider' | 'ngoEditor', string>;
let methodId: string;
let orgCaseId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  kommune = await createOrganisation(em, { slug: 'drøftkommune' });
  ngo = await createOrganisation(em, { slug: 'drøft-ngo', kind: OrganisationKind.NGO });
  mette = await createMember(em, { organisation: kommune, name: 'Mette Holm', email: 'mette@k.example' });
  jonas = await createMember(em, { organisation: ngo, name: 'Jonas Lund', email: 'jonas@n.example' });
  await createMember(em, { organisation: kommune, role: MemberRole.EDITOR, email: 'editor@k.example' });
  await createMember(em, { organisation: ngo, email: 'outsider@n.example' });
  await createMember(em, { organisation: ngo, role: MemberRole.EDITOR, email: 'editor@n.example' });
  methodId = encodeGlobalId('Method', (await createMethod(em)).id);
  // A case only the municipality may read.
  const orgCase = await createCase(em, { organisation: kommune, visibility: Visibility.ORGANISATION });
  orgCaseId = encodeGlobalId('Case', orgCase.id);
  client = await createTestClient(db);
  cookies = {
    mette: await client.signIn('mette@k.example', PASSWORD),
    jonas: await client.signIn('jonas@n.example', PASSWORD),
    editor: await client.signIn('editor@k.example', PASSWORD),
    outsider: await client.signIn('outsider@n.example', PASSWORD),
    ngoEditor: await client.signIn('editor@n.example', PASSWORD),
  };
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const START =
  'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id title kind commentCount comments { nodes { id bodyHtml authorName organisationKind } } } userErrors { field code message } } }';
const ADD =
  'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id bodyHtml editedAt } userErrors { field code message } } }';
type Started = {
  startThread: {
    thread: {
      id: string;
      commentCount: number;
      comments: { nodes: { id: string; bodyHtml: string; authorName: string; organisationKind: string }[] };
    };
    userErrors: unknown[];
  };
};
type Added = { addComment: { comment: { id: string; bodyHtml: string } | null; userErrors: { code: string }[] } };

async function startThread(cookie: string, about: string, body = 'Hvordan har I grebet det an?', kind = 'DISCUSSION') {
  const res = await client.query<Started>(START, { i: { about, title: 'Erfaringer?', body, kind } }, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.startThread.thread;
}
const add = (cookie: string, threadId: string, body: string, parentId?: string) =>
  client.query<Added>(ADD, { i: { threadId, parentId, body } }, { cookie });

describe('discussions', () => {
  it('lets members start threads on knowledge and reply in nested comments, showing who speaks from where', async () => {
    const thread = await startThread(cookies.mette, methodId);
    expect(thread.comments.nodes[0]).toMatchObject({ authorName: 'Mette Holm', organisationKind: 'MUNICIPALITY' });
    const reply = await add(cookies.jonas, thread.id, 'Vi brugte **mentorer**.', thread.comments.nodes[0]!.id);
    expect(reply.data!.addComment.comment!.bodyHtml).toBe('<p>Vi brugte <strong>mentorer</strong>.</p>\n');
    const read = await client.query<{
      node: {
        commentCount: number;
        participantKinds: string[];
        comments: { nodes: { replies: { nodes: { authorName: string }[] } }[] };
      };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Thread { commentCount participantKinds comments { nodes { replies { nodes { authorName } } } } } } }',
      { id: thread.id },
      { cookie: cookies.mette },
    );
    expect(read.data!.node.commentCount).toBe(2);
    expect(read.data!.node.participantKinds.sort()).toEqual(['MUNICIPALITY', 'NGO']);
    expect(read.data!.node.comments.nodes[0]!.replies.nodes[0]!.authorName).toBe('Jonas Lund');
    const replyId = reply.data!.addComment.comment!.id;
    const parent = await client.query<{ node: { parentId: string; threadId: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Comment { parentId threadId } } }',
      { id: replyId },
      { cookie: cookies.mette },
    );
    expect(parent.data!.node).toEqual({ parentId: thread.comments.nodes[0]!.id, threadId: thread.id });
    const byKind = await client.query<{ threads: { nodes: { id: string }[] } }>(
      '{ threads(organisationKind: NGO) { nodes { id } } }',
      {},
      { cookie: cookies.mette },
    );
    expect(byKind.data!.threads.nodes.map((t) => t.id)).toContain(thread.id);
  });

  it('renders no active content from XSS payloads', async () => {
    const thread = await startThread(cookies.mette, methodId);
    for (const payload of ['<script>alert(1)</script>', '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>']) {
      const res = await add(cookies.mette, thread.id, `Se her ${payload}`);
      const html = res.data!.addComment.comment?.bodyHtml ?? '';
      expect(html).not.toMatch(/<script|<img|href="javascript:/i);
    }
  });

  it('lets authors edit (marked, history kept) and delete (soft, replies stay) their own comments only', async () => {
    const thread = await startThread(cookies.mette, methodId);
    const first = thread.comments.nodes[0]!.id;
    await add(cookies.jonas, thread.id, 'Et svar', first);
    const othersEdit = await client.query(
      'mutation($id: ID!) { editComment(id: $id, body: "hacked") { comment { id } } }',
      { id: first },
      { cookie: cookies.jonas },
    );
    expect(othersEdit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const edit = await client.query<{ editComment: { comment: { editedAt: string; body: string } } }>(
      'mutation($id: ID!) { editComment(id: $id, body: "Rettet tekst") { comment { editedAt body } } }',
      { id: first },
      { cookie: cookies.mette },
    );
    expect(edit.data!.editComment.comment.editedAt).not.toBeNull();
    expect(edit.data!.editComment.comment.body).toBe('Rettet tekst');
    const commentUuid = Buffer.from(first, 'base64').toString().split(':')[1]!;
    const revisions = () =>
      db.orm.em
        .fork()
        .getConnection()
        .execute<{ body: string }[]>('select body from comment_revision where comment_id = ?', [commentUuid]);
    expect(await revisions()).toEqual([{ body: 'Hvordan har I grebet det an?' }]);
    await client.query(
      'mutation($id: ID!) { deleteComment(id: $id) { comment { deletedAt } } }',
      { id: first },
      { cookie: cookies.mette },
    );
    const read = await client.query<{
      node: {
        comments: { nodes: { deletedAt: string; bodyHtml: null; replies: { nodes: { bodyHtml: string }[] } }[] };
      };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Thread { comments { nodes { deletedAt bodyHtml replies { nodes { bodyHtml } } } } } } }',
      { id: thread.id },
      { cookie: cookies.jonas },
    );
    expect(await revisions()).toEqual([]); // deleting removes the old texts too
    const [deleted] = read.data!.node.comments.nodes;
    expect(deleted!.bodyHtml).toBeNull();
    expect(deleted!.replies.nodes[0]!.bodyHtml).toContain('Et svar');
  });

  it("keeps reports on another organisation's private threads out of an editor's moderation queue", async () => {
    const thread = await startThread(cookies.mette, orgCaseId, 'Intern drøftelse af sagen');
    const id = thread.comments.nodes[0]!.id;
    const flagged = await client.query<{ flagComment: { flag: { id: string } } }>(
      'mutation($id: ID!) { flagComment(id: $id, reason: "Tjek venligst") { flag { id } } }',
      { id },
      { cookie: cookies.editor },
    );
    const flagId = flagged.data!.flagComment.flag.id;
    type Queue = { moderationQueue: { totalCount: number; nodes: { id: string; comment: { id: string } | null }[] } };
    const queue = (cookie: string) =>
      client.query<Queue>('{ moderationQueue(first: 100) { totalCount nodes { id comment { id } } } }', {}, { cookie });
    // The municipality's own editor may read the thread and act on the report.
    expect((await queue(cookies.editor)).data!.moderationQueue.nodes).toContainEqual({ id: flagId, comment: { id } });
    // An editor in another organisation sees neither the report nor the comment, by list, count or node.
    const other = (await queue(cookies.ngoEditor)).data!.moderationQueue;
    expect(other.nodes.map((n) => n.id)).not.toContain(flagId);
    expect(other.totalCount).toBe(other.nodes.length);
    const node = await client.query<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: flagId },
      { cookie: cookies.ngoEditor },
    );
    expect(node.data!.node).toBeNull();
  });

  it('lets members flag and editors hide and restore, with a reason in the audit trail', async () => {
    const thread = await startThread(cookies.jonas, methodId, 'Noget upassende');
    const id = thread.comments.nodes[0]!.id;
    await client.query(
      'mutation($id: ID!) { flagComment(id: $id, reason: "Personfølsomt") { flag { reason } } }',
      { id },
      { cookie: cookies.mette },
    );
    const queue = await client.query<{
      moderationQueue: {
        totalCount: number;
        nodes: { reason: string; comment: { id: string; threadId: string; bodyHtml: string } }[];
      };
    }>(
      '{ moderationQueue { totalCount nodes { reason comment { id threadId bodyHtml } } } }',
      {},
      { cookie: cookies.editor },
    );
    expect(queue.data!.moderationQueue.totalCount).toBeGreaterThan(0);
    // The editor sees which comment was reported, in which thread, to judge it.
    expect(queue.data!.moderationQueue.nodes).toContainEqual({
      reason: 'Personfølsomt',
      comment: { id, threadId: thread.id, bodyHtml: expect.stringContaining('Noget upassende') as string },
    });
    expect(
      (await client.query('{ moderationQueue { totalCount } }', {}, { cookie: cookies.mette })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const hide = await client.query(
      'mutation($id: ID!) { moderateComment(id: $id, hidden: true, reason: "Personoplysninger") { comment { hiddenAt hiddenReason } } }',
      { id },
      { cookie: cookies.editor },
    );
    expect(hide.errors).toBeUndefined();
    const seen = await client.query<{ node: { bodyHtml: string | null; hiddenReason: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Comment { bodyHtml hiddenReason } } }',
      { id },
      { cookie: cookies.mette },
    );
    expect(seen.data!.node).toEqual({ bodyHtml: null, hiddenReason: 'Personoplysninger' });
    const rows = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string }[]>("select action from audit_entry where action = 'comment.hide'");
    expect(rows.length).toBe(1);
  });

  it('notifies mentioned members and followers, counts unread and marks read', async () => {
    await client.query(
      'mutation($id: ID!) { follow(id: $id, following: true) { following } }',
      { id: methodId },
      { cookie: cookies.outsider },
    );
    const mention = `[@Jonas Lund](mention:${encodeGlobalId('Member', jonas.id)})`;
    await startThread(cookies.mette, methodId, `Hvad siger du, ${mention}?`);
    const jonasNotes = await client.query<{
      notifications: { nodes: { kind: string; actorName: string }[] };
      viewer: { unreadNotificationCount: number };
    }>(
      '{ notifications(unreadOnly: true) { nodes { kind actorName } } viewer { unreadNotificationCount } }',
      {},
      { cookie: cookies.jonas },
    );
    expect(jonasNotes.data!.notifications.nodes[0]).toEqual({ kind: 'MENTION', actorName: 'Mette Holm' });
    expect(jonasNotes.data!.viewer.unreadNotificationCount).toBeGreaterThan(0);
    const outsider = await client.query<{ notifications: { nodes: { kind: string }[] } }>(
      '{ notifications { nodes { kind } } }',
      {},
      { cookie: cookies.outsider },
    );
    expect(outsider.data!.notifications.nodes.map((n) => n.kind)).toContain('NEW_COMMENT');
    await client.query('mutation { markNotificationsRead }', {}, { cookie: cookies.jonas });
    const after = await client.query<{ viewer: { unreadNotificationCount: number } }>(
      '{ viewer { unreadNotificationCount } }',
      {},
      { cookie: cookies.jonas },
    );
    expect(after.data!.viewer.unreadNotificationCount).toBe(0);
  });

  it('lets the asker mark an answer, and members mark comments useful', async () => {
    const thread = await startThread(cookies.mette, methodId, 'Virker det for 10-årige?', 'QUESTION');
    const reply = await add(cookies.jonas, thread.id, 'Ja, efter vores erfaring.');
    const replyId = reply.data!.addComment.comment!.id;
    expect(
      (
        await client.query(
          'mutation($t: ID!, $c: ID) { markAnswer(threadId: $t, commentId: $c) { thread { id } } }',
          { t: thread.id, c: replyId },
          { cookie: cookies.jonas },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const marked = await client.query<{ markAnswer: { thread: { answer: { id: string } } } }>(
      'mutation($t: ID!, $c: ID) { markAnswer(threadId: $t, commentId: $c) { thread { answer { id } } } }',
      { t: thread.id, c: replyId },
      { cookie: cookies.mette },
    );
    expect(marked.data!.markAnswer.thread.answer.id).toBe(replyId);
    const useful = await client.query<{ setUseful: { comment: { usefulCount: number; viewerFoundUseful: boolean } } }>(
      'mutation($id: ID!) { setUseful(id: $id, useful: true) { comment { usefulCount viewerFoundUseful } } }',
      { id: replyId },
      { cookie: cookies.mette },
    );
    expect(useful.data!.setUseful.comment).toEqual({ usefulCount: 1, viewerFoundUseful: true });
  });

  it('keeps threads on organisation-only content inside that organisation, and all threads from the public', async () => {
    const thread = await startThread(cookies.mette, orgCaseId);
    const outsider = await client.query<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: thread.id },
      { cookie: cookies.jonas },
    );
    expect(outsider.data!.node).toBeNull();
    const reply = await add(cookies.jonas, thread.id, 'Må jeg?');
    expect(reply.data!.addComment.userErrors[0]!.code).toBe('NOT_FOUND');
    const anonymous = await client.query<{ threads: { totalCount: number } }>('{ threads { totalCount } }');
    expect(anonymous.data!.threads.totalCount).toBe(0);
    expect(
      (await client.query(START, { i: { about: methodId, title: 'x', body: 'y' } })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('follows its subject when the subject becomes organisation-only', async () => {
    const em = db.orm.em.fork();
    const method = await createMethod(em);
    const thread = await startThread(cookies.jonas, encodeGlobalId('Method', method.id));
    const seen = (cookie: string) =>
      client.query<{ node: { id: string } | null }>(
        'query($id: ID!) { node(id: $id) { id } }',
        { id: thread.id },
        { cookie },
      );
    expect((await seen(cookies.mette)).data!.node).not.toBeNull();
    method.visibility = Visibility.ORGANISATION;
    method.owner = em.getReference(Organisation, ngo.id, { wrapped: true });
    await em.flush();
    expect((await seen(cookies.mette)).data!.node).toBeNull();
    expect((await seen(cookies.jonas)).data!.node).not.toBeNull();
  });

  it('pages a 1,000-comment thread on every level without N+1 queries', async () => {
    const thread = await startThread(cookies.mette, methodId, 'Stor tråd');
    const { id: threadUuid } = { id: Buffer.from(thread.id, 'base64').toString().split(':')[1]! };
    const conn = db.orm.em.fork().getConnection();
    await conn.execute(
      `insert into comment (id, created_at, updated_at, thread_id, author_id, organisation_kind, body, body_html, useful_count)
       select gen_random_uuid(), now() + (n || ' ms')::interval, now(), ?, ?, 'MUNICIPALITY', 'nr ' || n, '<p>nr ' || n || '</p>', 0 from generate_series(1, 1000) n`,
      [threadUuid, mette.id],
    );
    await conn.execute(
      `insert into comment (id, created_at, updated_at, thread_id, parent_id, author_id, organisation_kind, body, body_html, useful_count)
       select gen_random_uuid(), now() + (n || ' ms')::interval, now(), c.thread_id, c.id, ?, 'NGO', 'svar', '<p>svar</p>', 0
       from (select * from comment where thread_id = ? and parent_id is null order by created_at limit 60) c, generate_series(1, 3) n`,
      [jonas.id, threadUuid],
    );
    const page = (first: number) =>
      client.query<{
        node: {
          comments: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean };
            nodes: { authorName: string; replies: { totalCount: number; nodes: { authorName: string }[] } }[];
          };
        };
      }>(
        'query($id: ID!, $first: Int!) { node(id: $id) { ... on Thread { comments(first: $first) { totalCount pageInfo { hasNextPage } nodes { authorName bodyHtml viewerFoundUseful replies(first: 2) { totalCount nodes { authorName bodyHtml } } } } } } }',
        { id: thread.id, first },
        { cookie: cookies.jonas },
      );
    db.queries.length = 0;
    const small = await page(5);
    const smallCount = db.queries.filter((q) => q.includes('[query]')).length;
    db.queries.length = 0;
    const large = await page(50);
    const largeCount = db.queries.filter((q) => q.includes('[query]')).length;
    expect(large.data!.node.comments.totalCount).toBe(1001);
    expect(large.data!.node.comments.pageInfo.hasNextPage).toBe(true);
    expect(large.data!.node.comments.nodes[10]!.replies).toMatchObject({
      totalCount: 3,
      nodes: [{ authorName: 'Jonas Lund' }, { authorName: 'Jonas Lund' }],
    });
    expect(small.data!.node.comments.nodes).toHaveLength(5);
    expect(largeCount).toBe(smallCount);
  });
});
