import type { TestDatabase } from './database.js';

/**
 * Every row of every table, hashed per table: any insert, update or delete changes it. For tests that must show a
 * refused request changed nothing at all.
 */
export async function fingerprint(db: TestDatabase, skip: readonly string[] = []): Promise<Record<string, string>> {
  const conn = db.orm.em.fork().getConnection();
  const tables = await conn.execute<{ name: string }[]>(
    "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1",
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    if (skip.includes(name)) continue;
    const [row] = await conn.execute<{ h: string | null }[]>(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${name}" t`,
    );
    result[name] = row?.h ?? '';
  }
  return result;
}
