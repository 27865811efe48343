/**
 * Developer command: `npm run migration:create -w server`. Starts a throw-away embedded PostgreSQL, applies the
 * existing migrations, diffs the entities against the result and writes the difference as a new migration file.
 */
import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, ormOptions } from '../database.js';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import { createLogger } from '../logger.js';
import { domainModel } from '../../model.js';

const logger = createLogger('info');
const sourceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../src/platform/migrations');
const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-migration-'));
await chmod(dir, 0o755); // the postgres OS user must reach it
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), logger, ephemeral: true });
try {
  const url = await ensureDatabase(pg.url, 'migration_diff');
  const base = ormOptions({ model: domainModel, url, logger });
  const orm = await MikroORM.init({
    ...base,
    migrations: { ...base.migrations, path: sourceDir, emit: 'ts', fileName: (ts) => `Migration${ts}` },
  });
  await orm.getMigrator().up();
  const result = await orm.getMigrator().createMigration(sourceDir, false, false);
  if (result.diff.up.length === 0) logger.info('The entities match the migrations; nothing to write.');
  else
    logger.info(
      `Wrote ${result.fileName}; review it (indexes made in hand-written migrations show up as drops: delete those lines). ` +
        `A change to one module's tables: move its class into that module's <name>.migrations.ts and list it under ` +
        `\`migrations\` in its <domain>.module.ts. A change across modules: add it to migrationsList in ${path.join(sourceDir, 'index.ts')}.`,
    );
  await orm.close();
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
