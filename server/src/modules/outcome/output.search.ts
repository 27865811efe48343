import type { EntityManager } from '@mikro-orm/postgresql';
import type { Visibility } from '../content/content.enums.js';
import { outputLabel } from '../discussion/subject.js';
import { outputAccess } from '../../search/output-access.js';
import { epoch, readRows, utcYear, type DocumentParts } from '../../search/documents/assemble.js';
import type { SearchSource } from '../../search/documents/registry.js';
import { WorkshopOutput } from './output.entity.js';
import { readableOutputWhere } from '../content/content.policy.js';

interface Row {
  id: string;
  insight: string;
  next_step: string;
  year: number;
  date: number;
  workshop_id: string;
  visibility: Visibility;
  published: boolean;
  owner_id: string | null;
  org_id: string;
  org_name: string;
  org_kind: string;
  talk_id: string | null;
  topic_ids: string[];
}

const SQL = `select w.id, w.insight, w.next_step, ${utcYear('w.created_at')} as year, ${epoch('w.created_at')} as date,
    ws.id as workshop_id, ws.visibility, ws.published_at is not null as published, ws.owner_id,
    o.id as org_id, o.name as org_name, o.kind as org_kind, w.talk_id,
    array(select p.topic_id::text from talk_topics p where p.talk_id = w.talk_id) as topic_ids
  from workshop_output w
  join workshop ws on ws.id = w.workshop_id
  join organisation o on o.id = w.organisation_id
  where w.id in (?)`;

/** An output is filed under its talk's topics, names its organisation and is read as its workshop is. */
async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
  return (await readRows<Row>(em, SQL, ids)).map((row) => ({
    id: row.id,
    title: outputLabel(row.insight),
    summary: row.insight,
    body: row.next_step,
    people: [row.org_name],
    organisationKind: row.org_kind,
    year: row.year,
    topicIds: row.topic_ids,
    dependsOn: [
      `Workshop:${row.workshop_id}`,
      `Organisation:${row.org_id}`,
      ...(row.talk_id ? [`Talk:${row.talk_id}`] : []),
    ],
    access: outputAccess({ visibility: row.visibility, published: row.published, ownerId: row.owner_id }),
    date: row.date,
  }));
}

declare module '../../search/documents/registry.js' {
  interface SearchTypeRegistry {
    WorkshopOutput: WorkshopOutput;
  }
}

/** The WorkshopOutput search type, listed under `search` in outcome.module.ts. */
export const outputSearch: SearchSource<'WorkshopOutput'> = {
  type: 'WorkshopOutput',
  entity: WorkshopOutput,
  description:
    'What organisations took from workshops: the insight and next step (members only, as their workshop allows).',
  table: 'workshop_output',
  load,
  readable: readableOutputWhere,
};
