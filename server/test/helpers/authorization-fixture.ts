import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../../src/modules/case/case.entity.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Event, EventKind, Workshop } from '../../src/modules/event/event.entity.js';
import { EvidenceRating } from '../../src/modules/evidence/evidence-rating.entity.js';
import { EvidenceScheme, EvidenceStrength } from '../../src/modules/evidence/evidence.enums.js';
import { Study, StudyDesign } from '../../src/modules/evidence/study.entity.js';
import { type Member, MemberRole } from '../../src/modules/member/member.entity.js';
import { Method } from '../../src/modules/method/method.entity.js';
import { MembershipStatus, type Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Report } from '../../src/modules/report/report.entity.js';
import { Talk } from '../../src/modules/talk/talk.entity.js';
import { Topic } from '../../src/modules/topic/topic.entity.js';
import { createMember, createOrganisation, PASSWORD } from './factories.js';
import type { TestClient } from './graphql.js';

/**
 * A small world for the authorization matrix: organisations A and B (active) and L (lapsed); every content type
 * in every visibility × published/draft, owned by A and by B; and "hub" rows everyone may read, whose nested
 * connections point at all of them.
 */
export const VIEWERS = [
  'anonymous',
  'readToken',
  'writeToken',
  'member',
  'lapsed',
  'editor',
  'orgAdmin',
  'admin',
  'other',
] as const;
export type ViewerName = (typeof VIEWERS)[number];

/** How each viewer reads, written out independently of content.policy.ts so the test checks it. */
/** One mutation of the write matrix, and the viewer groups its rows are written with. */
export type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_CREDENTIALS';
export interface Cell {
  query: string;
  variables?: Record<string, unknown>;
  /** Replaces the viewer's headers (a fresh session for sign-out cells). */
  headers?: Record<string, string>;
}
export interface MutationCase {
  name: string;
  allowed: readonly ViewerName[];
  /** Refusals other than the default (UNAUTHENTICATED for anonymous, FORBIDDEN for the rest). */
  refused?: Partial<Record<ViewerName, Code>>;
  prepare(viewer: ViewerName): Promise<Cell>;
}

export const EDITORS = ['editor', 'writeToken', 'admin'] as const;
export const PROPOSERS = ['member', 'orgAdmin', 'editor', 'writeToken', 'admin'] as const;
export const SESSIONS = ['member', 'lapsed', 'editor', 'orgAdmin', 'admin', 'other'] as const;
export const UNREADABLE = { editor: 'NOT_FOUND', writeToken: 'NOT_FOUND' } as const;
export const HIDDEN_DRAFT = { anonymous: 'NOT_FOUND', lapsed: 'NOT_FOUND', other: 'NOT_FOUND' } as const;

export const READS: Record<ViewerName, { as: 'public' | 'member' | 'editor' | 'admin'; org: 'a' | 'b' | 'l' | null }> =
  {
    anonymous: { as: 'public', org: null },
    readToken: { as: 'editor', org: 'a' }, // both tokens belong to an editor of A (the "integrator")
    writeToken: { as: 'editor', org: 'a' },
    member: { as: 'member', org: 'a' },
    lapsed: { as: 'public', org: 'l' },
    editor: { as: 'editor', org: 'a' },
    orgAdmin: { as: 'member', org: 'a' },
    admin: { as: 'admin', org: 'a' },
    other: { as: 'member', org: 'b' },
  };

export const TYPES = ['Case', 'Method', 'Study', 'Event', 'Workshop', 'Talk', 'Report'] as const;
export type TypeName = (typeof TYPES)[number];
export const LIST: Record<TypeName, string> = {
  Case: 'cases',
  Method: 'methods',
  Study: 'studies',
  Event: 'events',
  Workshop: 'workshops',
  Talk: 'talks',
  Report: 'reports',
};

export interface Row {
  type: TypeName;
  id: string;
  nodeId: string;
  slug: string;
  visibility: Visibility;
  published: boolean;
  owner: 'a' | 'b' | null;
}

export function sees(viewer: ViewerName, row: Pick<Row, 'visibility' | 'published' | 'owner'>): boolean {
  const { as, org } = READS[viewer];
  if (as === 'admin') return true;
  if (as === 'public') return row.visibility === Visibility.PUBLIC && row.published;
  if (row.owner === org) return true;
  const shared = row.visibility !== Visibility.ORGANISATION;
  return as === 'editor' ? shared : shared && row.published;
}

export interface Fixture {
  headers: Record<ViewerName, Record<string, string>>;
  members: Record<ViewerName | 'integrator', Member>;
  orgs: { a: Organisation; b: Organisation; l: Organisation };
  rows: Row[];
  ratings: { nodeId: string; method: Row }[];
  hubs: Row[];
  /** An admin's READ-only token: reading the audit trail is a read. */
  adminReadToken: Record<string, string>;
}

const at = new Date('2026-03-01T10:00:00Z');

export async function buildFixture(em: EntityManager, client: TestClient): Promise<Fixture> {
  const orgs = {
    a: await createOrganisation(em, { slug: 'authz-a' }),
    b: await createOrganisation(em, { slug: 'authz-b' }),
    l: await createOrganisation(em, { slug: 'authz-l', status: MembershipStatus.LAPSED }),
  };
  const members = {
    anonymous: undefined as unknown as Member,
    member: await createMember(em, { organisation: orgs.a }),
    editor: await createMember(em, { organisation: orgs.a, role: MemberRole.EDITOR }),
    orgAdmin: await createMember(em, { organisation: orgs.a, role: MemberRole.ORG_ADMIN }),
    admin: await createMember(em, { organisation: orgs.a, role: MemberRole.ADMIN }),
    lapsed: await createMember(em, { organisation: orgs.l }),
    other: await createMember(em, { organisation: orgs.b }),
    integrator: await createMember(em, {
      organisation: orgs.a,
      role: MemberRole.EDITOR,
      email: 'api@authz-a.example',
      name: 'Integrator',
    }),
  } as Fixture['members'];
  members.readToken = members.integrator;
  members.writeToken = members.integrator;

  const cookie = async (m: Member) => ({ cookie: await client.signIn(m.email, PASSWORD) });
  const token = async (m: Member, scopes: string[]) => {
    const res = await client.query<{ createApiToken: { secret: string } }>(
      'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }',
      { i: { name: `matrix ${scopes.join('+')}`, scopes } },
      await cookie(m),
    );
    return { authorization: `Bearer ${res.data!.createApiToken.secret}` };
  };
  const headers: Fixture['headers'] = {
    anonymous: {},
    readToken: await token(members.integrator, ['READ']),
    writeToken: await token(members.integrator, ['READ', 'WRITE']),
    member: await cookie(members.member),
    lapsed: await cookie(members.lapsed),
    editor: await cookie(members.editor),
    orgAdmin: await cookie(members.orgAdmin),
    admin: await cookie(members.admin),
    other: await cookie(members.other),
  };
  const adminReadToken = await token(members.admin, ['READ']);

  const hub = { visibility: Visibility.PUBLIC, publishedAt: at, owner: null };
  const topic = em.create(Topic, { slug: 'hub-topic', nameDa: 'Hub', nameEn: 'Hub' });
  const hubMethod = em.create(Method, { ...hub, slug: 'hub-method', name: 'Hub', summary: 's', description: 'd' });
  const hubEvent = em.create(Event, { ...hub, ...eventFields('hub-event') });
  const hubReport = em.create(Report, { ...hub, ...reportFields('hub-report') });

  const rows: Row[] = [];
  const ratings: Fixture['ratings'] = [];
  for (const type of TYPES) {
    for (const visibility of Object.values(Visibility)) {
      for (const published of [true, false]) {
        for (const owner of ['a', 'b'] as const) {
          const slug = `${type}-${visibility}-${published ? 'pub' : 'draft'}-${owner}`.toLowerCase();
          const common = { slug, visibility, publishedAt: published ? at : null, owner: orgs[owner] };
          const row = createRow(em, type, common, { orgs, owner, hubEvent });
          if (row instanceof Case) {
            hubMethod.cases.add(row);
            topic.cases.add(row);
            hubReport.cases.add(row);
          }
          const entry = { type, id: row.id, nodeId: row.nodeId, slug, visibility, published, owner };
          if (row instanceof Method) {
            const rating = em.create(EvidenceRating, {
              method: row,
              scheme: EvidenceScheme.CEBC,
              value: '2',
              strength: EvidenceStrength.MODERATE,
              ratedOn: '2025-01-01',
              source: 'CEBC',
            });
            ratings.push({ nodeId: rating.nodeId, method: entry });
          }
          rows.push(entry);
        }
      }
    }
  }
  await em.flush();
  const hubRow = (type: TypeName, row: Method | Event | Report): Row => ({
    type,
    id: row.id,
    nodeId: row.nodeId,
    slug: row.slug,
    visibility: Visibility.PUBLIC,
    published: true,
    owner: null,
  });
  const hubs = [hubRow('Method', hubMethod), hubRow('Event', hubEvent), hubRow('Report', hubReport)];
  return { headers, members, orgs, rows, ratings, hubs, adminReadToken };
}

export function eventFields(slug: string) {
  return {
    slug,
    kind: EventKind.FORUM_MEETING,
    title: slug,
    theme: 't',
    description: 'd',
    startsAt: at,
    endsAt: new Date(at.getTime() + 3600_000),
    venue: 'v',
    city: 'c',
  };
}

function reportFields(slug: string) {
  return { slug, title: slug, summary: 's', body: 'b', publishedOn: '2026-02-01' };
}

export function createRow(
  em: EntityManager,
  type: TypeName,
  common: { slug: string; visibility: Visibility; publishedAt: Date | null; owner: Organisation },
  ctx: { orgs: Fixture['orgs']; owner: 'a' | 'b'; hubEvent: Event },
) {
  const { slug } = common;
  switch (type) {
    case 'Case':
      return em.create(Case, {
        ...common,
        title: slug,
        summary: 's',
        body: 'b',
        year: 2025,
        organisation: ctx.orgs[ctx.owner],
      });
    case 'Method':
      return em.create(Method, { ...common, name: slug, summary: 's', description: 'd' });
    case 'Study':
      return em.create(Study, {
        ...common,
        title: slug,
        abstract: 'a',
        design: StudyDesign.RCT,
        year: 2024,
        publisher: 'p',
      });
    case 'Event':
      return em.create(Event, { ...common, ...eventFields(slug) });
    case 'Workshop':
      return em.create(Workshop, {
        ...common,
        event: ctx.hubEvent,
        title: slug,
        description: 'd',
        startsAt: at,
        durationMinutes: 60,
      });
    case 'Talk':
      return em.create(Talk, {
        ...common,
        event: ctx.hubEvent,
        title: slug,
        summary: 's',
        durationSeconds: 600,
        startsAt: at,
      });
    case 'Report':
      return em.create(Report, { ...common, ...reportFields(slug) });
  }
}
