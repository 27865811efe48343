import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Case } from '../modules/case/case.entity.js';
import type { ContentEntity } from '../modules/content/content.entity.js';
import { outputLabel } from '../modules/discussion/subject.js';
import { Thread } from '../modules/discussion/thread.entity.js';
import { Visibility } from '../modules/content/content.enums.js';
import { Event, Workshop } from '../modules/event/event.entity.js';
import { EVIDENCE_STRENGTH_SCORE, EvidenceStrength } from '../modules/evidence/evidence.enums.js';
import { Study } from '../modules/evidence/study.entity.js';
import { strongest } from '../modules/evidence/strength.js';
import { Method } from '../modules/method/method.entity.js';
import { WorkshopOutput } from '../modules/outcome/output.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Report } from '../modules/report/report.entity.js';
import { Talk } from '../modules/talk/talk.entity.js';
import type { Topic } from '../modules/topic/topic.entity.js';
import { AGE_RANGES, ageRangesOf } from './age-ranges.js';
import { words, type DanishLexicon } from './lexicon.js';
import { scrubDocument } from './plain-text.js';
import { indexedTerms } from './query-analysis.js';
import { outputAccess } from './output-access.js';
import { threadExtras, type ThreadExtras } from './thread-documents.js';
import { topicTree, withAncestors, type TopicInfo } from './topic-tree.js';

/** The node types search finds, by their GraphQL type name. */
export const SEARCH_TYPES = [
  'Case',
  'Method',
  'Study',
  'Talk',
  'Event',
  'Workshop',
  'Report',
  'Organisation',
  'Thread',
  'WorkshopOutput',
] as const;
export type SearchTypeName = (typeof SEARCH_TYPES)[number];

export const ENTITY_OF: Record<SearchTypeName, new () => Row> = {
  Case,
  Method,
  Study,
  Talk,
  Event,
  Workshop,
  Report,
  Organisation,
  Thread,
  WorkshopOutput,
};

export function isSearchType(type: string): type is SearchTypeName {
  return (SEARCH_TYPES as readonly string[]).includes(type);
}

/** One Meilisearch document: everything one search hit needs to be found, filtered, faceted and ranked. */
export interface SearchDocument {
  id: string;
  type: SearchTypeName;
  entityId: string;
  title: string;
  titleTerms: string;
  summary: string;
  summaryTerms: string;
  topicNames: string[];
  topicTerms: string;
  chapters: string[];
  chapterTerms: string;
  body: string;
  bodyTerms: string;
  people: string[];
  place: string[];
  transcript: string;
  transcriptTerms: string;
  visibility: Visibility;
  published: boolean;
  /** The organisation that owns the row (ContentEntity.owner), for ORGANISATION visibility. */
  organisationId: string | null;
  /** The kind of organisation the item comes from (a case's organisation, or an organisation itself). */
  organisationKind: string | null;
  /** A thread's participants' kinds of organisation (empty for everything else). */
  participantKinds: string[];
  /** The type of what a thread is about ("Method", "Topic", …); null for everything else. */
  subjectType: string | null;
  /** Seconds since 1970 of a thread's last comment; null for everything else. */
  lastActivityAt: number | null;
  /** The topics the item is filed under and every topic above them. */
  topicIds: string[];
  targetGroups: string[];
  ageMin: number | null;
  ageMax: number | null;
  ageRanges: string[];
  evidenceStrength: EvidenceStrength | null;
  evidenceScore: number;
  year: number | null;
  /** Seconds since 1970 of publication (or creation; a thread's last activity), for "newest first" when browsing. */
  date: number;
  /** "Type:id" of other rows this document shows data from; their changes re-index it. */
  dependsOn: string[];
}

export function documentId(type: SearchTypeName, id: string): string {
  return `${type}-${id}`;
}

/**
 * Base forms and compound parts that differ from the words themselves, in text order; for a word the Danish
 * dictionary does not know (English titles, names), its English stem, as query-analysis.ts searches it.
 */
export function termsOf(lexicon: DanishLexicon, text: string): string {
  return words(text)
    .flatMap((word) => indexedTerms(lexicon, word))
    .join(' ');
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
export async function loadRows(em: EntityManager, type: SearchTypeName, ids: string[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const entity: new () => Row = ENTITY_OF[type];
  const where = { id: { $in: ids } } as FilterQuery<Row>;
  const rows: unknown[] = await em.find(entity, where, { populate: POPULATE[type] as never });
  return rows as Row[];
}

/** Reads all rows of one type in id order, a page at a time (for reindexing). */
export async function loadRowsAfter(
  em: EntityManager,
  type: SearchTypeName,
  afterId: string | null,
  limit: number,
): Promise<Row[]> {
  const where = (afterId ? { id: { $gt: afterId } } : {}) as FilterQuery<Row>;
  const entity: new () => Row = ENTITY_OF[type];
  const options = { populate: POPULATE[type] as never, orderBy: { id: 'asc' } as never, limit };
  const rows: unknown[] = await em.find(entity, where, options);
  return rows as Row[];
}

/** Builds documents for rows of one type. */
export async function buildDocuments(
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

export { AGE_RANGES };
