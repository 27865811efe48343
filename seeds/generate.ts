/**
 * `npm run seed:generate -- --cases 100000 [--seed 7]`: fills the configured database (DATABASE_URL, or the embedded
 * PostgreSQL in DATA_DIR) with deterministic synthetic content, for benchmarks. Safe to run twice: rows are
 * matched on slug.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config.js';
import { ensureDatabase, openDatabase } from '../server/src/platform/database.js';
import { startEmbeddedPostgres } from '../server/src/platform/embedded-postgres.js';
import { createLogger } from '../server/src/platform/logger.js';
import { seedContent } from '../server/src/seeding/seed.js';
import { generateContent } from './generate-content.js';
import { domainModel } from '../server/src/model.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    methods: { type: 'string' },
    studies: { type: 'string' },
    organisations: { type: 'string' },
    seed: { type: 'string', default: '20261129' },
  },
});

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return parsed;
}

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const postgres = config.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg'), logger });
try {
  const url = config.DATABASE_URL ?? (await ensureDatabase(postgres!.url, 'vidensbro'));
  const orm = await openDatabase({ model: domainModel, url, logger });
  const started = Date.now();
  const content = generateContent({
    cases: count('cases', values.cases) ?? 10_000,
    methods: count('methods', values.methods),
    studies: count('studies', values.studies),
    organisations: count('organisations', values.organisations),
    seed: count('seed', values.seed),
  });
  logger.info(
    `Generated ${content.cases.length} cases, ${content.methods.length} methods, ${content.studies.length} studies; loading…`,
  );
  const { created } = await seedContent(orm.em, content, (line) => logger.info(line));
  // Fresh statistics, so the first queries after a bulk load are planned for the data that is there now.
  await orm.em.getConnection().execute('analyze');
  logger.info(`Loaded ${created} new rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  await orm.close();
} finally {
  await postgres?.stop();
}
