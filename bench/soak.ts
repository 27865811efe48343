/**
 * `npm run soak`: a bounded load test on loopback. It starts its own PostgreSQL and Meilisearch in a temp folder,
 * seeds SOAK_CASES generated cases (default 2,000) with members and API tokens, runs the built server as a child
 * process (its memory is measured alone), and drives it with SOAK_CLIENTS clients (default 100) for SOAK_SECONDS
 * (default 60): 70% browse, 20% search, 10% writes (comments, "useful" marks, follows, case edits through the
 * outbox). It prints req/s, p50/p95/p99 per kind, answers by status and error code, the server's peak RSS and the
 * slowest /healthz answer (the worst event-loop stall a client sees). Not a test: numbers vary by machine. It
 * stops by itself, leaves nothing running, and talks to 127.0.0.1 only.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, validate } from 'graphql';
import { Agent, request } from 'undici';
import { generateContent, mulberry32 } from '../seeds/generate-content.js';
import { getSchema } from '../server/src/graphql/schema.js';
import { encodeGlobalId } from '../server/src/graphql/global-id.js';
import { ApiToken, TokenScope } from '../server/src/modules/auth/auth.entities.js';
import { hashPassword, hashSecret, newSecret } from '../server/src/modules/auth/secrets.js';
import { Case } from '../server/src/modules/case/case.entity.js';
import { Visibility } from '../server/src/modules/content/content.enums.js';
import { Member, MemberRole } from '../server/src/modules/member/member.entity.js';
import { Method } from '../server/src/modules/method/method.entity.js';
import { Membership, MembershipStatus, Organisation } from '../server/src/modules/organisation/organisation.entity.js';
import { Topic } from '../server/src/modules/topic/topic.entity.js';
import { ensureDatabase, openDatabase } from '../server/src/platform/database.js';
import { startEmbeddedPostgres } from '../server/src/platform/embedded-postgres.js';
import { createLogger } from '../server/src/platform/logger.js';
import { startEmbeddedMeilisearch } from '../server/src/platform/meilisearch.js';
import { seedContent } from '../server/src/seeding/seed.js';
import { domainModel } from '../server/src/model.js';

/** Bounded whatever the environment says: this is a soak, not a way to flood a machine. */
const bounded = (name: string, fallback: number, max: number) =>
  Math.max(1, Math.min(max, Math.floor(Number(process.env[name] ?? fallback)) || fallback));
const CLIENTS = bounded('SOAK_CLIENTS', 100, 500);
const SECONDS = bounded('SOAK_SECONDS', 60, 600);
const CASES = bounded('SOAK_CASES', 2_000, 50_000);
const MEMBERS = 200;
const THREADS = 20;

const root = fileURLToPath(new URL('../../..', import.meta.url));
const serverMain = path.join(root, 'server/dist/server/src/main.js');
const logger = createLogger('warn');
const random = mulberry32(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

type Kind = 'browse' | 'search' | 'write';
interface Operation {
  kind: Kind;
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  token?: () => string;
}

/** Starts the built server and resolves with its URL once it says it is running. */
function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(serverMain)) throw new Error(`Build the server first (npm run build): ${serverMain} is missing.`);
  const child = spawn(process.execPath, [serverMain], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No start within 120 s:\n${log}`)), 120_000);
    const onData = (chunk: Buffer) => {
      if (log.length < 100_000) log += chunk.toString();
      const match = /GraphQL endpoint: (http:\/\/\S+)\/graphql/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!.replace('localhost', '127.0.0.1') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`The server exited with ${code} before starting:\n${log}`)));
  });
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-soak-'));
await chmod(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), logger, ephemeral: true });
const meili = await startEmbeddedMeilisearch({ dataDir: path.join(dir, 'meili'), logger });
let server: ChildProcess | undefined;
try {
  // --- Data: generated content, members with write tokens, an admin who edits cases ----------------------------
  const databaseUrl = await ensureDatabase(pg.url, 'soak');
  const orm = await openDatabase({ model: domainModel, url: databaseUrl, logger });
  console.log(`Seeding ${CASES} cases (+ methods, studies, organisations, topics)…`);
  await seedContent(orm.em, generateContent({ cases: CASES }));
  const em = orm.em.fork();
  const year = new Date().getUTCFullYear();
  const organisations = await em.find(Organisation, {}, { limit: 20 });
  for (const organisation of organisations) {
    const membership = await em.findOne(Membership, { organisation, year });
    if (membership) membership.status = MembershipStatus.ACTIVE;
    else em.create(Membership, { organisation, year, feeDkk: 5000, status: MembershipStatus.ACTIVE });
  }
  const passwordHash = await hashPassword(randomBytes(16).toString('hex'));
  const tokens: string[] = [];
  const makeToken = (member: Member) => {
    const secret = newSecret('vbt');
    em.create(ApiToken, {
      member,
      name: 'soak',
      prefix: secret.slice(0, 9),
      secretHash: hashSecret(secret),
      scopes: [TokenScope.READ, TokenScope.WRITE],
    });
    return secret;
  };
  for (let i = 0; i < MEMBERS; i++) {
    const member = em.create(Member, {
      organisation: organisations[i % organisations.length]!,
      name: `Soak ${i}`,
      email: `soak-${i}@soak.example`,
      role: MemberRole.MEMBER,
      passwordHash,
    });
    tokens.push(makeToken(member));
  }
  const admin = em.create(Member, {
    organisation: organisations[0]!,
    name: 'Soak admin',
    email: 'admin@soak.example',
    role: MemberRole.ADMIN,
    passwordHash,
  });
  const adminToken = makeToken(admin);
  await em.flush();
  const publicCases = await em.find(Case, { visibility: Visibility.PUBLIC, publishedAt: { $ne: null } });
  const publicMethods = await em.find(Method, { visibility: Visibility.PUBLIC, publishedAt: { $ne: null } });
  const topics = await em.find(Topic, {});
  const vocabulary = publicCases.flatMap((row) => row.title.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []);
  await orm.close();

  // --- Server: the built app as `npm start` runs it, on external services -------------------------------------
  const started = await startServer({
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'false',
    DATA_DIR: path.join(dir, 'data'),
    ...(meili ? { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.apiKey } : {}),
  });
  server = started.child;
  const url = started.url;
  const agent = new Agent({ connections: CLIENTS + 2, keepAliveTimeout: 30_000 });
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await request(`${url}/graphql`, {
      method: 'POST',
      dispatcher: agent,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.body.json()) as {
      data?: Record<string, unknown>;
      errors?: { extensions?: { code?: string } }[];
    };
    return { status: response.statusCode, body };
  };

  // Threads to write in, started by members on public methods.
  const threadIds: string[] = [];
  for (let i = 0; i < THREADS; i++) {
    const res = await post(
      'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } } }',
      { i: { about: encodeGlobalId('Method', pick(publicMethods).id), title: `Soak ${i}`, body: 'Første indlæg' } },
      tokens[i],
    );
    threadIds.push((res.body.data as { startThread: { thread: { id: string } } }).startThread.thread.id);
  }
  const comment = await post(
    'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }',
    { i: { threadId: threadIds[0], body: 'Et svar at markere' } },
    tokens[THREADS],
  );
  const commentId = (comment.body.data as { addComment: { comment: { id: string } } }).addComment.comment.id;
  if (meili) {
    // The first start builds the index; wait until search answers from it.
    const until = Date.now() + 180_000;
    for (;;) {
      const res = await post('{ search(query: "", first: 1) { totalCount } }', {});
      const total = (res.body.data?.search as { totalCount?: number } | undefined)?.totalCount ?? 0;
      if (total > 0) break;
      if (Date.now() > until) throw new Error('The search index was not built within 180 s.');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  // --- The mix ----------------------------------------------------------------------------------------------
  const word = () => pick(vocabulary);
  const operations: { weight: number; operation: Operation }[] = [
    {
      weight: 20,
      operation: {
        kind: 'browse',
        name: 'case page',
        query: `query($slug: String!) { case(slug: $slug) { id title summary body year organisation { name }
          topics(first: 10) { nodes { nameDa } } methods(first: 10) { nodes { name summary } } } }`,
        variables: () => ({ slug: pick(publicCases).slug }),
      },
    },
    {
      weight: 15,
      operation: {
        kind: 'browse',
        name: 'case list',
        query: `query($topic: ID) { cases(first: 20, filter: { topic: $topic }) { totalCount
          edges { cursor node { id slug title summary year } } pageInfo { hasNextPage endCursor } } }`,
        variables: () => ({ topic: random() < 0.5 ? encodeGlobalId('Topic', pick(topics).id) : null }),
      },
    },
    {
      weight: 15,
      operation: {
        kind: 'browse',
        name: 'method page',
        query: `query($slug: String!) { method(slug: $slug) { id name summary description evidenceStrength
          cases(first: 10) { totalCount nodes { title } } evidenceRatings(first: 10) { totalCount } } }`,
        variables: () => ({ slug: pick(publicMethods).slug }),
      },
    },
    {
      weight: 10,
      operation: {
        kind: 'browse',
        name: 'topic tree',
        query: '{ topics(first: 100) { nodes { id slug nameDa children(first: 50) { nodes { id slug nameDa } } } } }',
        variables: () => ({}),
      },
    },
    {
      weight: 10,
      operation: {
        kind: 'browse',
        name: 'thread (member)',
        query: `query($id: ID!) { node(id: $id) { ... on Thread { id title commentCount
          comments(first: 20) { totalCount nodes { id authorName bodyHtml } } } } }`,
        variables: () => ({ id: pick(threadIds) }),
        token: () => pick(tokens),
      },
    },
    {
      weight: 20,
      operation: {
        kind: 'search',
        name: 'search',
        query: `query($q: String!) { search(query: $q, first: 20) { totalCount
          edges { highlights { field snippet } node { __typename ... on Case { id title } ... on Method { id name } } }
          facets { types { value count } topics { count topic { nameDa } } years { value count } } } }`,
        variables: () => ({ q: random() < 0.3 ? `${word()} ${word()}` : word() }),
      },
    },
    {
      weight: 3,
      operation: {
        kind: 'write',
        name: 'comment',
        query: 'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } userErrors { code } } }',
        variables: () => ({ i: { threadId: pick(threadIds), body: `Soak ${word()} ${word()}` } }),
        token: () => pick(tokens),
      },
    },
    {
      weight: 3,
      operation: {
        kind: 'write',
        name: 'useful',
        query: 'mutation($id: ID!, $u: Boolean!) { setUseful(id: $id, useful: $u) { userErrors { code } } }',
        variables: () => ({ id: commentId, u: random() < 0.5 }),
        token: () => pick(tokens),
      },
    },
    {
      weight: 2,
      operation: {
        kind: 'write',
        name: 'follow',
        query: 'mutation($id: ID!, $f: Boolean!) { follow(id: $id, following: $f) { following } }',
        variables: () => ({ id: pick(threadIds), f: random() < 0.5 }),
        token: () => pick(tokens),
      },
    },
    {
      weight: 2,
      operation: {
        kind: 'write',
        name: 'case edit',
        query: 'mutation($id: ID!, $i: CaseInput!) { updateCase(id: $id, input: $i) { userErrors { code } } }',
        variables: () => ({
          id: encodeGlobalId('Case', pick(publicCases).id),
          i: { summary: `Opdateret under belastning: ${word()} ${word()} ${word()}.` },
        }),
        token: () => adminToken,
      },
    },
  ];
  const schema = await getSchema();
  for (const { operation } of operations) {
    const errors = validate(schema, parse(operation.query));
    if (errors.length > 0) throw new Error(`${operation.name}: ${errors.map((e) => e.message).join('; ')}`);
  }
  const totalWeight = operations.reduce((sum, o) => sum + o.weight, 0);
  const choose = (): Operation => {
    let at = random() * totalWeight;
    for (const { weight, operation } of operations) if ((at -= weight) < 0) return operation;
    return operations[0]!.operation;
  };

  // --- Run ------------------------------------------------------------------------------------------------
  const latencies: Record<string, number[]> = {};
  const byName: Record<string, number[]> = {};
  const outcomes = new Map<string, number>();
  const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  let peakRss = rssOf(server.pid!);
  const startRss = peakRss;
  let slowestHealth = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(server!.pid!))), 250);
  const deadline = Date.now() + SECONDS * 1000;
  const health = (async () => {
    while (Date.now() < deadline) {
      const begin = performance.now();
      const response = await request(`${url}/healthz`, { dispatcher: agent });
      await response.body.dump();
      slowestHealth = Math.max(slowestHealth, performance.now() - begin);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  console.log(`Soak: ${CLIENTS} clients for ${SECONDS} s against ${url} (server pid ${server.pid})…`);
  const began = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < deadline) {
        const operation = choose();
        const begin = performance.now();
        try {
          const { status, body } = await post(operation.query, operation.variables(), operation.token?.());
          const ms = performance.now() - begin;
          (latencies[operation.kind] ??= []).push(ms);
          (byName[operation.name] ??= []).push(ms);
          const codes = [...new Set((body.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE'))];
          count(codes.length === 0 ? `HTTP ${status}` : `HTTP ${status} ${codes.join('+')}`);
        } catch (error) {
          count(`network: ${(error as { code?: string }).code ?? (error as Error).message}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  await health;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, rssOf(server.pid!));
  await agent.close();

  // --- Report -----------------------------------------------------------------------------------------------
  const all = Object.values(latencies)
    .flat()
    .sort((a, b) => a - b);
  const line = (label: string, samples: number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return `  ${label.padEnd(15)} ${String(sorted.length).padStart(7)} req  ${(sorted.length / elapsed).toFixed(1).padStart(7)} req/s  p50 ${percentile(sorted, 0.5).toFixed(0).padStart(5)} ms  p95 ${percentile(sorted, 0.95).toFixed(0).padStart(5)} ms  p99 ${percentile(sorted, 0.99).toFixed(0).padStart(5)} ms`;
  };
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `\nSoak · ${CLIENTS} clients · ${elapsed.toFixed(1)} s · ${CASES} cases · Node ${process.version} · ${os.cpus().length} CPUs`,
  );
  console.log(line('all', all));
  for (const kind of ['browse', 'search', 'write'] as const) console.log(line(kind, latencies[kind] ?? []));
  console.log('  by operation:');
  for (const [name, samples] of Object.entries(byName)) console.log(`  ${line(name, samples)}`);
  console.log('  answers:');
  for (const [key, n] of [...outcomes].sort((a, b) => b[1] - a[1])) console.log(`    ${key.padEnd(40)} ${n}`);
  console.log(`  server RSS: ${mb(startRss)} at start, peak ${mb(peakRss)}`);
  console.log(`  slowest /healthz during the run: ${slowestHealth.toFixed(0)} ms`);
  if (!meili) console.log('  (no embedded Meilisearch on this platform: search answered SEARCH_UNAVAILABLE)');
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  await meili?.stop();
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
