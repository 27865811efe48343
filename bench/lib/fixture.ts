/**
 * What the read benchmarks need beyond the generated content: a member with an API token (threads are for
 * members), a thread of 100 comments with replies on a public case, and a PostGraphile view of the same tables.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { encodeGlobalId } from '../../server/src/graphql/global-id.js';
import { ApiToken, TokenScope } from '../../server/src/modules/auth/auth.entities.js';
import { hashSecret, newSecret } from '../../server/src/modules/auth/secrets.js';
import { Case } from '../../server/src/modules/case/case.entity.js';
import { Visibility } from '../../server/src/modules/content/content.enums.js';
import { Comment } from '../../server/src/modules/discussion/comment.entity.js';
import { renderMarkdown } from '../../server/src/modules/discussion/markdown.js';
import { Thread } from '../../server/src/modules/discussion/thread.entity.js';
import { Member, MemberRole } from '../../server/src/modules/member/member.entity.js';
import {
  Membership,
  MembershipStatus,
  Organisation,
} from '../../server/src/modules/organisation/organisation.entity.js';

export interface ReadFixture {
  /** Bearer token of a member of an organisation with an active membership. */
  token: string;
  caseSlug: string;
  caseId: string;
  threadComments: number;
}

/** A thread of `comments` top-level comments on a public case, every third with two replies. Idempotent per db. */
export async function createReadFixture(em: EntityManager, comments = 100): Promise<ReadFixture> {
  const target = await em.findOneOrFail(
    Case,
    { visibility: Visibility.PUBLIC, publishedAt: { $ne: null } },
    { orderBy: { year: 'desc', id: 'asc' } },
  );
  const organisation = await em.findOneOrFail(Organisation, { id: target.organisation.id });
  const year = new Date().getUTCFullYear();
  const membership = await em.findOne(Membership, { organisation, year });
  if (membership) membership.status = MembershipStatus.ACTIVE;
  else em.create(Membership, { organisation, year, feeDkk: 5000, status: MembershipStatus.ACTIVE });
  const member = em.create(Member, {
    organisation,
    name: 'Bench Læser',
    email: `bench-${Date.now()}@example.org`,
    role: MemberRole.MEMBER,
    passwordHash: null,
  });
  const secret = newSecret('vbt');
  em.create(ApiToken, {
    member,
    name: 'bench',
    prefix: secret.slice(0, 8),
    secretHash: hashSecret(secret),
    scopes: [TokenScope.READ],
  });
  const thread = em.create(Thread, {
    subjectType: 'Case',
    subjectId: target.id,
    title: 'Erfaringer med praksis',
    author: member,
    visibility: Visibility.MEMBERS,
    publishedAt: target.publishedAt,
    owner: organisation,
    commentCount: comments + Math.floor(comments / 3) * 2,
  });
  const start = Date.now() - 86_400_000;
  for (let i = 0; i < comments; i++) {
    const body = `Kommentar ${i + 1}: vi prøvede **metoden** i vores kommune og så tydelige resultater.`;
    const comment = em.create(Comment, {
      thread,
      author: member,
      organisationKind: organisation.kind,
      body,
      bodyHtml: renderMarkdown(body),
      createdAt: new Date(start + i * 60_000),
      usefulCount: i % 7,
    });
    if (i % 3 === 0) {
      for (let r = 0; r < 2; r++) {
        const reply = `Svar ${r + 1} på kommentar ${i + 1}.`;
        em.create(Comment, {
          thread,
          parent: comment,
          author: member,
          organisationKind: organisation.kind,
          body: reply,
          bodyHtml: renderMarkdown(reply),
          createdAt: new Date(start + i * 60_000 + (r + 1) * 1000),
        });
      }
    }
  }
  await em.flush();
  return { token: secret, caseSlug: target.slug, caseId: encodeGlobalId('Case', target.id), threadComments: comments };
}

/**
 * PostGraphile serves the same tables through row-level security, its own way to apply a read rule: `bench_anon`
 * sees what an anonymous Vidensbro reader sees, `bench_member` what a member of another organisation sees. SQL
 * functions give PostGraphile the same many-to-many lists (and their order) as Vidensbro's nested connections.
 */
export async function preparePostGraphile(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const password = 'bench-only-' + Math.random().toString(36).slice(2);
  try {
    await client.query(`
      do $$ begin
        if not exists (select from pg_roles where rolname = 'bench_anon') then create role bench_anon nologin; end if;
        if not exists (select from pg_roles where rolname = 'bench_member') then create role bench_member nologin; end if;
        if not exists (select from pg_roles where rolname = 'bench_postgraphile') then
          create role bench_postgraphile login noinherit;
        end if;
      end $$;
      grant bench_anon, bench_member to bench_postgraphile;
      grant usage on schema public to bench_anon, bench_member;
      grant select on practice_case, method, topic, organisation, case_methods, case_topics, thread, comment
        to bench_anon, bench_member;
      grant select (id, name) on member to bench_anon, bench_member;

      alter table practice_case enable row level security;
      alter table method enable row level security;
      alter table thread enable row level security;
      drop policy if exists bench_read on practice_case;
      drop policy if exists bench_read on method;
      drop policy if exists bench_read on thread;
      create policy bench_read on practice_case using (
        case current_user when 'bench_anon' then visibility = 'PUBLIC' else visibility in ('PUBLIC', 'MEMBERS') end
        and published_at is not null);
      create policy bench_read on method using (
        case current_user when 'bench_anon' then visibility = 'PUBLIC' else visibility in ('PUBLIC', 'MEMBERS') end
        and published_at is not null);
      create policy bench_read on thread using (
        current_user = 'bench_member' and visibility in ('PUBLIC', 'MEMBERS') and published_at is not null);

      create or replace function practice_case_bench_methods(c practice_case) returns setof method
        language sql stable as $f$
        select m.* from method m join case_methods p on p.method_id = m.id where p.case_id = c.id
        order by m.evidence_score desc, m.name asc, m.id asc $f$;
      create or replace function practice_case_bench_topics(c practice_case) returns setof topic
        language sql stable as $f$
        select t.* from topic t join case_topics p on p.topic_id = t.id where p.case_id = c.id
        order by t.name_da asc, t.id asc $f$;
      create or replace function practice_case_bench_threads(c practice_case) returns setof thread
        language sql stable as $f$
        select t.* from thread t where t.subject_type = 'Case' and t.subject_id = c.id
        order by t.last_activity_at desc, t.id asc $f$;
      grant execute on function practice_case_bench_methods, practice_case_bench_topics, practice_case_bench_threads
        to bench_anon, bench_member;
    `);
    await client.query(`alter role bench_postgraphile password '${password}'`);
  } finally {
    await client.end();
  }
  const url = new URL(databaseUrl);
  url.username = 'bench_postgraphile';
  url.password = password;
  return url.toString();
}
