import 'reflect-metadata';
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger, type Logger } from './platform/logger.js';
import { startTracing } from './platform/tracing.js';

/** Start-up failures end the process with status 1, so supervisors and containers see them, after one clear line. */
function fail(logger: Logger | null, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  if (logger) logger.fatal(message);
  else process.stderr.write(`${message}\n`);
  logger?.flush();
  process.exit(1);
}

let logger: Logger | null = null;
try {
  const config = loadConfig();
  logger = createLogger(config.LOG_LEVEL);
  const tracing = startTracing(process.env, logger);
  const app = await startApp(config, logger);
  const log = logger;
  log.info(`Vidensbro is running. GraphQL endpoint: ${app.url}/graphql · explorer: ${app.url}/explorer`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: shutting down…`);
    app
      .stop()
      .then(() => tracing?.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'Shutdown failed');
          process.exit(1);
        },
      );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => shutdown(signal));
} catch (error) {
  fail(logger, error);
}
