import type { EntityManager } from '@mikro-orm/postgresql';
import {
  contentAccess,
  contentAccessSql,
  methodsSql,
  readRows,
  topicIdsSql,
  viaMethods,
  type ContentAccessRow,
  type DocumentParts,
  type MethodFact,
} from '../../search/documents/assemble.js';
import type { SearchSource } from '../../search/documents/registry.js';
import { Case } from './case.entity.js';
import { readableWhere } from '../content/read-rule.js';

interface Row extends ContentAccessRow {
  id: string;
  title: string;
  summary: string;
  body: string;
  year: number;
  target_groups: string[];
  age_min: number | null;
  age_max: number | null;
  org_id: string;
  org_name: string;
  org_kind: string;
  topic_ids: string[];
  methods: MethodFact[] | null;
}

const SQL = `select c.id, c.title, c.summary, c.body, c.year, c.target_groups, c.age_min, c.age_max,
    ${contentAccessSql('c')}, o.id as org_id, o.name as org_name, o.kind as org_kind,
    ${topicIdsSql('case_topics', 'case_id', 'c')}, ${methodsSql('case_methods', 'case_id', 'c')}
  from practice_case c join organisation o on o.id = c.organisation_id
  where c.id in (?)`;

/** A case shows its organisation's name and kind, its topics, and the best verdict among its methods. */
async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
  return (await readRows<Row>(em, SQL, ids)).map((row) => {
    const methods = viaMethods(row.methods);
    return {
      id: row.id,
      title: row.title,
      summary: row.summary,
      body: row.body,
      people: [row.org_name],
      organisationKind: row.org_kind,
      year: row.year,
      topicIds: row.topic_ids,
      targetGroups: row.target_groups,
      ageMin: row.age_min,
      ageMax: row.age_max,
      evidence: methods.evidence,
      dependsOn: [`Organisation:${row.org_id}`, ...methods.dependsOn],
      access: contentAccess(row),
      date: row.date,
    };
  });
}

declare module '../../search/documents/registry.js' {
  interface SearchTypeRegistry {
    Case: Case;
  }
}

/** The Case search type, listed under `search` in case.module.ts. */
export const caseSearch: SearchSource<'Case'> = {
  type: 'Case',
  entity: Case,
  description: 'Practice examples.',
  table: 'practice_case',
  load,
  readable: readableWhere,
};
