import { getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../src/graphql/global-id.js';
import { getSchema } from '../src/graphql/schema.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import { Workshop } from '../src/modules/event/event.entity.js';
import { WorkshopOutput } from '../src/modules/outcome/output.entity.js';
import { buildFixture, type Fixture, type TypeName } from './helpers/authorization-fixture.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember } from './helpers/factories.js';
import { fingerprint } from './helpers/fingerprint.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

/**
 * Every reference an editing path follows goes through the read rule: an ID of something the writer may not read
 * (another organisation's ORGANISATION content, a draft a member may not see, a removed member) is refused like an
 * ID that does not exist, and nothing changes. The same call with something readable succeeds, so no row of the
 * table passes for the wrong reason. A final check makes sure the table covers every ID in every mutation input
 * of the schema that could point at content or people.
 */
let db: TestDatabase;
let client: TestClient;
let f: Fixture;
let outputs: { readable: string; hidden: string };
let members: { active: string; removed: string };

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  f = await buildFixture(db.orm.em.fork(), client);
  const em = db.orm.em.fork();
  const output = async (slug: string) => {
    const workshop = await em.findOneOrFail(Workshop, { slug });
    const row = em.create(WorkshopOutput, {
      workshop,
      organisation: workshop.owner!.id,
      author: f.members.member,
      insight: 'Vi tager samtalekortene med hjem.',
      nextStep: 'Prøv dem i januar.',
    });
    await em.flush();
    return row.nodeId;
  };
  outputs = { readable: await output('workshop-public-pub-a'), hidden: await output('workshop-organisation-pub-b') };
  const removed = await createMember(em, { organisation: f.orgs.a, email: 'gone@authz-a.example' });
  removed.deactivatedAt = new Date();
  await em.flush();
  members = { active: f.members.member.nodeId, removed: removed.nodeId };
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const id = (type: TypeName, visibility: Visibility, published: boolean, owner: 'a' | 'b') =>
  f.rows.find((r) => r.type === type && r.visibility === visibility && r.published === published && r.owner === owner)!
    .nodeId;
const publicOfA = (type: TypeName) => id(type, Visibility.PUBLIC, true, 'a');
const event = () => publicOfA('Event');
const at = '2027-05-01T10:00:00.000Z';

type Target = TypeName | 'Member' | 'WorkshopOutput';
interface Reference {
  mutation: string;
  path: string;
  viewer: 'editor' | 'member';
  target: Target;
  /** The operation, with the reference as $r (an ID or a list of one). */
  query: string;
  list?: boolean;
  /** Other variables (fresh rows to edit). */
  vars?: () => Record<string, unknown>;
  /** When a readable reference still fails for another reason (a meeting that is over), its expected code. */
  readableCode?: string;
  /** The readable control, when the default (A's public row of the kind) does not fit. */
  readable?: () => string;
}

const CASE = 'title: "Forslag", summary: "Kort.", body: "Lang.", year: 2025';
const TALK = `title: "T", summary: "s", durationSeconds: 60, startsAt: "${at}"`;
const WORKSHOP = `title: "W", description: "d", startsAt: "${at}", durationMinutes: 60`;
const REPORT = 'title: "R", summary: "s", body: "b", publishedOn: "2026-01-01"';
const RATING = 'scheme: EIF, value: "3", ratedOn: "2025-02-01", source: "EIF"';
const payload = '{ userErrors { field code } }';

const REFERENCES: Reference[] = [
  {
    mutation: 'createCase',
    path: 'input.methods',
    viewer: 'member',
    target: 'Method',
    list: true,
    query: `mutation($r: [ID!]) { createCase(input: { ${CASE}, methods: $r }) ${payload} }`,
  },
  {
    mutation: 'updateCase',
    path: 'input.methods',
    viewer: 'member',
    target: 'Method',
    list: true,
    query: `mutation($id: ID!, $r: [ID!]) { updateCase(id: $id, input: { methods: $r }) ${payload} }`,
    vars: () => ({ id: id('Case', Visibility.MEMBERS, false, 'a') }),
  },
  ...(['createMethod', 'updateMethod'] as const).map((mutation): Reference => ({
    mutation,
    path: 'input.studies',
    viewer: 'editor',
    target: 'Study',
    list: true,
    query:
      mutation === 'createMethod'
        ? `mutation($r: [ID!]) { createMethod(input: { name: "M", summary: "s", description: "d", studies: $r }) ${payload} }`
        : `mutation($id: ID!, $r: [ID!]) { updateMethod(id: $id, input: { studies: $r }) ${payload} }`,
    vars: () => ({ id: publicOfA('Method') }),
  })),
  {
    mutation: 'createEvidenceRating',
    path: 'input.study',
    viewer: 'editor',
    target: 'Study',
    query: `mutation($m: ID!, $r: ID) { createEvidenceRating(method: $m, input: { ${RATING}, study: $r }) ${payload} }`,
    vars: () => ({ m: publicOfA('Method') }),
  },
  {
    mutation: 'createEvidenceRating',
    path: 'method',
    viewer: 'editor',
    target: 'Method',
    query: `mutation($r: ID!) { createEvidenceRating(method: $r, input: { ${RATING} }) ${payload} }`,
  },
  {
    mutation: 'updateEvidenceRating',
    path: 'input.study',
    viewer: 'editor',
    target: 'Study',
    query: `mutation($id: ID!, $r: ID) { updateEvidenceRating(id: $id, input: { study: $r }) ${payload} }`,
    vars: () => ({ id: f.ratings.find((r) => r.method.nodeId === publicOfA('Method'))!.nodeId }),
  },
  ...(['createReport', 'updateReport'] as const).flatMap((mutation): Reference[] => {
    const call = (field: string, type: string) =>
      mutation === 'createReport'
        ? `mutation($r: ${type}) { createReport(input: { ${REPORT}, ${field}: $r }) ${payload} }`
        : `mutation($id: ID!, $r: ${type}) { updateReport(id: $id, input: { ${field}: $r }) ${payload} }`;
    const vars = () => ({ id: publicOfA('Report') });
    return [
      {
        mutation,
        path: 'input.cases',
        viewer: 'editor',
        target: 'Case',
        list: true,
        query: call('cases', '[ID!]'),
        vars,
      },
      {
        mutation,
        path: 'input.event',
        viewer: 'editor',
        target: 'Event',
        query: call('event', 'ID'),
        vars,
        // A meeting has at most one report: each control links a meeting of its own.
        readable: () => id('Event', mutation === 'createReport' ? Visibility.PUBLIC : Visibility.MEMBERS, true, 'a'),
      },
    ];
  }),
  ...(['createTalk', 'updateTalk'] as const).flatMap((mutation): Reference[] => {
    const call = (field: string, type: string) =>
      mutation === 'createTalk'
        ? `mutation($r: ${type}, $e: ID!) { createTalk(input: { ${TALK}, event: $e, ${field}: $r }) ${payload} }`
        : `mutation($id: ID!, $r: ${type}) { updateTalk(id: $id, input: { ${field}: $r }) ${payload} }`;
    const vars = () => ({ id: publicOfA('Talk'), e: event() });
    return [
      {
        mutation,
        path: 'input.methods',
        viewer: 'editor',
        target: 'Method',
        list: true,
        query: call('methods', '[ID!]'),
        vars,
      },
      {
        mutation,
        path: 'input.event',
        viewer: 'editor',
        target: 'Event',
        query:
          mutation === 'createTalk'
            ? `mutation($r: ID!) { createTalk(input: { ${TALK}, event: $r }) ${payload} }`
            : call('event', 'ID'),
        vars,
      },
    ];
  }),
  ...(['createWorkshop', 'updateWorkshop'] as const).flatMap((mutation): Reference[] => {
    const vars = () => ({ id: publicOfA('Workshop'), e: event() });
    return [
      {
        mutation,
        path: 'input.event',
        viewer: 'editor',
        target: 'Event',
        query:
          mutation === 'createWorkshop'
            ? `mutation($r: ID!) { createWorkshop(input: { ${WORKSHOP}, event: $r }) ${payload} }`
            : `mutation($id: ID!, $r: ID) { updateWorkshop(id: $id, input: { event: $r }) ${payload} }`,
        vars,
      },
      {
        mutation,
        path: 'input.talk',
        viewer: 'editor',
        target: 'Talk',
        query:
          mutation === 'createWorkshop'
            ? `mutation($r: ID, $e: ID!) { createWorkshop(input: { ${WORKSHOP}, event: $e, talk: $r }) ${payload} }`
            : `mutation($id: ID!, $r: ID) { updateWorkshop(id: $id, input: { talk: $r }) ${payload} }`,
        vars,
      },
    ];
  }),
  {
    mutation: 'setWorkshopBriefing',
    path: 'input.workshopId',
    viewer: 'editor',
    target: 'Workshop',
    query: `mutation($r: ID!) { setWorkshopBriefing(input: { workshopId: $r, purpose: "p", timing: "t", questions: ["q"] }) ${payload} }`,
  },
  {
    mutation: 'setWorkshopBriefing',
    path: 'input.facilitatorId',
    viewer: 'editor',
    target: 'Member',
    query: `mutation($r: ID, $w: ID!) { setWorkshopBriefing(input: { workshopId: $w, facilitatorId: $r, purpose: "p", timing: "t", questions: ["q"] }) ${payload} }`,
    vars: () => ({ w: publicOfA('Workshop') }),
  },
  {
    mutation: 'recordWorkshopOutput',
    path: 'input.workshopId',
    viewer: 'member',
    target: 'Workshop',
    query: `mutation($r: ID!) { recordWorkshopOutput(input: { workshopId: $r, insight: "i", nextStep: "n" }) ${payload} }`,
  },
  {
    mutation: 'featureWorkshopOutput',
    path: 'id',
    viewer: 'editor',
    target: 'WorkshopOutput',
    query: `mutation($r: ID!) { featureWorkshopOutput(id: $r, featured: true) ${payload} }`,
  },
  {
    mutation: 'createShareLink',
    path: 'input.itemId',
    viewer: 'member',
    target: 'Report',
    query: `mutation($r: ID!) { createShareLink(input: { itemId: $r }) ${payload} }`,
    // Public items need no link: the readable control answers INVALID, after the read rule let it through.
    readableCode: 'INVALID',
  },
  {
    mutation: 'registerForEvent',
    path: 'eventId',
    viewer: 'member',
    target: 'Event',
    query: `mutation($r: ID!) { registerForEvent(eventId: $r) ${payload} }`,
    readableCode: 'INVALID', // the fixture's meetings are over
  },
  {
    mutation: 'setEventSeats',
    path: 'input.eventId',
    viewer: 'editor',
    target: 'Event',
    query: `mutation($r: ID!) { setEventSeats(input: { eventId: $r, capacity: 10 }) ${payload} }`,
  },
  {
    mutation: 'startThread',
    path: 'input.about',
    viewer: 'member',
    target: 'Method',
    query: `mutation($r: ID!) { startThread(input: { about: $r, title: "Spørgsmål", body: "Hvordan?" }) ${payload} }`,
  },
  {
    mutation: 'follow',
    path: 'id',
    viewer: 'member',
    target: 'Method',
    query: `mutation($r: ID!) { follow(id: $r, following: true) ${payload} }`,
  },
];

/** What the viewer may not read, of the target's kind; and one thing they may. */
function targets(ref: Reference): { hidden: string[]; readable: string } {
  if (ref.target === 'Member') return { hidden: [members.removed], readable: members.active };
  if (ref.target === 'WorkshopOutput') return { hidden: [outputs.hidden], readable: outputs.readable };
  const hidden = [
    id(ref.target, Visibility.ORGANISATION, true, 'b'),
    id(ref.target, Visibility.ORGANISATION, false, 'b'),
  ];
  // Editors read every organisation's shared drafts; members only published ones.
  if (ref.viewer === 'member') hidden.push(id(ref.target, Visibility.MEMBERS, false, 'b'));
  return { hidden, readable: publicOfA(ref.target) };
}

async function send(ref: Reference, target: string) {
  const res = await client.query<Record<string, { userErrors: { field: string; code: string }[] }>>(
    ref.query,
    { ...ref.vars?.(), r: ref.list ? [target] : target },
    f.headers[ref.viewer],
  );
  const payloadErrors = res.data ? Object.values(res.data)[0]?.userErrors : undefined;
  return { code: res.errors?.[0]?.extensions?.code ?? payloadErrors?.[0]?.code ?? 'OK', res };
}

/** Tables a refused call may still touch: sessions slide, and nothing else. */
const VOLATILE = ['session', 'api_token', 'rate_limit'];

describe.each(REFERENCES.map((r) => [`${r.mutation} ${r.path}`, r] as const))('%s', (_name, ref) => {
  it(`refuses a ${ref.target} the ${ref.viewer} may not read, and changes nothing`, async () => {
    for (const target of targets(ref).hidden) {
      const before = await fingerprint(db, VOLATILE);
      const { code, res } = await send(ref, target);
      expect(code, `${decodeGlobalId(target).type} ${target}: ${JSON.stringify(res)}`).toBe('NOT_FOUND');
      expect(await fingerprint(db, VOLATILE)).toEqual(before);
    }
  });

  it(`accepts a ${ref.target} the ${ref.viewer} may read`, async () => {
    const { code, res } = await send(ref, ref.readable?.() ?? targets(ref).readable);
    expect(code, JSON.stringify(res)).toBe(ref.readableCode ?? 'OK');
  });
});

/**
 * IDs in mutation inputs that point at public things (topics, organisations), or at the row the mutation acts
 * on (checked by the authorization matrix and the discussion tests), or at the viewer's own things.
 */
const NOT_CONTENT_REFERENCES = /(^|\.)(topics|parent|owner|organisation)$|^id$|^ids$|^(threadId|parentId|commentId)$/;
// renewMembership's organisation (public, like every organisation) must be the renewer's own: membership tests.
// A knowledge gap is found through the viewer's read rule or answers NOT_FOUND (gaps/knowledge-gaps.test.ts); a
// webhook's token must be one of the viewer's own (webhook.service owningToken; gaps/webhooks.test.ts).
const ELSEWHERE = new Set([
  'followKnowledgeGap gap',
  'markKnowledgeGapStudied gap',
  'unmarkKnowledgeGapStudied gap',
  'createWebhook input.token',
  'cancelRegistration eventId',
  'addComment input.threadId',
  'addComment input.parentId',
  'renewMembership input.organisationId',
]);

describe('the table', () => {
  it('covers every ID in every mutation input that can point at content or people', async () => {
    const schema = await getSchema();
    const paths: string[] = [];
    const walk = (mutation: string, prefix: string, type: GraphQLInputType, depth: number) => {
      const named = getNamedType(type);
      if (named.name === 'ID') paths.push(`${mutation} ${prefix}`);
      if (isInputObjectType(named) && depth < 4)
        for (const field of Object.values(named.getFields()))
          walk(mutation, `${prefix}.${field.name}`, field.type, depth + 1);
    };
    for (const field of Object.values(schema.getMutationType()!.getFields()))
      for (const arg of field.args) walk(field.name, arg.name, arg.type, 0);
    const covered = new Set(REFERENCES.map((r) => `${r.mutation} ${r.path}`));
    const missing = paths.filter((p) => {
      const [mutation, path] = p.split(' ') as [string, string];
      if (covered.has(p) || ELSEWHERE.has(p)) return false;
      return !(NOT_CONTENT_REFERENCES.test(path) && !(path === 'id' && mutation === 'featureWorkshopOutput'));
    });
    expect(missing).toEqual([]);
  });
});
