import type { MigrationObject } from '@mikro-orm/core';

/**
 * The one order migrations run in: the platform's list as it is (its history holds two pairs out of name order,
 * and every database that ran them must keep seeing the same list), with each module's migration placed after
 * every migration named before it. Names start with their creation time (`Migration20270104090000_guide`), so a
 * module's new migration runs after everything older, wherever it is declared. A name used twice is refused.
 */
export function inTimeOrder(
  listed: readonly MigrationObject[],
  added: readonly { module: string; migration: MigrationObject }[],
): MigrationObject[] {
  const seen = new Map<string, string>(listed.map((m) => [m.name, 'platform/migrations']));
  for (const { module, migration } of added) {
    const earlier = seen.get(migration.name);
    if (earlier) throw new Error(`The migration ${migration.name} is declared by both ${earlier} and ${module}.`);
    seen.set(migration.name, module);
  }
  const ordered = [...listed];
  const byName = [...added].map((a) => a.migration).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const migration of byName) {
    let at = ordered.length;
    while (at > 0 && ordered[at - 1]!.name > migration.name) at--;
    ordered.splice(at, 0, migration);
  }
  return ordered;
}
