import type { EntityManager } from '@mikro-orm/postgresql';
import type { Visibility } from '../content/content.enums.js';
import { outputLabel } from './subject.js';
import { markdownToPlainText } from '../../search/plain-text.js';
import { epoch, readRows, utcYear, type DocumentParts } from '../../search/documents/assemble.js';
import { searchFeed, type SearchSource } from '../../search/documents/registry.js';
import { Comment } from './comment.entity.js';
import { Thread } from './thread.entity.js';
import { readableWhere } from '../content/read-rule.js';

interface Row {
  id: string;
  title: string;
  subject_type: string;
  subject_id: string;
  participant_kinds: string[];
  visibility: Visibility;
  published: boolean;
  owner_id: string | null;
  last_activity_at: number;
  year: number;
  /** The subject's label as stored (an output's insight, a rating's "method: scheme value"); null: no subject. */
  label: string | null;
  /** A rating's method, an output's workshop. */
  parent_id: string | null;
}

/** Content a thread can be about, with the column that names it. */
const CONTENT_SUBJECTS: Record<string, { table: string; label: string }> = {
  Case: { table: 'practice_case', label: 'title' },
  Method: { table: 'method', label: 'name' },
  Study: { table: 'study', label: 'title' },
  Talk: { table: 'talk', label: 'title' },
  Event: { table: 'event', label: 'title' },
  Workshop: { table: 'workshop', label: 'title' },
  Report: { table: 'report', label: 'title' },
};

// One branch per kind of subject; PostgreSQL runs only the branch whose type matches (a one-time filter).
const SUBJECT_SQL = [
  ...Object.entries(CONTENT_SUBJECTS).map(
    ([name, subject]) =>
      `select s.${subject.label}::text as label, null::uuid as parent_id from ${subject.table} s
        where t.subject_type = '${name}' and s.id = t.subject_id`,
  ),
  `select m.name || ': ' || r.scheme || ' ' || r.value, r.method_id from evidence_rating r
     join method m on m.id = r.method_id where t.subject_type = 'EvidenceRating' and r.id = t.subject_id`,
  `select o.insight, o.workshop_id from workshop_output o where t.subject_type = 'WorkshopOutput' and o.id = t.subject_id`,
  `select tp.name_da, null from topic tp where t.subject_type = 'Topic' and tp.id = t.subject_id`,
].join(' union all ');

const SQL = `select t.id, t.title, t.subject_type, t.subject_id, t.participant_kinds, t.visibility,
    t.published_at is not null as published, t.owner_id, ${epoch('t.last_activity_at')} as last_activity_at,
    ${utcYear('t.last_activity_at')} as year, s.label, s.parent_id
  from thread t
  left join lateral (${SUBJECT_SQL} limit 1) s on true
  where t.id in (?)`;

/** Readers see comments that are neither deleted nor hidden; authors are not read (documents never name them). */
const COMMENTS_SQL = `select thread_id, body from comment
  where thread_id in (?) and deleted_at is null and hidden_at is null
  order by created_at, id`;

interface Subject {
  label: string;
  topicIds: string[];
  dependsOn: string[];
}

function subjectOf(row: Row): Subject | null {
  if (row.label === null) return null;
  const { subject_type: kind, subject_id: id } = row;
  if (kind === 'Topic') return { label: row.label, topicIds: [id], dependsOn: [] };
  // A rating's changes are queued as its method's (search/outbox.subscriber.ts).
  if (kind === 'EvidenceRating') return { label: row.label, topicIds: [], dependsOn: [`Method:${row.parent_id}`] };
  // An output's readability is the workshop's, which the subscriber copies onto the thread row without an outbox
  // entry: a change to the workshop must re-index the thread too.
  if (kind === 'WorkshopOutput')
    return {
      label: outputLabel(row.label),
      topicIds: [],
      dependsOn: [`WorkshopOutput:${id}`, `Workshop:${row.parent_id}`],
    };
  return { label: row.label, topicIds: [], dependsOn: [`${kind}:${id}`] };
}

/**
 * A thread is found by its title, what it is about (the subject's label, and a topic's place in the tree) and its
 * visible comments as plain text; it is read as its own row says (mirroring its subject's readability).
 */
async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
  const rows = await readRows<Row>(em, SQL, ids);
  if (rows.length === 0) return [];
  const comments = new Map<string, string[]>();
  for (const comment of await readRows<{ thread_id: string; body: string }>(em, COMMENTS_SQL, ids)) {
    const text = markdownToPlainText(comment.body);
    if (!text) continue;
    const list = comments.get(comment.thread_id) ?? [];
    list.push(text);
    comments.set(comment.thread_id, list);
  }
  return rows.map((row) => {
    const subject = subjectOf(row);
    return {
      id: row.id,
      title: row.title,
      summary: subject?.label ?? '',
      body: (comments.get(row.id) ?? []).join('\n\n'),
      participantKinds: [...row.participant_kinds].sort(),
      subjectType: row.subject_type,
      lastActivityAt: row.last_activity_at,
      year: row.year,
      subjectTopicIds: subject?.topicIds ?? [],
      dependsOn: subject?.dependsOn ?? [],
      access: { visibility: row.visibility, published: row.published, organisationId: row.owner_id },
      date: row.last_activity_at,
    };
  });
}

declare module '../../search/documents/registry.js' {
  interface SearchTypeRegistry {
    Thread: Thread;
  }
}

/** The Thread search type, listed under `search` in discussion.module.ts. */
export const threadSearch: SearchSource<'Thread'> = {
  type: 'Thread',
  entity: Thread,
  description: 'Discussion threads, found by their title, what they are about and their comments’ text (members only).',
  table: 'thread',
  load,
  readable: readableWhere,
  // No other document shows a thread.
  shownInOthers: false,
};

/**
 * A comment's text is shown in its thread's document (whatever happens to the comment, the thread stays); a new
 * "useful" count or a moderator's note changes nothing there.
 */
export const commentFeed = searchFeed<Comment>({
  entity: Comment,
  parent: (comment) => ({ type: 'Thread', id: comment.thread.id }),
  shownProperties: ['thread', 'body', 'deletedAt', 'hiddenAt'],
});
