import path from 'node:path';
import { startWebhookWorker } from './modules/webhooks/deliver.js';
import { webhookSettings } from './modules/webhooks/config.js';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { getSchema } from './graphql/schema.js';
import { liveEvents } from './live/pubsub.js';
import { scheduleMembershipYear } from './modules/membership/schedule.js';
import { membershipSettings } from './modules/membership/settings.js';
import { scheduleRetention } from './modules/privacy/retention.js';
import { ensureDatabase, openDatabase, withStartupLock, type Orm } from './platform/database.js';
import { publishEmbeddedAddress } from './platform/database-target.js';
import { startEmbeddedPostgres, type RunningPostgres } from './platform/embedded-postgres.js';
import { createHttpServer } from './http.js';
import type { Logger } from './platform/logger.js';
import { assertPortFree, explainDatabaseFailure } from './platform/preflight.js';
import { seedDemoIfEmpty } from './seeding/seed-demo.js';
import { startSearch } from './search/runtime.js';
import { startMailer } from './modules/mail/mailer.js';
import { createMailTransport } from './modules/mail/transport.js';
import { domainModel } from './model.js';

export interface RunningApp {
  url: string;
  orm: Orm;
  http: FastifyInstance;
  stop(): Promise<void>;
}

/**
 * Boots Vidensbro: database (embedded unless DATABASE_URL is set) → migrations → demo content → search → GraphQL →
 * HTTP.
 * `stop` shuts down in reverse order, letting in-flight requests finish.
 */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  await assertPortFree(config.HOST, config.PORT);
  let postgres: RunningPostgres | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    postgres = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg'), logger, supervise: true });
    databaseUrl = await ensureDatabase(postgres.url, 'vidensbro');
  }
  const stops: (() => Promise<void>)[] = [];
  if (postgres) stops.push(() => postgres.stop());
  if (postgres) stops.push(await publishEmbeddedAddress(config.dataDir, databaseUrl));
  try {
    const orm = await openDatabase({
      model: domainModel,
      url: databaseUrl,
      logger,
      replicaUrls: config.DATABASE_REPLICA_URLS,
    }).catch((error: unknown) => {
      throw postgres ? error : explainDatabaseFailure(databaseUrl, error);
    });
    stops.push(() => orm.close());
    // Replicas starting together: one loads the demo content, the others then find the database not empty.
    if (config.SEED_DEMO) {
      const accounts = path.join(config.dataDir, 'demo-accounts.txt');
      await withStartupLock(databaseUrl, logger, () => seedDemoIfEmpty(orm.em, logger, accounts));
    }
    // Live events (comments, notifications) reach every server process through PostgreSQL LISTEN/NOTIFY.
    await liveEvents.connect(databaseUrl, logger);
    stops.push(() => liveEvents.close());
    const stopRetention = scheduleRetention(orm.em, logger);
    stops.push(async () => stopRetention());
    const stopMembershipYear = scheduleMembershipYear(orm.em, membershipSettings(config), logger);
    stops.push(async () => stopMembershipYear());
    // Search (embedded Meilisearch unless MEILI_URL is set) and its indexer; a first start builds the index.
    const search = await startSearch({ config, orm, logger });
    stops.push(() => search.stop());
    // Signed webhooks: due deliveries are sent from the queue table (several processes share it safely).
    if (config.WEBHOOK_POLL_MS > 0) {
      const stopWebhooks = startWebhookWorker({
        fork: () => orm.em.fork(),
        options: webhookSettings(config),
        pollMs: config.WEBHOOK_POLL_MS,
        logger,
      });
      stops.push(stopWebhooks);
    }
    const drain = { active: false };
    const http = await createHttpServer({ config, orm, schema: await getSchema(), logger, postgres, drain });
    stops.push(async () => {
      // In-flight requests get a grace period; a client that never finishes reading cannot hold shutdown hostage.
      const force = setTimeout(() => http.server.closeAllConnections(), 10_000);
      await http.close();
      clearTimeout(force);
    });
    // Stopping starts here: first out of the load balancer's rotation, still serving, then closed.
    stops.push(async () => {
      if (config.SHUTDOWN_DRAIN_SECONDS === 0) return;
      drain.active = true;
      logger.info(`Draining for ${config.SHUTDOWN_DRAIN_SECONDS} s: health checks fail, requests are still served.`);
      await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DRAIN_SECONDS * 1000));
    });
    const address = await http.listen({ host: config.HOST, port: config.PORT });
    const url = address.replace('://127.0.0.1', '://localhost').replace('://[::1]', '://localhost');
    // Email goes out from the outbox once the server's address is known (links in mail point at PUBLIC_URL or it).
    if (config.MAIL_SENDER) {
      const transport = createMailTransport({
        smtpUrl: config.SMTP_URL,
        from: config.MAIL_FROM,
        dataDir: config.dataDir,
      });
      if (!config.SMTP_URL && config.NODE_ENV === 'production')
        logger.warn(`No SMTP_URL: email is not delivered, only written to ${transport.folder ?? ''}. Set SMTP_URL.`);
      else if (!config.SMTP_URL)
        logger.info(`No SMTP_URL: email is caught in ${transport.folder ?? ''}, shown at ${url}/dev/mail.`);
      if (config.NODE_ENV === 'production' && !config.PUBLIC_URL)
        logger.warn(`No PUBLIC_URL: links in emails point at ${url}. Set PUBLIC_URL to the address members use.`);
      const mailer = startMailer({ em: orm.em, transport, baseUrl: config.PUBLIC_URL ?? url, logger });
      stops.push(() => mailer.stop());
    }
    return {
      url,
      orm,
      http,
      stop: async () => {
        // Each part stops even if an earlier one failed (e.g. PostgreSQL already stopped by a terminal's Ctrl-C).
        const failures: unknown[] = [];
        for (const stop of stops.reverse()) await stop().catch((error: unknown) => failures.push(error));
        if (failures.length > 0) logger.warn({ failures: failures.map(String) }, 'Some parts did not stop cleanly');
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    throw error;
  }
}
