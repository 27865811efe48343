/**
 * `npm run backup [-- FILE]`: a consistent backup of the database (DATABASE_URL, a running server's embedded
 * PostgreSQL, or the embedded one in DATA_DIR) to FILE (default backups/vidensbro-<time>.sql.gz).
 * `npm run restore -- FILE`: loads a backup into an empty database (a fresh DATA_DIR, or an empty DATABASE_URL),
 * brings it to this release's migrations, and rebuilds the search index.
 */
import 'reflect-metadata';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config.js';
import { reindex } from '../search/reindex.js';
import { MISSING_SEARCH_HINT, startSearch } from '../search/runtime.js';
import { backup, restore } from './backup.js';
import { openDatabase, ormOptions } from './database.js';
import { openDatabaseTarget } from './database-target.js';
import { createLogger } from './logger.js';
import { domainModel } from '../model.js';

const [command, fileArgument] = process.argv.slice(2);
if ((command !== 'backup' && command !== 'restore') || (command === 'restore' && !fileArgument)) {
  console.error('Usage: npm run backup [-- FILE] | npm run restore -- FILE');
  process.exit(2);
}

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const progress = (line: string) => console.log(`  ${line}`);

const database = await openDatabaseTarget(config, logger).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
try {
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.resolve(fileArgument ?? path.join('backups', `vidensbro-${stamp}.sql.gz`));
    await mkdir(path.dirname(file), { recursive: true });
    console.log(`Backing up to ${file} …`);
    const result = await backup({ url: database.url, file, progress });
    console.log(`Backed up ${result.rows} rows of ${result.tables} tables to ${file}.`);
  } else {
    const file = path.resolve(fileArgument!);
    console.log(`Restoring ${file} …`);
    const orm = await MikroORM.init(ormOptions({ model: domainModel, url: database.url, logger }));
    try {
      const result = await restore({
        url: database.url,
        file,
        progress,
        migrations: domainModel.migrations,
        migrate: async (to) => void (await orm.getMigrator().up(to ? { to } : undefined)),
      });
      console.log(`Restored ${result.rows} rows.`);
    } finally {
      await orm.close();
    }
    const migrated = await openDatabase({ model: domainModel, url: database.url, logger });
    const search = await startSearch({ config: { ...config, SEARCH_WORKER: false }, orm: migrated, logger });
    try {
      if (!search.engine) console.log(`${MISSING_SEARCH_HINT} Then run npm run reindex.`);
      else {
        console.log('Rebuilding the search index …');
        await reindex({ orm: migrated, engine: search.engine, logger, progress });
      }
    } finally {
      await search.stop();
      await migrated.close();
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await database.stop();
}
