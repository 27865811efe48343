import type { FastifyInstance } from 'fastify';
import type { Orm } from './database.js';
import type { Outages } from './outage.js';
import type { ServiceState } from './supervisor.js';

/** up: answering; down: not answering; restarting: an embedded server being brought back; absent: not configured. */
export type DependencyState = 'up' | 'down' | 'restarting' | 'absent';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { state: DependencyState };
  search: { state: DependencyState };
}

export interface HealthDeps {
  orm: Orm;
  outages: Outages;
  /** The embedded PostgreSQL's supervisor, when it is embedded. */
  postgres?: { state(): ServiceState };
  /** Search as wired at start-up: null when this installation has none. */
  search: () => { healthy(): Promise<boolean>; embeddedState?: () => ServiceState } | null;
  /** Readiness fails while the oldest unindexed change is older than this. */
  outboxLagLimitSeconds: number;
}

const CHECK_TIMEOUT_MS = 1500;

function withTimeout<T>(work: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), CHECK_TIMEOUT_MS)));
  return Promise.race([work.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

/**
 * What each dependency is doing now. Checks are bounded (1.5 s) so a hung dependency cannot hang the answer, and
 * each check records outages, so their beginning and end are logged once even when no request notices them.
 */
export class Health {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: HealthDeps) {}

  async report(): Promise<HealthReport> {
    const [database, search] = await Promise.all([this.database(), this.search()]);
    const healthy = database === 'up' && (search === 'up' || search === 'absent');
    return { status: healthy ? 'ok' : 'degraded', database: { state: database }, search: { state: search } };
  }

  private async database(): Promise<DependencyState> {
    const { orm, outages, postgres } = this.deps;
    const ok = await withTimeout(
      orm.em
        .getConnection()
        .execute('select 1')
        .then(() => true),
      false,
    );
    if (ok) outages.up('PostgreSQL');
    else outages.down('PostgreSQL', new Error('no answer to a health check'));
    if (ok) return 'up';
    return postgres?.state() === 'restarting' ? 'restarting' : 'down';
  }

  private async search(): Promise<DependencyState> {
    const search = this.deps.search();
    if (!search) return 'absent';
    const ok = await withTimeout(search.healthy(), false);
    if (ok) this.deps.outages.up('Meilisearch');
    else this.deps.outages.down('Meilisearch', new Error('no answer to a health check'));
    if (ok) return 'up';
    return search.embeddedState?.() === 'restarting' ? 'restarting' : 'down';
  }

  /** Ready for traffic: dependencies up, migrations applied, and search not far behind the database. */
  async readiness(): Promise<{ ready: boolean; reasons: string[]; report: HealthReport }> {
    const report = await this.report();
    const reasons: string[] = [];
    if (report.database.state !== 'up') reasons.push(`PostgreSQL is ${report.database.state}`);
    if (report.search.state !== 'up' && report.search.state !== 'absent')
      reasons.push(`Meilisearch is ${report.search.state}`);
    if (report.database.state === 'up') {
      const pending = await withTimeout(this.deps.orm.getMigrator().getPendingMigrations(), null);
      if (pending === null) reasons.push('the migrations could not be read');
      else if (pending.length > 0) reasons.push(`${pending.length} database migration(s) are not applied`);
      const lag = await withTimeout(this.outboxLag(), null);
      if (lag && lag.seconds > this.deps.outboxLagLimitSeconds)
        reasons.push(`search is ${Math.round(lag.seconds)} s behind (${lag.depth} changes waiting)`);
    }
    return { ready: reasons.length === 0, reasons, report };
  }

  private async outboxLag(): Promise<{ depth: number; seconds: number }> {
    const [row] = await this.deps.orm.em.getConnection().execute<{ depth: number; seconds: number }[]>(
      `select count(*)::int as depth, coalesce(extract(epoch from now() - min(created_at)), 0)::float as seconds
           from search_outbox where processed_at is null`,
    );
    return row ?? { depth: 0, seconds: 0 };
  }

  /** Checks in the background too, so outages begin and end in the log without traffic. */
  start(intervalMs = 5000): void {
    this.timer = setInterval(() => void this.report(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** /healthz answers while the process lives (with each dependency's state); /readyz only when it can serve. */
export function registerHealthRoutes(app: FastifyInstance, health: Health): void {
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send(await health.report()));
  app.get('/readyz', async (_request, reply) => {
    const { ready, reasons, report } = await health.readiness();
    return reply
      .status(ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ ...report, ready, reasons });
  });
}
