import { execFile } from 'node:child_process';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** Anything answering GraphQL over HTTP: a server process, or the proxy in front of them. */
export interface Endpoint {
  url: string;
}

export interface Account {
  email: string;
  password: string;
}

export interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  setCookie: string | null;
  headers: Headers;
}

export async function graphql<T>(
  endpoint: Endpoint,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetch(`${endpoint.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer<T>, 'setCookie' | 'headers'>;
  return { ...body, setCookie: response.headers.get('set-cookie'), headers: response.headers };
}

export const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { member { name } userErrors { code } } }';
export const VIEWER = '{ viewer { member { name } authenticatedWith } }';

/** Signs in and returns the session cookie (`vb_session=…`) that was set. */
export async function signIn(endpoint: Endpoint, account: Account): Promise<string> {
  const result = await graphql<{ signIn: { member: { name: string } | null } }>(endpoint, SIGN_IN, {
    i: { email: account.email, password: account.password },
  });
  const cookie = /vb_session=[^;]+/.exec(result.setCookie ?? '')?.[0];
  if (!result.data?.signIn.member || !cookie) throw new Error(`Sign-in failed: ${JSON.stringify(result)}`);
  return cookie;
}

export async function until(done: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A member starts a thread and comments on it through `writeAt`, while another member, signed in by cookie,
 * subscribes to its comments over a WebSocket at `subscribeAt` (the cookie rides on the upgrade request, as a
 * browser's does). Resolves with the first comment event the subscriber receives.
 */
export async function liveComment(props: {
  subscribeAt: Endpoint;
  subscriberCookie: string;
  writeAt: Endpoint;
  writerCookie: string;
}): Promise<unknown> {
  const { subscribeAt, writeAt } = props;
  const writer = { cookie: props.writerCookie };
  const methods = await graphql<{ methods: { nodes: { id: string }[] } }>(
    writeAt,
    '{ methods(first: 1) { nodes { id } } }',
  );
  const started = await graphql<{ startThread: { thread: { id: string } } }>(
    writeAt,
    'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } userErrors { message } } }',
    { i: { about: methods.data!.methods.nodes[0]!.id, title: 'Skalering', body: 'Første indlæg' } },
    writer,
  );
  const threadId = started.data!.startThread.thread.id;
  const cookie = props.subscriberCookie;
  class BrowserSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const client = createClient({
    url: `${subscribeAt.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: BrowserSocket,
  });
  const events: unknown[] = [];
  const stop = client.subscribe(
    {
      query: 'subscription($t: ID!) { commentAdded(threadId: $t) { bodyHtml authorName } }',
      variables: { t: threadId },
    },
    { next: (value) => events.push(value.data), error: (error) => events.push({ error }), complete: () => {} },
  );
  try {
    // A fresh subscription needs a moment before it listens: write until one arrives.
    await until(async () => {
      await graphql(
        writeAt,
        'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }',
        { i: { threadId, body: 'Svar fra den anden server' } },
        writer,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      return events.length > 0;
    }, 'a live comment');
    return events[0];
  } finally {
    stop();
    await client.dispose();
  }
}

/** `vidensbro_indexer_documents_total{outcome="indexed"}` of one worker. */
export async function indexedCount(worker: Endpoint, metricsToken: string): Promise<number> {
  const response = await fetch(`${worker.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  const match = /^vidensbro_indexer_documents_total\{outcome="indexed"\} (\d+)$/m.exec(await response.text());
  return Number(match?.[1] ?? 0);
}

/** How many operations of this name and type a server's own /metrics has counted. */
export async function operationCount(server: Endpoint, metricsToken: string, operation: string): Promise<number> {
  const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  const pattern = new RegExp(
    `^vidensbro_graphql_operation_duration_seconds_count\\{operation="${operation}",type="query"\\} (\\d+)$`,
    'm',
  );
  return Number(pattern.exec(await response.text())?.[1] ?? 0);
}

/** The outbox ids (above `after`) a worker logged as indexed (its log at debug level). */
export function loggedIds(worker: { log: string[] }, after: bigint): string[] {
  return worker.log
    .join('')
    .split('\n')
    .filter((line) => line.includes('Indexed search outbox rows'))
    .flatMap((line) => {
      try {
        return (JSON.parse(line) as { outboxIds: string[] }).outboxIds.map(String);
      } catch {
        return []; // a line still being written
      }
    })
    .filter((id) => BigInt(id) > after);
}

/** Runs a health-check command as a container runtime would; resolves with its exit code. */
export function runCheck(command: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const [file, ...args] = command;
    const program = file === 'node' ? process.execPath : file!;
    execFile(program, args, { env: { ...process.env, ...env }, timeout: 15_000 }, (error) =>
      resolve(error ? (typeof error.code === 'number' ? error.code : 1) : 0),
    );
  });
}
