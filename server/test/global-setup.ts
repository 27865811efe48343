import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, openDatabase } from '../src/platform/database.js';
import { startEmbeddedPostgres } from '../src/platform/embedded-postgres.js';
import { createLogger } from '../src/platform/logger.js';
import { startEmbeddedMeilisearch } from '../src/platform/meilisearch.js';
import { domainModel } from '../src/model.js';
import { caddyBinary } from './helpers/caddy.js';
import { missingPrerequisite } from './helpers/prerequisites.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance URL of the test PostgreSQL server. */
    postgresUrl: string;
    /** A migrated database each test file copies its own database from. */
    templateDatabase: string;
    /** The test Meilisearch (embedded, or TEST_MEILI_URL); empty when there is none on this platform. */
    meiliUrl: string;
    meiliMasterKey: string;
  }
}

export const TEMPLATE = 'vidensbro_template';

/**
 * Starts one real PostgreSQL for the whole run (embedded, in a temp folder) unless TEST_DATABASE_URL names one,
 * and migrates a template database once; each test file then clones it, so files run in parallel and isolated.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  // Checked before anything starts, so a failing check leaves nothing running.
  if (!caddyBinary())
    missingPrerequisite(
      'Caddy (for the proxy tests in scale-out.test.ts)',
      'Install it with `apt-get install -y caddy`.',
      {
        warn: (message) => logger.warn(message),
      },
    );
  let stop = async () => {};
  let postgresUrl = process.env.TEST_DATABASE_URL;
  if (!postgresUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-test-'));
    await chmod(dir, 0o755); // the postgres OS user must reach it
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), logger, ephemeral: true });
    postgresUrl = pg.url;
    stop = async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const admin = await import('pg');
  const client = new admin.default.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(`drop database if exists ${TEMPLATE}`);
  await client.end();
  const orm = await openDatabase({ model: domainModel, url: await ensureDatabase(postgresUrl, TEMPLATE), logger });
  await orm.close();
  // One Meilisearch for the run; each test file uses its own index prefix.
  let meiliUrl = process.env.TEST_MEILI_URL ?? '';
  let meiliMasterKey = process.env.TEST_MEILI_MASTER_KEY ?? '';
  if (!meiliUrl) {
    const meiliDir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-test-meili-'));
    const meili = await startEmbeddedMeilisearch({ dataDir: path.join(meiliDir, 'meili'), logger });
    if (meili) {
      meiliUrl = meili.url;
      meiliMasterKey = meili.apiKey;
      const stopPostgres = stop;
      stop = async () => {
        await meili.stop();
        await rm(meiliDir, { recursive: true, force: true });
        await stopPostgres();
      };
    } else {
      try {
        missingPrerequisite(
          'Meilisearch (the embedded binary is linux-x64 only)',
          'Set TEST_MEILI_URL (and TEST_MEILI_MASTER_KEY) to a Meilisearch 1.21, e.g. `docker compose up meilisearch`.',
          { warn: (message) => logger.warn(message) },
        );
      } catch (error) {
        await stop();
        throw error;
      }
    }
  }
  project.provide('meiliUrl', meiliUrl);
  project.provide('meiliMasterKey', meiliMasterKey);
  project.provide('postgresUrl', postgresUrl);
  project.provide('templateDatabase', TEMPLATE);
  return stop;
}
