import type { EntityManager } from '@mikro-orm/postgresql';

export interface TopicInfo {
  name: string;
  nameEn: string;
  parentId: string | null;
}

/** The topic tree, read once per batch (it is small), for names and ancestors. */
export async function topicTree(em: EntityManager): Promise<Map<string, TopicInfo>> {
  // em.execute: inside a reindex's snapshot when there is one.
  const rows = await em.execute<{ id: string; name_da: string; name_en: string; parent_id: string | null }[]>(
    'select id, name_da, name_en, parent_id from topic',
  );
  return new Map(rows.map((r) => [r.id, { name: r.name_da, nameEn: r.name_en, parentId: r.parent_id }]));
}

export function withAncestors(tree: Map<string, TopicInfo>, ids: string[]): string[] {
  const all = new Set<string>();
  for (const id of ids) {
    let current: string | null = id;
    for (let depth = 0; current && depth < 20 && !all.has(current); depth++) {
      all.add(current);
      current = tree.get(current)?.parentId ?? null;
    }
  }
  return [...all];
}
