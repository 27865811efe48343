/**
 * Read workloads against Vidensbro and PostGraphile: (a) the nested list at several page sizes, (b) a case page
 * with a 100-comment thread and replies, (f) SQL statements and rows per request, (g) server memory under load.
 */
import pg from 'pg';
import type { ReadFixture } from './fixture.js';
import { compare, post, type LoadOptions, type PeerResult, type Request } from './load.js';
import type { Peer } from './peers.js';

export const NESTED_LIST = `query NestedList($first: Int!) {
  cases(first: $first) { nodes { id title summary year organisation { name kind }
    methods(first: 10) { nodes { name evidenceStrength } } topics(first: 10) { nodes { nameDa } } } } }`;

const NESTED_LIST_PG = `query NestedList($first: Int!) {
  allPracticeCases(first: $first, orderBy: [YEAR_DESC, ID_ASC]) { nodes { id title summary year
    organisationByOrganisationId { name kind }
    benchMethods(first: 10) { nodes { name evidenceStrength } } benchTopics(first: 10) { nodes { nameDa } } } } }`;

export const CASE_PAGE = `query CasePage($slug: String!) {
  case(slug: $slug) { id title summary body year targetGroups organisation { name kind }
    methods(first: 10) { nodes { id name evidenceStrength } } topics(first: 10) { nodes { id nameDa } }
    threads(first: 5) { nodes { id title commentCount
      comments(first: 100) { totalCount nodes { id bodyHtml authorName createdAt usefulCount
        replies(first: 5) { totalCount nodes { id bodyHtml authorName createdAt usefulCount } } } } } } } }`;

const CASE_PAGE_PG = `query CasePage($slug: String!) {
  practiceCaseBySlug(slug: $slug) { id title summary body year targetGroups
    organisationByOrganisationId { name kind }
    benchMethods(first: 10) { nodes { id name evidenceStrength } } benchTopics(first: 10) { nodes { id nameDa } }
    benchThreads(first: 5) { nodes { id title commentCount
      comments: commentsByThreadId(first: 100, condition: { parentId: null }, orderBy: [CREATED_AT_ASC, ID_ASC]) {
        totalCount nodes { id bodyHtml createdAt usefulCount memberByAuthorId { name }
          replies: commentsByParentId(first: 5, orderBy: [CREATED_AT_ASC, ID_ASC]) {
            totalCount nodes { id bodyHtml createdAt usefulCount memberByAuthorId { name } } } } } } } } }`;

export interface Workload {
  name: string;
  ours: Request;
  theirs: Request;
  /** Checks both answers hold the same content, so neither peer wins by doing less. */
  check(ours: unknown, theirs: unknown): string | null;
}

interface CaseNode {
  title: string;
  methods?: { nodes: unknown[] };
  benchMethods?: { nodes: unknown[] };
}

export function nestedListWorkload(first: number): Workload {
  return {
    name: `(a) nested list, first: ${first}`,
    ours: { body: JSON.stringify({ query: NESTED_LIST, variables: { first } }) },
    theirs: { body: JSON.stringify({ query: NESTED_LIST_PG, variables: { first } }) },
    check(ours, theirs) {
      const a = (ours as { cases: { nodes: CaseNode[] } }).cases.nodes;
      const b = (theirs as { allPracticeCases: { nodes: CaseNode[] } }).allPracticeCases.nodes;
      const titles = (nodes: CaseNode[]) => nodes.map((n) => n.title).join('|');
      const methods = (nodes: CaseNode[]) => nodes.map((n) => (n.methods ?? n.benchMethods)!.nodes.length).join(',');
      if (a.length !== first) return `Vidensbro returned ${a.length} cases, not ${first}`;
      if (titles(a) !== titles(b)) return 'the peers list different cases';
      if (methods(a) !== methods(b)) return 'the peers list different numbers of methods';
      return null;
    },
  };
}

export function casePageWorkload(fixture: ReadFixture): Workload {
  const member = { authorization: `Bearer ${fixture.token}` };
  return {
    name: '(b) case page, 100-comment thread with replies',
    ours: {
      body: JSON.stringify({ query: CASE_PAGE, variables: { slug: fixture.caseSlug } }),
      headers: member,
    },
    theirs: {
      body: JSON.stringify({ query: CASE_PAGE_PG, variables: { slug: fixture.caseSlug } }),
      headers: { 'x-bench-role': 'member' },
    },
    check(ours, theirs) {
      type Thread = { comments: { totalCount: number; nodes: { replies: { nodes: unknown[] } }[] } };
      const a = (ours as { case: { threads: { nodes: Thread[] } } }).case.threads.nodes[0];
      const b = (theirs as { practiceCaseBySlug: { benchThreads: { nodes: Thread[] } } }).practiceCaseBySlug
        .benchThreads.nodes[0];
      if (!a || !b) return 'a peer returned no thread';
      const shape = (t: Thread) =>
        `${t.comments.totalCount}:${t.comments.nodes.map((c) => c.replies.nodes.length).join(',')}`;
      if (a.comments.nodes.length !== fixture.threadComments) return `Vidensbro returned ${a.comments.nodes.length}`;
      return shape(a) === shape(b) ? null : 'the peers return different threads';
    },
  };
}

/** Both peers answer the same content before any timing starts. */
export async function verify(workload: Workload, ours: Peer, theirs: Peer): Promise<void> {
  const [a, b] = await Promise.all([post(ours.url, workload.ours), post(theirs.url, workload.theirs)]);
  const problem = workload.check(a, b);
  if (problem) throw new Error(`${workload.name}: ${problem}`);
}

export async function loadWorkload(
  workload: Workload,
  ours: Peer,
  theirs: Peer,
  options: LoadOptions,
): Promise<PeerResult[]> {
  await verify(workload, ours, theirs);
  return compare(
    [
      { peer: ours, request: workload.ours },
      { peer: theirs, request: workload.theirs },
    ],
    options,
  );
}

export interface StatementCount {
  statements: number;
  rows: number;
  /** PostgreSQL's execution time per request, ms. */
  sqlMs: number;
  /** PostgreSQL's planning time per request, ms (0 unless pg_stat_statements.track_planning is on). */
  planMs: number;
}

/**
 * (f) SQL statements and rows per request, from pg_stat_statements, one peer at a time: every statement the
 * database ran for `requests` sequential requests (transaction control included), divided by `requests`.
 */
export async function statementsPerRequest(
  adminUrl: string,
  peer: Peer,
  request: Request,
  requests = 20,
): Promise<StatementCount> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await post(peer.url, request); // plans and caches are warm; the count covers steady state only
    await admin.query('select pg_stat_statements_reset()');
    for (let i = 0; i < requests; i++) await post(peer.url, request);
    const { rows } = await admin.query<{ calls: string; rows: string; ms: string; plan: string }>(
      `select coalesce(sum(calls), 0) as calls, coalesce(sum(rows), 0) as rows,
              coalesce(sum(total_exec_time), 0) as ms, coalesce(sum(total_plan_time), 0) as plan
         from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
          and query not ilike '%pg_stat_statements%'`,
    );
    const row = rows[0]!;
    return {
      statements: Number(row.calls) / requests,
      rows: Number(row.rows) / requests,
      sqlMs: Number(row.ms) / requests,
      planMs: Number(row.plan) / requests,
    };
  } finally {
    await admin.end();
  }
}
