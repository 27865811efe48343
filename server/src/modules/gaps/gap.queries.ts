import type { EntityManager } from '@mikro-orm/postgresql';
import { Cursor } from '@mikro-orm/postgresql';
import type { ConnectionArgs, ConnectionValue } from '../../graphql/connection.js';
import { pageWindow } from '../../graphql/connection.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { predicate } from '../../graphql/read/predicate.js';
import { effectiveRole } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { Case } from '../case/case.entity.js';
import { readableWhere } from '../content/content.policy.js';
import { Study, StudyDesign } from '../evidence/study.entity.js';
import { Method } from '../method/method.entity.js';
import { gapGlobalId, gapKeyText, KnowledgeGapKind, type GapKey } from './gap-keys.js';
import { type KnowledgeGapFilter } from './gap.inputs.js';
import { presentGap, type KnowledgeGap } from './gap.types.js';

/** Study designs that measure outcomes; a group with none of these behind its methods is unmeasured. */
export const MEASURING_DESIGNS = [
  StudyDesign.RCT,
  StudyDesign.QUASI_EXPERIMENTAL,
  StudyDesign.COHORT,
  StudyDesign.REGISTER_STUDY,
  StudyDesign.META_ANALYSIS,
  StudyDesign.SYSTEMATIC_REVIEW,
];

/** "Many practice examples" for a topic without a study, unless the query says otherwise. */
export const DEFAULT_MIN_CASES = 3;

export interface GapRow {
  kind: KnowledgeGapKind;
  subject: string;
  label: string;
  caseCount: number;
  studyCount: number;
  unrated: boolean;
  dimensions: Record<string, string> | null;
  claims: {
    id: string;
    organisationId: string;
    contact: string;
    expectedOn: string;
    note: string | null;
    createdAt: string;
  }[];
  following: boolean;
  cursor: string;
}

export interface GapQuery {
  em: EntityManager;
  viewer: Viewer;
  kinds?: KnowledgeGapKind[] | null;
  topicId?: string | null;
  minCases?: number;
  /** Only these gaps (a mutation checking that one exists and is readable). */
  only?: GapKey | null;
  first: number;
  after?: string | null;
}

/** An array parameter as PostgreSQL's literal (knex would spread a JS array); only for enum names. */
const pgArray = (values: readonly string[]) => `{${values.join(',')}}`;

const ORDER = { METHOD_EVIDENCE: 1, TOPIC_WITHOUT_STUDY: 2, UNMEASURED_OUTCOME: 3 } as const;

function decodeAfter(after: string | null | undefined): unknown[] | null {
  if (!after) return null;
  let value: unknown;
  try {
    value = after.length <= 1000 ? Cursor.decode(after) : null;
  } catch {
    value = null;
  }
  const ok =
    Array.isArray(value) &&
    value.length === 4 &&
    Number.isInteger(value[0]) &&
    Number.isInteger(value[1]) &&
    typeof value[2] === 'string' &&
    typeof value[3] === 'string' &&
    !`${value[2]}${value[3]}`.includes('\u0000');
  if (!ok) throw new BadUserInputError('`after` is not a cursor from this list.', 'after');
  return value as unknown[];
}

/**
 * The gap map in one statement, whatever the page size: every gap is computed from what the viewer may read
 * (methods, practice examples and studies through the one read rule), narrowed by kind and topic (with the topics
 * below it), ordered by kind, then by how much practice rests on it, with who studies it and whether the viewer
 * follows it. Returns one row more than asked for, to tell whether a next page exists, and the total before paging.
 */
export async function loadGaps(query: GapQuery): Promise<{ rows: GapRow[]; total: number }> {
  const { em, viewer } = query;
  const after = decodeAfter(query.after);
  const pm = predicate(em, Method, 'm', readableWhere<Method>(viewer));
  const pc = predicate(em, Case, 'c', readableWhere<Case>(viewer));
  const ps = predicate(em, Study, 's', readableWhere<Study>(viewer));
  const memberId = viewer.kind === 'member' ? viewer.memberId : null;
  const topic = query.topicId ?? null;
  const inTopic = (pivot: string, column: string, alias: string) =>
    `(?::uuid is null or exists (select 1 from ${pivot} p where p.${column} = ${alias}.id and p.topic_id in (select id from tt)))`;
  const kinds = query.kinds?.length ? query.kinds : Object.values(KnowledgeGapKind);
  const only = query.only ? gapKeyText(query.only) : null;
  const sql = `
    with recursive tt(id) as (
      select id from topic where id = ?::uuid
      union select t.id from topic t join tt on t.parent_id = tt.id
    ),
    rm as (select m.id, m.name, m.target_groups from method m where ${pm.sql} and ${inTopic('method_topics', 'method_id', 'm')}),
    rc as (select c.id, c.target_groups from practice_case c where ${pc.sql} and ${inTopic('case_topics', 'case_id', 'c')}),
    rs as (select s.id, s.design from study s where ${ps.sql}),
    -- Every count is grouped once (hash joins), never a subquery per row: linear in the knowledge base.
    method_cases as (select cm.method_id, count(*)::int as n from case_methods cm join rc on rc.id = cm.case_id group by cm.method_id),
    method_studies_n as (select ms.method_id, count(*)::int as n from method_studies ms join rs on rs.id = ms.study_id group by ms.method_id),
    rated as (select distinct r.method_id from evidence_rating r join rm on rm.id = r.method_id),
    vp as (
      select distinct on (r.method_id) r.method_id, r.dimensions from evidence_rating r join rm on rm.id = r.method_id
      where r.scheme = 'VIDENSPORTAL' order by r.method_id, r.rated_on desc, r.created_at desc, r.id
    ),
    topic_cases as (select ct.topic_id, count(*)::int as n from case_topics ct join rc on rc.id = ct.case_id group by ct.topic_id),
    studied_topics as (select distinct st.topic_id from study_topics st join rs on rs.id = st.study_id),
    group_cases as (select g.tg, count(*)::int as n from rc, unnest(rc.target_groups) as g(tg) group by g.tg),
    measured as (
      select distinct g.tg from rm join method_studies ms on ms.method_id = rm.id join rs on rs.id = ms.study_id,
        unnest(rm.target_groups) as g(tg)
      where rs.design = any(?::text[])
    ),
    gaps as (
      select 'METHOD_EVIDENCE' as kind, ${ORDER.METHOD_EVIDENCE} as ord, rm.id::text as subject, rm.name as label,
        coalesce(mc.n, 0) as case_count, coalesce(msn.n, 0) as study_count, rated.method_id is null as unrated,
        vp.dimensions
      from rm left join method_cases mc on mc.method_id = rm.id left join method_studies_n msn on msn.method_id = rm.id
        left join rated on rated.method_id = rm.id left join vp on vp.method_id = rm.id
      where rated.method_id is null
         or exists (select 1 from jsonb_each_text(vp.dimensions) d where d.value in ('C', 'D'))
      union all
      select 'TOPIC_WITHOUT_STUDY', ${ORDER.TOPIC_WITHOUT_STUDY}, t.id::text, t.name_da, tc.n, 0, false, null
      from topic t join topic_cases tc on tc.topic_id = t.id
      where tc.n >= ? and (?::uuid is null or t.id in (select id from tt))
        and t.id not in (select topic_id from studied_topics)
      union all
      select 'UNMEASURED_OUTCOME', ${ORDER.UNMEASURED_OUTCOME}, g.tg, g.tg, coalesce(gc.n, 0), 0, false, null
      from (select unnest(target_groups) as tg from rc union select unnest(target_groups) from rm) g
        left join group_cases gc on gc.tg = g.tg
      where g.tg not in (select tg from measured)
    ),
    chosen as (
      select g.*, count(*) over () as total from gaps g
      where g.kind = any(?::text[]) and (?::text is null or g.kind || ':' || g.subject = ?)
    )
    select ch.kind, ch.subject, ch.label, ch.case_count, ch.study_count, ch.unrated, ch.dimensions, ch.total,
      ch.ord,
      coalesce((
        select json_agg(json_build_object('id', k.id, 'organisationId', k.organisation_id, 'contact', k.contact,
          'expectedOn', k.expected_on::text, 'note', k.note, 'createdAt', k.created_at) order by k.expected_on, k.id)
        from knowledge_gap_claim k where k.gap_key = ch.kind || ':' || ch.subject
      ), '[]') as claims,
      exists (select 1 from knowledge_gap_follow f where f.gap_key = ch.kind || ':' || ch.subject and f.member_id = ?::uuid) as following
    from chosen ch
    where ?::boolean or (ch.ord, -ch.case_count, ch.label, ch.subject) > (?::int, ?::int, ?::text, ?::text)
    order by ch.ord, -ch.case_count, ch.label, ch.subject
    limit ?`;
  const params = [
    topic,
    ...pm.params,
    topic,
    ...pc.params,
    topic,
    ...ps.params,
    pgArray(MEASURING_DESIGNS),
    query.minCases ?? DEFAULT_MIN_CASES,
    topic,
    pgArray(kinds),
    only,
    only,
    memberId,
    after === null,
    after?.[0] ?? 0,
    after?.[1] ?? 0,
    after?.[2] ?? '',
    after?.[3] ?? '',
    query.first + 1,
  ];
  type Raw = {
    kind: KnowledgeGapKind;
    subject: string;
    label: string;
    case_count: number;
    study_count: number;
    unrated: boolean;
    dimensions: Record<string, string> | null;
    total: string;
    ord: number;
    claims: GapRow['claims'];
    following: boolean;
  };
  const raw = await em.getConnection().execute<Raw[]>(sql, params, 'all', em.getTransactionContext());
  const rows = raw.map((r) => ({
    kind: r.kind,
    subject: r.subject,
    label: r.label,
    caseCount: r.case_count,
    studyCount: r.study_count,
    unrated: r.unrated,
    dimensions: r.dimensions,
    claims: r.claims,
    following: r.following,
    cursor: Cursor.encode([r.ord, -r.case_count, r.label, r.subject]),
  }));
  return { rows, total: raw[0] ? Number(raw[0].total) : 0 };
}

/** The gap map as a forward-only Relay connection (`first`/`after`); see `loadGaps` for what a gap is. */
export async function knowledgeGaps(props: {
  em: EntityManager;
  viewer: Viewer;
  filter: KnowledgeGapFilter | null;
  args: ConnectionArgs;
}): Promise<ConnectionValue<KnowledgeGap>> {
  const window = pageWindow(props.args);
  if (window.last !== null || window.before !== null) {
    throw new BadUserInputError('The gap map pages forwards only: use `first` and `after`.', 'last');
  }
  const first = window.first ?? 20;
  const minCases = props.filter?.minCases ?? undefined;
  if (minCases !== undefined && (minCases < 1 || minCases > 1000)) {
    throw new BadUserInputError('`minCases` must be between 1 and 1000.', 'filter.minCases');
  }
  const topicId = props.filter?.topic ? decodeGlobalId(props.filter.topic, ['Topic'], 'filter.topic').id : null;
  const query = { em: props.em, viewer: props.viewer, kinds: props.filter?.kinds, topicId, minCases };
  const { rows, total } = await loadGaps({ ...query, first, after: window.after });
  // Past the last item the page is empty and carries no total: ask for it alone.
  const count = rows.length === 0 && window.after ? (await loadGaps({ ...query, first: 0 })).total : total;
  const page = rows.slice(0, first).map((row) => present(props.viewer, row));
  return {
    edges: page.map((node) => ({ cursor: node.cursor, node })),
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: window.after !== null,
      startCursor: page[0]?.cursor ?? null,
      endCursor: page.at(-1)?.cursor ?? null,
    },
    totalCount: count,
  };
}
export const present = (viewer: Viewer, row: GapRow) =>
  presentGap(row, gapGlobalId(row), effectiveRole(viewer) !== null);
