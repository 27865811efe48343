import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Orm } from '../../src/platform/database.js';
import { createLogger } from '../../src/platform/logger.js';
import { domainModel } from '../../src/model.js';

export const testLogger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

export interface TestDatabase {
  orm: Orm;
  url: string;
  /** SQL statements seen since the last reset. */
  queries: string[];
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of this test file's own, cloned from the template; dropped by `drop()`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`create database ${name} template ${inject('templateDatabase')}`));
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  const queries: string[] = [];
  const orm = await openDatabase({
    model: domainModel,
    url: url.toString(),
    logger: testLogger,
    onQuery: (sql) => queries.push(sql),
  });
  return {
    orm,
    url: url.toString(),
    queries,
    drop: async () => {
      await orm.close(true);
      await admin((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}
