import type { EntityManager } from '@mikro-orm/postgresql';
import {
  contentAccess,
  contentAccessSql,
  methodsSql,
  readRows,
  topicIdsSql,
  utcYear,
  viaMethods,
  type ContentAccessRow,
  type DocumentParts,
  type MethodFact,
} from '../../search/documents/assemble.js';
import type { SearchSource } from '../../search/documents/registry.js';
import { Talk } from './talk.entity.js';
import { readableWhere } from '../content/read-rule.js';

interface Row extends ContentAccessRow {
  id: string;
  title: string;
  summary: string;
  chapters: { title: string }[];
  transcript: { text: string }[];
  speakers: { name: string }[];
  year: number | null;
  event_id: string;
  topic_ids: string[];
  methods: MethodFact[] | null;
}

const SQL = `select t.id, t.title, t.summary, t.chapters, t.transcript, t.speakers, ${utcYear('t.starts_at')} as year,
    t.event_id, ${contentAccessSql('t')}, ${topicIdsSql('talk_topics', 'talk_id', 't')},
    ${methodsSql('talk_methods', 'talk_id', 't')}
  from talk t
  where t.id in (?)`;

/** A talk is found by its chapters, transcript and speakers, and shows its event and its methods' best verdict. */
async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
  return (await readRows<Row>(em, SQL, ids)).map((row) => {
    const methods = viaMethods(row.methods);
    return {
      id: row.id,
      title: row.title,
      summary: row.summary,
      chapters: row.chapters.map((c) => c.title),
      transcript: row.transcript.map((s) => s.text).join('\n'),
      people: row.speakers.map((s) => s.name),
      topicIds: row.topic_ids,
      year: row.year,
      evidence: methods.evidence,
      dependsOn: [`Event:${row.event_id}`, ...methods.dependsOn],
      access: contentAccess(row),
      date: row.date,
    };
  });
}

declare module '../../search/documents/registry.js' {
  interface SearchTypeRegistry {
    Talk: Talk;
  }
}

/** The Talk search type, listed under `search` in talk.module.ts. */
export const talkSearch: SearchSource<'Talk'> = {
  type: 'Talk',
  entity: Talk,
  description: 'Filmed talks, including their chapters and transcripts.',
  table: 'talk',
  load,
  readable: readableWhere,
};
