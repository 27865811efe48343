import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import {
  MembershipStatus,
  Organisation,
  OrganisationKind,
} from '../../src/modules/organisation/organisation.entity.js';
import { documentId, type SearchDocument } from '../../src/search/documents.js';
import { markdownToPlainText, scrubSearchText } from '../../src/search/plain-text.js';
import { createCase, createMember, createMethod, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { createSearchTest, hasMeilisearch, HIT_FIELDS, indexedDocuments, type SearchTest } from './helpers.js';

let t: SearchTest;
let methodId: string;
let orgCaseId: string;
type Who = 'mette' | 'jonas' | 'editor' | 'orgAdmin' | 'outsider' | 'lapsed';
const cookies = {} as Record<Who, string>;

const EMAILS: Record<Who, string> = {
  mette: 'mette.holm@droeftkommune.example',
  jonas: 'jonas.lund@droeft-ngo.example',
  editor: 'redaktoer@droeftkommune.example',
  orgAdmin: 'admin@droeftkommune.example',
  outsider: 'ude@andenregion.example',
  lapsed: 'lapsed@udloebet.example',
};

beforeAll(async () => {
  if (!hasMeilisearch) return;
  t = await createSearchTest();
  const em = t.db.orm.em.fork();
  const kommune = await createOrganisation(em, { slug: 'drøftkommune' });
  const ngo = await createOrganisation(em, { slug: 'drøft-ngo', kind: OrganisationKind.NGO });
  const region = await createOrganisation(em, { slug: 'anden-region', kind: OrganisationKind.REGION });
  const lapsed = await createOrganisation(em, { slug: 'udloebet', status: MembershipStatus.LAPSED });
  await createMember(em, { organisation: kommune, name: 'Birgitte Vindelev', email: EMAILS.mette });
  await createMember(em, { organisation: ngo, name: 'Aksel Strandgaard', email: EMAILS.jonas });
  await createMember(em, { organisation: kommune, role: MemberRole.EDITOR, email: EMAILS.editor });
  await createMember(em, { organisation: kommune, role: MemberRole.ORG_ADMIN, email: EMAILS.orgAdmin });
  await createMember(em, { organisation: region, email: EMAILS.outsider });
  await createMember(em, { organisation: lapsed, email: EMAILS.lapsed });
  methodId = encodeGlobalId('Method', (await createMethod(em)).id);
  // A case only the municipality may read.
  const orgCase = await createCase(em, { organisation: kommune, visibility: Visibility.ORGANISATION });
  orgCaseId = encodeGlobalId('Case', orgCase.id);
  for (const who of Object.keys(EMAILS) as Who[]) cookies[who] = await t.client.signIn(EMAILS[who], PASSWORD);
  await t.settle();
}, 180_000);
afterAll(async () => t?.cleanup());

async function gql<T>(query: string, variables: Record<string, unknown>, cookie?: string): Promise<T> {
  const res = await t.client.query<T>(query, variables, cookie ? { cookie } : {});
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function startThread(cookie: string, about: string, title: string, body: string) {
  const data = await gql<{
    startThread: { thread: { id: string; comments: { nodes: { id: string }[] } } | null; userErrors: unknown[] };
  }>(
    'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id comments { nodes { id } } } userErrors { field code message } } }',
    { i: { about, title, body } },
    cookie,
  );
  expect(data.startThread.userErrors).toEqual([]);
  return { id: data.startThread.thread!.id, firstComment: data.startThread.thread!.comments.nodes[0]!.id };
}

async function addComment(cookie: string, threadId: string, body: string): Promise<string> {
  const data = await gql<{ addComment: { comment: { id: string } | null; userErrors: unknown[] } }>(
    'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } userErrors { field code message } } }',
    { i: { threadId, body } },
    cookie,
  );
  expect(data.addComment.userErrors).toEqual([]);
  return data.addComment.comment!.id;
}

interface Found {
  search: {
    totalCount: number;
    edges: { matchedFields: string[]; highlights: { field: string; snippet: string }[]; node: { id: string } }[];
    nodes: { __typename: string; id: string; title?: string }[];
    facets: { types: { value: string; count: number }[]; participantKinds: { value: string; count: number }[] };
  };
}
const SEARCH = `query($q: String!, $filter: SearchFilter) {
  search(query: $q, filter: $filter, first: 50) {
    totalCount
    edges { matchedFields highlights { field snippet } node { ... on Node { id } } }
    nodes { ${HIT_FIELDS} }
    facets { types { value count } participantKinds { value count } }
  }
}`;
const search = (q: string, cookie?: string, filter?: Record<string, unknown>) =>
  gql<Found>(SEARCH, { q, filter }, cookie).then((data) => data.search);
const threadIds = async (q: string, cookie?: string) =>
  (await search(q, cookie)).nodes.filter((n) => n.__typename === 'Thread').map((n) => n.id);

const threadDocument = (threadGlobalId: string) => {
  const id = Buffer.from(threadGlobalId, 'base64').toString().split(':')[1]!;
  return t.search.engine.client
    .index<SearchDocument>(t.search.engine.live)
    .getDocument<SearchDocument>(documentId('Thread', id));
};

describe('comments as search text', () => {
  it('are plain text without Markdown, HTML, link targets or mentions', () => {
    const text = markdownToPlainText(
      'Hej [@Birgitte Vindelev](mention:TWVtYmVyOjE=), se **her**: [rapporten](https://example.dk/x) og `kode`\n\n- punkt <b>fed</b>',
    );
    expect(text).toBe('Hej , se her: rapporten og kode\npunkt <b>fed</b>');
    expect(text).not.toContain('Mette');
  });

  it('lose email addresses and secrets', () => {
    const text = scrubSearchText('skriv til mette.holm@drøftkommune.example eller brug vbt_abc123 og scrypt$1$2');
    expect(text).toBe('skriv til [e-mail] eller brug [hemmelighed] og [hash]');
  });
});

describe.runIf(hasMeilisearch)('discussions in search', () => {
  it('lets a member find a thread by a word that is only in a comment', async () => {
    const thread = await startThread(cookies.mette, methodId, 'Erfaringer med opstart', 'Hvordan kom I i gang?');
    await addComment(cookies.jonas, thread.id, 'Vi holdt mentorkaffe hver fredag med de unge.');
    await t.settle();
    const page = await search('mentorkaffe', cookies.mette);
    const edge = page.edges.find((e) => e.node.id === thread.id);
    expect(edge).toBeDefined();
    expect(edge!.matchedFields).toContain('BODY');
    expect(edge!.highlights.find((h) => h.field === 'BODY')!.snippet).toContain('<mark>');
    expect(page.facets.types).toContainEqual({ value: 'THREAD', count: 1 });
    // The thread's participants are a facet and a filter.
    expect(page.facets.participantKinds.map((f) => f.value).sort()).toEqual(['MUNICIPALITY', 'NGO']);
    const byKind = await search('', cookies.mette, { types: ['THREAD'], participantKinds: ['NGO'] });
    expect(byKind.nodes.map((n) => n.id)).toContain(thread.id);
    const none = await search('', cookies.mette, { types: ['THREAD'], participantKinds: ['REGION'] });
    expect(none.nodes.map((n) => n.id)).not.toContain(thread.id);
    // What the thread is about is searchable too.
    const doc = await threadDocument(thread.id);
    expect(doc).toMatchObject({ type: 'Thread', subjectType: 'Method', visibility: 'MEMBERS', published: true });
    expect(doc.summary.length).toBeGreaterThan(0);
  });

  it('shows anonymous visitors and lapsed members no threads at all', async () => {
    const thread = await startThread(cookies.mette, methodId, 'Spørgsmål om blåbærlejr', 'Hvem har prøvet det?');
    await t.settle();
    expect(await threadIds('blåbærlejr', cookies.mette)).toContain(thread.id);
    for (const cookie of [undefined, cookies.lapsed]) {
      expect(await threadIds('blåbærlejr', cookie)).toEqual([]);
      const browse = await search('', cookie, { types: ['THREAD'] });
      expect(browse.totalCount).toBe(0);
      expect(browse.facets.types.find((f) => f.value === 'THREAD')).toBeUndefined();
    }
  });

  it('keeps threads on ORGANISATION content within that organisation', async () => {
    const thread = await startThread(cookies.mette, orgCaseId, 'Intern opfølgning', 'Husk hyldebærmødet.');
    await t.settle();
    expect(await threadIds('hyldebærmødet', cookies.mette)).toEqual([thread.id]);
    expect(await threadIds('hyldebærmødet', cookies.outsider)).toEqual([]);
    expect(await threadIds('hyldebærmødet', cookies.jonas)).toEqual([]);
    const doc = await threadDocument(thread.id);
    expect(doc.visibility).toBe('ORGANISATION');
  });

  it('drops the text of hidden, deleted and edited comments from the index', async () => {
    const thread = await startThread(cookies.mette, methodId, 'Om samtaler', 'Vi bruger samtalekort.');
    const hidden = await addComment(cookies.jonas, thread.id, 'Tyttebærsnak er det bedste.');
    const deleted = await addComment(cookies.mette, thread.id, 'Tranebærsnak virker også.');
    const edited = await addComment(cookies.mette, thread.id, 'Første udgave: solbærsnak.');
    await t.settle();
    for (const word of ['tyttebærsnak', 'tranebærsnak', 'solbærsnak'])
      expect(await threadIds(word, cookies.mette)).toContain(thread.id);

    await gql(
      'mutation($id: ID!) { moderateComment(id: $id, hidden: true, reason: "Uden for emnet") { comment { id } userErrors { code } } }',
      { id: hidden },
      cookies.editor,
    );
    await gql('mutation($id: ID!) { deleteComment(id: $id) { comment { id } } }', { id: deleted }, cookies.mette);
    await gql(
      'mutation($id: ID!) { editComment(id: $id, body: "Rettet: hindbærsnak.") { comment { id } } }',
      { id: edited },
      cookies.mette,
    );
    await t.settle();
    for (const word of ['tyttebærsnak', 'tranebærsnak', 'solbærsnak'])
      expect(await threadIds(`"${word}"`, cookies.mette)).not.toContain(thread.id);
    expect(await threadIds('hindbærsnak', cookies.mette)).toContain(thread.id);
    const doc = await threadDocument(thread.id);
    expect(doc.body).not.toMatch(/tyttebær|tranebær|solbær/i);
    expect(doc.body).toContain('samtalekort');

    // A moderator restoring the comment brings its text back.
    await gql(
      'mutation($id: ID!) { moderateComment(id: $id, hidden: false, reason: "Fortrudt") { comment { id } } }',
      { id: hidden },
      cookies.editor,
    );
    await t.settle();
    expect(await threadIds('tyttebærsnak', cookies.mette)).toContain(thread.id);
  });

  it('never puts email addresses, secrets, password hashes or authors’ names in any document', async () => {
    // Realistic activity: tokens, an invitation, comments that mention people and quote addresses.
    const token = await gql<{ createApiToken: { secret: string } }>(
      'mutation { createApiToken(input: { name: "Intranet", scopes: [READ] }) { secret userErrors { code } } }',
      {},
      cookies.mette,
    );
    expect(token.createApiToken.secret).toMatch(/^vbt_/);
    const invitation = await gql<{ inviteMember: { invitationSecret: string } }>(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationSecret userErrors { code message } } }',
      { i: { email: 'ny.kollega@droeftkommune.example', organisation: await organisationId('drøftkommune') } },
      cookies.orgAdmin,
    );
    expect(invitation.inviteMember.invitationSecret).toMatch(/^vbi_/);
    const mette = await memberGlobalId(EMAILS.mette);
    const thread = await startThread(
      cookies.jonas,
      methodId,
      'Kontakt om netværksmøder',
      `Spørg [@Birgitte Vindelev](mention:${mette}) — hun har skrevet om det på ${EMAILS.mette}.`,
    );
    await addComment(
      cookies.mette,
      thread.id,
      `Ja, skriv til <${EMAILS.mette}> eller [mig](mailto:${EMAILS.mette}). Vores token ${token.createApiToken.secret} er til intranettet.`,
    );
    await addComment(cookies.orgAdmin, thread.id, `Jeg har inviteret ny.kollega@drøftkommune.example i dag.`);
    // Jonas leaves: his comments stay (as "Tidligere medlem"), his name must not be anywhere in search.
    await gql(
      'mutation($e: String!) { deleteMyAccount(confirmEmail: $e) { deleted userErrors { code message } } }',
      { e: EMAILS.jonas },
      cookies.jonas,
    );
    await t.settle();

    const documents = [...(await indexedDocuments(t)).values()];
    expect(documents.filter((doc) => doc.type === 'Thread').length).toBeGreaterThanOrEqual(5);
    const all = JSON.stringify(documents);
    expect(all).not.toMatch(/[^\s@]+@[^\s@]+\.[a-z]{2,}/i);
    for (const secret of ['vbt_', 'vbs_', 'vbi_', 'scrypt$']) expect(all).not.toContain(secret);
    for (const name of ['Aksel Strandgaard', 'Birgitte Vindelev', 'Tidligere medlem']) expect(all).not.toContain(name);
    // The words around the address are still there to be found.
    expect(await threadIds('netværksmøder', cookies.mette)).toContain(thread.id);
    expect((await threadDocument(thread.id)).body).toContain('[e-mail]');
  });
});

async function organisationId(slug: string): Promise<string> {
  const organisation = await t.db.orm.em.fork().findOneOrFail(Organisation, { slug });
  return encodeGlobalId('Organisation', organisation.id);
}

async function memberGlobalId(email: string): Promise<string> {
  const [row] = await t.db.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string }[]>('select id from member where email = ?', [email]);
  return encodeGlobalId('Member', row!.id);
}
