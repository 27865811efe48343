import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backup, HEADER_PREFIX, restore } from '../src/platform/backup.js';
import { ormOptions } from '../src/platform/database.js';
import { startEmbeddedPostgres } from '../src/platform/embedded-postgres.js';
import { seedDemoIfEmpty } from '../src/seeding/seed-demo.js';
import { createTestDatabase, testLogger, type TestDatabase } from './helpers/database.js';
import { root, serverMain } from './helpers/processes.js';
import { domainModel } from '../src/model.js';

const PREVIOUS_RELEASE = path.join(import.meta.dirname, 'fixtures', 'previous-release.sql.gz');
let dir: string;
let source: TestDatabase;
const created: string[] = [];

async function sql<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A database with nothing in it, as a fresh installation has. */
async function emptyDatabase(): Promise<string> {
  const name = `restore_${randomBytes(5).toString('hex')}`;
  await sql(inject('postgresUrl'), `create database ${name}`);
  created.push(name);
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

async function restoreInto(url: string, file: string) {
  const orm = await MikroORM.init(ormOptions({ model: domainModel, url, logger: testLogger }));
  try {
    return await restore({
      url,
      file,
      migrations: domainModel.migrations,
      migrate: async (to) => void (await orm.getMigrator().up(to ? { to } : undefined)),
    });
  } finally {
    await orm.close();
  }
}

/** Every table's row count and a checksum of all its rows, to compare two databases row by row. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>(
    url,
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await sql<{ n: number; sum: string | null }>(
      url,
      `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as sum from "${name}" t`,
    );
    result[name] = `${row!.n}:${row!.sum}`;
  }
  return result;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-backup-'));
  await chmod(dir, 0o755); // as root, the postgres OS user must reach it, so the data stays in this folder
  source = await createTestDatabase();
  await seedDemoIfEmpty(source.orm.em, testLogger, path.join(dir, 'accounts.txt'));
}, 120_000);
afterAll(async () => {
  await source.drop();
  for (const name of created) await sql(inject('postgresUrl'), `drop database if exists ${name} with (force)`);
  await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round-trips every row of every table, and ids continue after the restored ones', async () => {
    const file = path.join(dir, 'round-trip.sql.gz');
    const made = await backup({ url: source.url, file });
    expect(made.rows).toBeGreaterThan(100);
    const target = await emptyDatabase();
    await restoreInto(target, file);
    expect(await fingerprint(target)).toEqual(await fingerprint(source.url));
    const [max] = await sql<{ id: string }>(target, 'select max(id) as id from search_outbox');
    const [next] = await sql<{ id: string }>(
      target,
      `insert into search_outbox (entity_type, entity_id, op) values ('Case', gen_random_uuid(), 'upsert') returning id`,
    );
    expect(BigInt(next!.id)).toBeGreaterThan(BigInt(max!.id ?? 0));
  }, 120_000);

  it('brings a backup made by the previous release up to this release’s schema, data included', async () => {
    const target = await emptyDatabase();
    const restored = await restoreInto(target, PREVIOUS_RELEASE);
    expect(restored.rows).toBeGreaterThan(500);
    const applied = await sql<{ name: string }>(target, 'select name from mikro_orm_migrations order by id');
    expect(applied.map((row) => row.name)).toEqual(domainModel.migrations.map((migration) => migration.name));
    const [counts] = await sql<{ methods: number; cases: number }>(
      target,
      'select (select count(*)::int from method) as methods, (select count(*)::int from practice_case) as cases',
    );
    expect(counts).toMatchObject({ methods: 19, cases: 26 }); // as the fixture holds them
  }, 120_000);

  it('refuses a target that has data, and a backup from a newer release, changing nothing', async () => {
    await expect(restoreInto(source.url, PREVIOUS_RELEASE)).rejects.toThrow(/not empty/);
    const newer = path.join(dir, 'newer.sql.gz');
    const header = { format: 'vidensbro-backup', version: 1, createdAt: '', migrations: ['Migration29990101_future'] };
    await writeFile(newer, gzipSync(`${HEADER_PREFIX}${JSON.stringify(header)}\n`));
    const target = await emptyDatabase();
    await expect(restoreInto(target, newer)).rejects.toThrow(/newer Vidensbro/);
    expect(await sql(target, `select 1 from information_schema.tables where table_schema = 'public'`)).toEqual([]);
  }, 60_000);

  it('npm run restore fills a fresh data folder (embedded PostgreSQL) and rebuilds the search index', async () => {
    const file = path.join(dir, 'cli.sql.gz');
    await backup({ url: source.url, file });
    const dataDir = path.join(dir, 'fresh');
    const meili = inject('meiliUrl')
      ? {
          MEILI_URL: inject('meiliUrl'),
          MEILI_MASTER_KEY: inject('meiliMasterKey'),
          SEARCH_INDEX_PREFIX: `restore${randomBytes(3).toString('hex')}_`,
        }
      : {};
    const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [path.join(path.dirname(serverMain), 'platform/backup-cli.js'), 'restore', file],
        {
          cwd: root,
          env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...meili },
        },
      );
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', (code) => resolve({ code, output }));
    });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/Restored \d+ rows/);
    if (inject('meiliUrl')) expect(run.output).toMatch(/Reindexed \d+ documents/);
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), logger: testLogger });
    try {
      const url = new URL(postgres.url);
      url.pathname = '/vidensbro';
      const [row] = await sql<{ n: number }>(url.toString(), 'select count(*)::int as n from method');
      const [expected] = await sql<{ n: number }>(source.url, 'select count(*)::int as n from method');
      expect(row!.n).toBe(expected!.n);
    } finally {
      await postgres.stop();
    }
  }, 180_000);
});
