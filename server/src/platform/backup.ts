import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/**
 * A backup is a gzipped plain-SQL file in pg_dump's data format: a header comment that names the migrations the
 * database had, then one `COPY … FROM stdin;` block per table, ending in `\.`. `psql -f` can load it into a
 * database migrated to the same version; `npm run restore` does that for you (migrate, load, migrate the rest).
 */
export const HEADER_PREFIX = '-- vidensbro-backup: ';
const MIGRATIONS_TABLE = 'mikro_orm_migrations';
/**
 * Tables a migration fills itself (the mail signing key): a fresh, migrated database already has their rows, so
 * they do not make it "not empty", and a restore replaces them with the backup's.
 */
const FILLED_BY_MIGRATIONS = new Set(['mail_key']);

interface Header {
  format: 'vidensbro-backup';
  version: 1;
  createdAt: string;
  migrations: string[];
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function tables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> $1 order by 1`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => row.name);
}

/** Stored columns only: generated columns are computed again on load. */
async function columns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select attname as name from pg_attribute
      where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`,
    [ident(table)],
  );
  return rows.map((row) => row.name);
}

async function write(stream: NodeJS.WritableStream, text: string | Buffer): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Writes a consistent backup (one REPEATABLE READ snapshot) of the database at `url` to `file`. */
export async function backup(props: {
  url: string;
  file: string;
  progress?: (line: string) => void;
}): Promise<{ tables: number; rows: number }> {
  const client = await connect(props.url);
  const partial = `${props.file}.partial`;
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows: applied } = await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`);
    const header: Header = {
      format: 'vidensbro-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: applied.map((row) => row.name),
    };
    const gzip = createGzip();
    const done = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
    await write(gzip, `-- Vidensbro backup, ${header.createdAt}\n${HEADER_PREFIX}${JSON.stringify(header)}\n`);
    await write(gzip, "SET client_encoding = 'UTF8';\n\n");
    let total = 0;
    const names = await tables(client);
    for (const table of names) {
      const list = (await columns(client, table)).map(ident).join(', ');
      await write(gzip, `COPY ${ident(table)} (${list}) FROM stdin;\n`);
      const source = client.query(copyTo(`COPY (SELECT ${list} FROM ${ident(table)}) TO STDOUT`));
      for await (const chunk of source) await write(gzip, chunk as Buffer);
      await write(gzip, '\\.\n\n');
      total += source.rowCount ?? 0;
      props.progress?.(`${table}: ${source.rowCount ?? 0} rows`);
    }
    gzip.end();
    await done;
    await client.query('commit');
    await rename(partial, props.file);
    return { tables: names.length, rows: total };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** Reads the header, then hands each COPY block's statement and data lines to `onBlock`. */
async function readBackup(
  file: string,
  onHeader: (header: Header) => Promise<void>,
  onBlock: (statement: string, lines: AsyncIterator<string>) => Promise<void>,
): Promise<void> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let header: Header | undefined;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const line = next.value;
    if (line.startsWith(HEADER_PREFIX)) {
      header = JSON.parse(line.slice(HEADER_PREFIX.length)) as Header;
      if (header.format !== 'vidensbro-backup') throw new Error(`${file} is not a Vidensbro backup.`);
      await onHeader(header);
    } else if (line.startsWith('COPY ')) {
      if (!header) throw new Error(`${file} has no Vidensbro backup header.`);
      await onBlock(line.replace(/;$/, '').replace(/ FROM stdin$/, ' FROM STDIN'), iterator);
    }
  }
  if (!header) throw new Error(`${file} is not a Vidensbro backup (no header).`);
}

/**
 * Loads a backup into an empty database: migrates to the backup's version, loads every table in one transaction
 * (foreign keys dropped and re-added, so the order of rows does not matter and the re-add checks them all),
 * moves sequences past the loaded ids, then applies this release's newer migrations.
 */
export async function restore(props: {
  url: string;
  file: string;
  /** The migrations this release knows, in order (model.ts `domainModel.migrations`). */
  migrations: readonly { name: string }[];
  migrate: (to?: string) => Promise<void>;
  progress?: (line: string) => void;
}): Promise<{ rows: number }> {
  const known = new Set(props.migrations.map((migration) => migration.name));
  const client = await connect(props.url);
  let rows = 0;
  let foreignKeys: { table: string; name: string; definition: string }[] = [];
  try {
    await readBackup(
      props.file,
      async (header) => {
        const unknown = header.migrations.filter((name) => !known.has(name));
        if (unknown.length > 0)
          throw new Error(
            `The backup was made by a newer Vidensbro (migrations ${unknown.join(', ')}); upgrade first.`,
          );
        await assertEmpty(client);
        await props.migrate(header.migrations.at(-1));
        await client.query('begin');
        const { rows: keys } = await client.query<{ table: string; name: string; definition: string }>(
          `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
             from pg_constraint where contype = 'f' and connamespace = current_schema()::regnamespace`,
        );
        for (const key of keys) await client.query(`alter table ${key.table} drop constraint ${ident(key.name)}`);
        foreignKeys = keys;
        for (const table of await tables(client))
          if (FILLED_BY_MIGRATIONS.has(table)) await client.query(`delete from ${ident(table)}`);
      },
      async (statement, lines) => {
        const sink = client.query(copyFrom(statement));
        const finished = once(sink, 'finish');
        for (let next = await lines.next(); !next.done && next.value !== '\\.'; next = await lines.next()) {
          await write(sink, `${next.value}\n`);
        }
        sink.end();
        await finished;
        rows += sink.rowCount ?? 0;
        props.progress?.(`${statement.split(' ')[1]}: ${sink.rowCount ?? 0} rows`);
      },
    );
    for (const key of foreignKeys) {
      await client.query(`alter table ${key.table} add constraint ${ident(key.name)} ${key.definition}`);
    }
    await resetSequences(client);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  await props.migrate();
  return { rows };
}

async function assertEmpty(client: pg.Client): Promise<void> {
  const names = await tables(client);
  for (const table of names.filter((name) => !FILLED_BY_MIGRATIONS.has(name))) {
    const { rows } = await client.query(`select 1 from ${ident(table)} limit 1`);
    if (rows.length > 0)
      throw new Error(`The target database is not empty (table ${table} has rows); restore into a fresh one.`);
  }
}

/** Serial and identity columns continue after the highest loaded value. */
async function resetSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `select c.table_name as table, c.column_name as column,
            pg_get_serial_sequence(format('%I', c.table_name), c.column_name) as sequence
       from information_schema.columns c
      where c.table_schema = current_schema()
        and pg_get_serial_sequence(format('%I', c.table_name), c.column_name) is not null`,
  );
  for (const row of rows) {
    await client.query(
      `select setval($1, coalesce((select max(${ident(row.column)}) from ${ident(row.table)}), 1),
                     (select max(${ident(row.column)}) from ${ident(row.table)}) is not null)`,
      [row.sequence],
    );
  }
}
