/**
 * The entity path search documents were built by until December 2026 (MikroORM entities with populated relations),
 * kept here as an independent reference: entity-documents.test.ts checks that the set-based builders in
 * src/search/documents/ produce the same documents. Not used by the application.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Case } from '../../src/modules/case/case.entity.js';
import type { ContentEntity } from '../../src/modules/content/content.entity.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { outputLabel } from '../../src/modules/discussion/subject.js';
import { Thread } from '../../src/modules/discussion/thread.entity.js';
import { Event, Workshop } from '../../src/modules/event/event.entity.js';
import { EvidenceRating } from '../../src/modules/evidence/evidence-rating.entity.js';
import { EVIDENCE_STRENGTH_SCORE, EvidenceStrength } from '../../src/modules/evidence/evidence.enums.js';
import { Study } from '../../src/modules/evidence/study.entity.js';
import { strongest } from '../../src/modules/evidence/strength.js';
import { Method } from '../../src/modules/method/method.entity.js';
import { WorkshopOutput } from '../../src/modules/outcome/output.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Report } from '../../src/modules/report/report.entity.js';
import { Talk } from '../../src/modules/talk/talk.entity.js';
import type { Topic } from '../../src/modules/topic/topic.entity.js';
import { ageRangesOf } from '../../src/search/age-ranges.js';
import {
  documentId,
  searchRegistry,
  termsOf,
  type SearchDocument,
  type SearchTypeName,
} from '../../src/search/documents.js';
import type { DanishLexicon } from '../../src/search/lexicon.js';
import { markdownToPlainText, scrubDocument } from '../../src/search/plain-text.js';
import { topicTree, withAncestors, type TopicInfo } from '../../src/search/topic-tree.js';

function outputAccess(row: WorkshopOutput): {
  visibility: Visibility;
  publishedAt: Date | null;
  owner: { id: string } | null;
} {
  const workshop = row.workshop.getEntity();
  return {
    visibility: workshop.visibility === Visibility.PUBLIC ? Visibility.MEMBERS : workshop.visibility,
    publishedAt: workshop.publishedAt,
    owner: workshop.owner ? { id: workshop.owner.id } : null,
  };
}

const POPULATE: Record<SearchTypeName, string[]> = {
  Case: ['organisation', 'topics', 'methods'],
  Method: ['topics'],
  Study: ['topics'],
  Talk: ['topics', 'methods'],
  Event: ['topics'],
  Workshop: [],
  Report: ['topics'],
  Organisation: [],
  Thread: [],
  WorkshopOutput: ['workshop', 'organisation', 'talk', 'talk.topics'],
};

type Row = ContentEntity | Organisation | Thread | WorkshopOutput;

/** Loads rows of one type by id, with what their documents need, in a fixed number of queries. */
async function loadRows(em: EntityManager, type: SearchTypeName, ids: string[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const entity = searchRegistry.source(type).entity as new () => Row;
  const where = { id: { $in: ids } } as FilterQuery<Row>;
  const rows: unknown[] = await em.find(entity, where, { populate: POPULATE[type] as never });
  return rows as Row[];
}

/** Builds documents for rows of one type. */
async function buildDocuments(
  em: EntityManager,
  lexicon: DanishLexicon,
  type: SearchTypeName,
  rows: Row[],
): Promise<SearchDocument[]> {
  if (rows.length === 0) return [];
  const tree = await topicTree(em);
  const threads = await threadExtras(
    em,
    tree,
    rows.filter((row): row is Thread => row instanceof Thread),
  );
  return rows.map((row) => scrubDocument(toDocument(lexicon, tree, type, row, threads)));
}

function toDocument(
  lexicon: DanishLexicon,
  tree: Map<string, TopicInfo>,
  type: SearchTypeName,
  row: Row,
  threads: ThreadExtras,
): SearchDocument {
  const text = {
    title: '',
    alias: '',
    summary: '',
    body: '',
    chapters: [] as string[],
    transcript: '',
    people: [] as string[],
    place: [] as string[],
  };
  const facets = {
    organisationKind: null as string | null,
    topics: [] as Topic[],
    /** Topic ids without the loaded Topic (a thread on a topic). */
    topicIds: [] as string[],
    participantKinds: [] as string[],
    subjectType: null as string | null,
    lastActivityAt: null as Date | null,
    targetGroups: [] as string[],
    ageMin: null as number | null,
    ageMax: null as number | null,
    evidence: null as EvidenceStrength | null,
    year: null as number | null,
    dependsOn: [] as string[],
  };
  const ages = (item: { ageMin: number | null; ageMax: number | null; targetGroups: string[] }) => {
    facets.ageMin = item.ageMin;
    facets.ageMax = item.ageMax;
    facets.targetGroups = [...item.targetGroups];
  };
  const viaMethods = (unsorted: Method[]) => {
    const methods = [...unsorted].sort((a, b) => a.id.localeCompare(b.id));
    // A case is as well supported as the best verdict among the methods it uses.
    facets.evidence = methods.length > 0 ? strongest(methods.map((m) => m.verdictStrength)) : null;
    facets.dependsOn.push(...methods.map((m) => `Method:${m.id}`));
  };
  if (row instanceof Case) {
    const org = row.organisation.getEntity();
    Object.assign(text, { title: row.title, summary: row.summary, body: row.body, people: [org.name] });
    Object.assign(facets, { organisationKind: org.kind, year: row.year });
    facets.topics = row.topics.getItems();
    facets.dependsOn.push(`Organisation:${org.id}`);
    ages(row);
    viaMethods(row.methods.getItems());
  } else if (row instanceof Method) {
    Object.assign(text, {
      title: row.name,
      alias: row.originalName ?? '',
      summary: row.summary,
      body: row.description,
    });
    text.place = row.origin ? [row.origin] : [];
    facets.topics = row.topics.getItems();
    facets.evidence = row.verdictStrength; // the editorial verdict, never the strongest single scheme
    ages(row);
  } else if (row instanceof Study) {
    Object.assign(text, { title: row.title, summary: row.abstract, people: [...row.authors] });
    text.place = [row.publisher, ...(row.country ? [row.country] : [])];
    facets.topics = row.topics.getItems();
    facets.year = row.year;
  } else if (row instanceof Talk) {
    Object.assign(text, {
      title: row.title,
      summary: row.summary,
      chapters: row.chapters.map((c) => c.title),
      transcript: row.transcript.map((s) => s.text).join('\n'),
      people: row.speakers.map((s) => s.name),
    });
    facets.topics = row.topics.getItems();
    facets.year = row.startsAt?.getUTCFullYear() ?? null;
    facets.dependsOn.push(`Event:${row.event.id}`);
    viaMethods(row.methods.getItems());
  } else if (row instanceof Event) {
    Object.assign(text, { title: row.title, summary: row.theme, body: row.description, place: [row.venue, row.city] });
    facets.topics = row.topics.getItems();
    facets.year = row.startsAt.getUTCFullYear();
  } else if (row instanceof Workshop) {
    Object.assign(text, { title: row.title, body: row.description });
    text.people = row.facilitator ? [row.facilitator] : [];
    text.place = row.room ? [row.room] : [];
    facets.year = row.startsAt.getUTCFullYear();
    facets.dependsOn.push(`Event:${row.event.id}`);
  } else if (row instanceof Report) {
    Object.assign(text, { title: row.title, summary: row.summary, body: row.body });
    facets.topics = row.topics.getItems();
    facets.year = Number(row.publishedOn.slice(0, 4));
  } else if (row instanceof Organisation) {
    Object.assign(text, { title: row.name, summary: row.description, place: row.city ? [row.city] : [] });
    facets.organisationKind = row.kind;
  } else if (row instanceof WorkshopOutput) {
    const org = row.organisation.getEntity();
    const talk = row.talk?.getEntity();
    Object.assign(text, { title: outputLabel(row.insight), summary: row.insight, body: row.nextStep });
    text.people = [org.name];
    Object.assign(facets, { organisationKind: org.kind, year: row.createdAt.getUTCFullYear() });
    facets.topics = talk ? talk.topics.getItems() : [];
    facets.dependsOn.push(
      `Workshop:${row.workshop.id}`,
      `Organisation:${org.id}`,
      ...(talk ? [`Talk:${talk.id}`] : []),
    );
  } else if (row instanceof Thread) {
    const subject = threads.subjects.get(`${row.subjectType}:${row.subjectId}`);
    const comments = threads.comments.get(row.id) ?? [];
    Object.assign(text, { title: row.title, summary: subject?.label ?? '', body: comments.join('\n\n') });
    facets.participantKinds = [...row.participantKinds].sort();
    facets.subjectType = row.subjectType;
    facets.lastActivityAt = row.lastActivityAt;
    facets.year = row.lastActivityAt.getUTCFullYear();
    facets.topicIds.push(...(subject?.topicIds ?? []));
    facets.dependsOn.push(...(subject?.dependsOn ?? []));
  }
  // Collections load in no particular order; sort so the same row always gives the same document.
  facets.topics = [...facets.topics].sort((a, b) => a.nameDa.localeCompare(b.nameDa, 'da') || a.id.localeCompare(b.id));
  const topicIds = withAncestors(tree, [...facets.topics.map((t) => t.id), ...facets.topicIds]);
  const topicNames = facets.topics.map((t) => tree.get(t.id)?.name ?? t.nameDa);
  const topicNamesEn = facets.topics.map((t) => tree.get(t.id)?.nameEn ?? t.nameEn);
  // Content and threads (which mirror their subject's) carry visibility, publication and owner; organisations are
  // public; an output is read as its workshop is, but only by members (search/output-access.ts).
  const content = row instanceof Organisation ? null : row instanceof WorkshopOutput ? outputAccess(row) : row;
  const terms = (value: string) => termsOf(lexicon, value);
  const published =
    facets.lastActivityAt ?? (content && !(row instanceof WorkshopOutput) ? content.publishedAt : row.createdAt);
  return {
    id: documentId(type, row.id),
    type,
    entityId: row.id,
    title: text.title,
    titleTerms: terms(`${text.title} ${text.alias}`),
    summary: text.summary,
    summaryTerms: terms(text.summary),
    topicNames,
    // English topic names too, so an English query reaches Danish items on its topic ("kinship care").
    topicTerms: `${terms([...topicNames, ...topicNamesEn].join(' '))} ${topicNamesEn.join(' ').toLowerCase()}`.trim(),
    chapters: text.chapters,
    chapterTerms: terms(text.chapters.join(' ')),
    body: text.body,
    bodyTerms: terms(text.body),
    people: text.people,
    place: text.place,
    transcript: text.transcript,
    transcriptTerms: terms(text.transcript),
    visibility: content ? content.visibility : Visibility.PUBLIC,
    published: content ? content.publishedAt !== null : true,
    organisationId: content?.owner?.id ?? null,
    organisationKind: facets.organisationKind,
    participantKinds: facets.participantKinds,
    subjectType: facets.subjectType,
    lastActivityAt: facets.lastActivityAt ? Math.floor(facets.lastActivityAt.getTime() / 1000) : null,
    topicIds,
    targetGroups: facets.targetGroups,
    ageMin: facets.ageMin,
    ageMax: facets.ageMax,
    ageRanges: ageRangesOf(facets.ageMin, facets.ageMax),
    evidenceStrength: facets.evidence,
    evidenceScore: facets.evidence ? EVIDENCE_STRENGTH_SCORE[facets.evidence] : 0,
    year: facets.year,
    date: Math.floor((published ?? row.createdAt).getTime() / 1000),
    dependsOn: [...new Set([...facets.dependsOn, ...topicIds.map((id) => `Topic:${id}`)])],
  };
}

/** What a thread's document shows beyond the thread row: its visible comments' text and what it is about. */
interface ThreadExtras {
  /** Thread id → the plain text of its comments that readers see (not deleted, not hidden), oldest first. */
  comments: Map<string, string[]>;
  /** "Type:id" of a subject → its label, the topics it stands for and the rows whose changes change the label. */
  subjects: Map<string, { label: string; topicIds: string[]; dependsOn: string[] }>;
}

const SUBJECT_ENTITIES: Record<string, new () => ContentEntity> = {
  Case,
  Method,
  Study,
  Talk,
  Event,
  Workshop,
  Report,
};

/**
 * Loads comments and subjects for a batch of threads in a fixed number of queries. Authors are not read at all:
 * documents never name the people who wrote (nor their email addresses), so deleting a member changes nothing here.
 */
async function threadExtras(em: EntityManager, tree: Map<string, TopicInfo>, threads: Thread[]): Promise<ThreadExtras> {
  const extras: ThreadExtras = { comments: new Map(), subjects: new Map() };
  if (threads.length === 0) return extras;
  const rows = await em.getConnection().execute<{ thread_id: string; body: string }[]>(
    `select thread_id, body from comment
      where thread_id in (?) and deleted_at is null and hidden_at is null
      order by created_at, id`,
    [threads.map((thread) => thread.id)],
    'all',
    em.getTransactionContext(),
  );
  for (const row of rows) {
    const text = markdownToPlainText(row.body);
    if (!text) continue;
    const list = extras.comments.get(row.thread_id) ?? [];
    list.push(text);
    extras.comments.set(row.thread_id, list);
  }
  const byType = new Map<string, Set<string>>();
  for (const thread of threads) {
    const ids = byType.get(thread.subjectType) ?? new Set<string>();
    ids.add(thread.subjectId);
    byType.set(thread.subjectType, ids);
  }
  for (const [type, set] of byType) {
    const ids = [...set];
    if (type === 'Topic') {
      for (const id of ids) {
        const topic = tree.get(id);
        if (topic) extras.subjects.set(`Topic:${id}`, { label: topic.name, topicIds: [id], dependsOn: [] });
      }
    } else if (type === 'EvidenceRating') {
      const ratings = await em.find(EvidenceRating, { id: { $in: ids } }, { populate: ['method'] });
      for (const rating of ratings) {
        const method = rating.method.getEntity();
        extras.subjects.set(`EvidenceRating:${rating.id}`, {
          label: `${method.name}: ${rating.scheme} ${rating.value}`,
          topicIds: [],
          // A rating's changes are queued as its method's (search/outbox.subscriber.ts).
          dependsOn: [`Method:${method.id}`],
        });
      }
    } else if (type === 'WorkshopOutput') {
      for (const output of await em.find(WorkshopOutput, { id: { $in: ids } })) {
        const label = outputLabel(output.insight);
        extras.subjects.set(`WorkshopOutput:${output.id}`, {
          label,
          topicIds: [],
          // Its readability is the workshop's, which the subscriber copies onto the thread row without an outbox
          // entry: a change to the workshop must re-index the thread too.
          dependsOn: [`WorkshopOutput:${output.id}`, `Workshop:${output.workshop.id}`],
        });
      }
    } else if (SUBJECT_ENTITIES[type]) {
      const entity: new () => ContentEntity = SUBJECT_ENTITIES[type];
      const found: unknown[] = await em.find(entity, { id: { $in: ids } });
      for (const row of found as ContentEntity[]) {
        const { title, name } = row as unknown as { title?: string; name?: string };
        extras.subjects.set(`${type}:${row.id}`, {
          label: title ?? name ?? row.slug,
          topicIds: [],
          dependsOn: [`${type}:${row.id}`],
        });
      }
    }
  }
  return extras;
}

/** The documents of these rows the entity way (rows that do not exist have none). */
export async function entityDocuments(
  em: EntityManager,
  lexicon: DanishLexicon,
  type: SearchTypeName,
  ids: string[],
): Promise<SearchDocument[]> {
  return buildDocuments(em, lexicon, type, await loadRows(em, type, ids));
}
