/**
 * Load with autocannon on loopback, bounded in time: a warm-up for every peer, then rounds that alternate which
 * peer goes first, so drift on a shared machine hits both alike. Reports medians over the rounds.
 */
import autocannon from 'autocannon';
import { cpuMs, rssMb, type Peer } from './peers.js';

export interface LoadOptions {
  connections: number;
  /** Seconds per measured round and per warm-up. */
  seconds: number;
  warmupSeconds: number;
  rounds: number;
}

export interface Request {
  body: string;
  headers?: Record<string, string>;
}

export interface RoundResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Peak and median resident memory of the server process while loaded, MB. */
  rssPeak: number | null;
  rssMedian: number | null;
  /** CPU time of the server process per answered request, ms: where the cost lands (the server or the database). */
  cpuPerRequest: number | null;
}

export interface PeerResult {
  peer: string;
  rounds: RoundResult[];
  median: RoundResult;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const medianOrNull = (values: (number | null)[]): number | null => {
  const present = values.filter((value): value is number => value !== null);
  return present.length ? median(present) : null;
};

async function once(peer: Peer, request: Request, connections: number, seconds: number): Promise<RoundResult> {
  const samples: number[] = [];
  const sampler = setInterval(() => {
    void rssMb(peer.pid).then((mb) => {
      if (mb !== null) samples.push(mb);
    });
  }, 250);
  const cpuBefore = await cpuMs(peer.pid);
  try {
    const result = await autocannon({
      url: peer.url,
      method: 'POST',
      connections,
      duration: seconds,
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
    });
    const cpuAfter = await cpuMs(peer.pid);
    const answered = result.requests.total;
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      rssPeak: samples.length ? Math.max(...samples) : null,
      rssMedian: samples.length ? median(samples) : null,
      cpuPerRequest: cpuBefore !== null && cpuAfter !== null && answered > 0 ? (cpuAfter - cpuBefore) / answered : null,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Runs the same logical request against each peer (each in its own dialect), alternating the order per round. */
export async function compare(
  targets: { peer: Peer; request: Request }[],
  options: LoadOptions,
): Promise<PeerResult[]> {
  for (const { peer, request } of targets) await once(peer, request, options.connections, options.warmupSeconds);
  const rounds = targets.map(() => [] as RoundResult[]);
  for (let round = 0; round < options.rounds; round++) {
    const order = targets.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      const { peer, request } = targets[i]!;
      rounds[i]!.push(await once(peer, request, options.connections, options.seconds));
    }
  }
  return targets.map(({ peer }, i) => {
    const mine = rounds[i]!;
    return {
      peer: peer.name,
      rounds: mine,
      median: {
        rps: median(mine.map((r) => r.rps)),
        p50: median(mine.map((r) => r.p50)),
        p99: median(mine.map((r) => r.p99)),
        errors: mine.reduce((sum, r) => sum + r.errors, 0),
        rssPeak: medianOrNull(mine.map((r) => r.rssPeak)),
        rssMedian: medianOrNull(mine.map((r) => r.rssMedian)),
        cpuPerRequest: medianOrNull(mine.map((r) => r.cpuPerRequest)),
      },
    };
  });
}

/** Sends one request and returns the parsed JSON body; throws on GraphQL errors so no bench measures a failure. */
export async function post<T>(url: string, request: Request): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: request.body,
  });
  const json = (await response.json()) as { data?: T; errors?: unknown };
  if (!response.ok || json.errors || !json.data)
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json).slice(0, 800)}`);
  return json.data;
}
