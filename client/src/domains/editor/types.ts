import type { Client, OperationResult, TypedDocumentNode } from '@urql/core';
import type { UserErrorLike } from '../../components/userErrors';
import type {
  CaseInput,
  EventInput,
  EvidenceRatingInput,
  MethodInput,
  ReportInput,
  StudyInput,
  TalkInput,
  TopicInput,
  WorkshopInput,
} from '../../graphql/generated/graphql';
import { paths } from '../../paths';
import { COST_UNITS, DESIGNS, EVENT_KINDS, SCHEMES, SETTINGS, TARGET_GROUPS, VISIBILITIES } from '../enums';
import type { FieldDescriptor } from './fields';
import {
  CreateCaseDoc,
  CreateEventDoc,
  CreateMethodDoc,
  CreateReportDoc,
  CreateStudyDoc,
  CreateTalkDoc,
  CreateTopicDoc,
  CreateWorkshopDoc,
  UpdateCaseDoc,
  UpdateEventDoc,
  UpdateMethodDoc,
  UpdateReportDoc,
  UpdateStudyDoc,
  UpdateTalkDoc,
  UpdateTopicDoc,
  UpdateWorkshopDoc,
} from './save.graphql';

export const EDITABLE_TYPES = ['method', 'case', 'study', 'event', 'talk', 'workshop', 'report', 'topic'] as const;
export type EditableType = (typeof EDITABLE_TYPES)[number];

export const GRADES = ['A', 'B', 'C', 'D'] as const;

/** What saving returned: the saved item (to go to its page) or the problems to show. */
export interface SaveOutcome {
  result: Pick<OperationResult, 'error'>;
  saved?: { id: string; slug: string } | null;
  userErrors?: readonly UserErrorLike[];
}

type Payload = { userErrors: UserErrorLike[] } & Record<string, unknown>;

async function run<D, V extends object>(
  client: Client,
  doc: TypedDocumentNode<D, V>,
  variables: V,
  pick: (data: D) => Payload,
  key: string,
): Promise<SaveOutcome> {
  const result = await client.mutation(doc, variables).toPromise();
  const payload = result.data ? pick(result.data) : undefined;
  return {
    result,
    saved: payload?.[key] as SaveOutcome['saved'],
    userErrors: payload?.userErrors,
  };
}

export interface TypeConfig<I = Record<string, unknown>> {
  type: EditableType;
  typename: string;
  fields: readonly FieldDescriptor<keyof I & string>[];
  /** The field whose value names the item (for headings and confirmations). */
  titleField: keyof I & string;
  path: (slug: string) => string;
  /** Whether it has a draft/published state (topics do not). */
  publishable: boolean;
  /** Case texts are checked for likely personal data, which the writer may confirm is not. */
  personalDataWarning?: boolean;
  save(client: Client, id: string | undefined, input: I): Promise<SaveOutcome>;
}

const visibility = {
  name: 'visibility',
  kind: 'enum',
  enum: 'visibility',
  values: VISIBILITIES,
  initial: 'PUBLIC',
} as const;
const topics = { name: 'topics', kind: 'refs', options: 'topics' } as const;
const targetGroups = { name: 'targetGroups', kind: 'enums', enum: 'targetGroup', values: TARGET_GROUPS } as const;
const slug = { name: 'slug', kind: 'text' } as const;

const caseType: TypeConfig<CaseInput> = {
  type: 'case',
  typename: 'Case',
  titleField: 'title',
  path: paths.case,
  publishable: true,
  personalDataWarning: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'summary', kind: 'text', required: true, content: true },
    { name: 'body', kind: 'markdown', required: true, content: true },
    { name: 'organisation', kind: 'ref', options: 'organisations', createOnly: true },
    { name: 'year', kind: 'int', required: true },
    { name: 'ageMin', kind: 'int' },
    { name: 'ageMax', kind: 'int' },
    targetGroups,
    { name: 'methods', kind: 'refs', options: 'methods' },
    topics,
    { ...visibility, initial: 'MEMBERS' },
    slug,
  ],
  save: (client, id, input) =>
    id
      ? run(client, UpdateCaseDoc, { id, input }, (d) => d.updateCase, 'case')
      : run(client, CreateCaseDoc, { input }, (d) => d.createCase, 'case'),
};

const methodType: TypeConfig<MethodInput> = {
  type: 'method',
  typename: 'Method',
  titleField: 'name',
  path: paths.method,
  publishable: true,
  fields: [
    { name: 'name', kind: 'text', required: true, content: true },
    { name: 'originalName', kind: 'text', content: true },
    { name: 'summary', kind: 'text', required: true, content: true },
    { name: 'description', kind: 'markdown', required: true, content: true },
    { name: 'origin', kind: 'text', content: true },
    { name: 'website', kind: 'url' },
    { name: 'ageMin', kind: 'int' },
    { name: 'ageMax', kind: 'int' },
    targetGroups,
    { name: 'settings', kind: 'enums', enum: 'setting', values: SETTINGS },
    { name: 'costNote', kind: 'text', content: true },
    { name: 'costDkk', kind: 'int' },
    { name: 'costUnit', kind: 'enum', enum: 'costUnit', values: COST_UNITS },
    { name: 'trainingDuration', kind: 'text', content: true },
    { name: 'trainingCertifiedBy', kind: 'text', content: true },
    { name: 'providers', kind: 'parties', content: true },
    { name: 'municipalities', kind: 'parties', content: true },
    { name: 'studies', kind: 'refs', options: 'studies' },
    topics,
    visibility,
    slug,
  ],
  save: (client, id, input) =>
    id
      ? run(client, UpdateMethodDoc, { id, input }, (d) => d.updateMethod, 'method')
      : run(client, CreateMethodDoc, { input }, (d) => d.createMethod, 'method'),
};

const studyType: TypeConfig<StudyInput> = {
  type: 'study',
  typename: 'Study',
  titleField: 'title',
  path: paths.study,
  publishable: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'authors', kind: 'lines', content: true },
    { name: 'year', kind: 'int', required: true },
    { name: 'design', kind: 'enum', enum: 'design', values: DESIGNS, required: true },
    { name: 'publisher', kind: 'text', required: true, content: true },
    { name: 'country', kind: 'text', content: true },
    { name: 'abstract', kind: 'markdown', required: true, content: true },
    { name: 'url', kind: 'url' },
    topics,
    visibility,
    slug,
  ],
  save: (client, id, input) =>
    id
      ? run(client, UpdateStudyDoc, { id, input }, (d) => d.updateStudy, 'study')
      : run(client, CreateStudyDoc, { input }, (d) => d.createStudy, 'study'),
};

const eventType: TypeConfig<EventInput> = {
  type: 'event',
  typename: 'Event',
  titleField: 'title',
  path: paths.event,
  publishable: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'kind', kind: 'enum', enum: 'eventKind', values: EVENT_KINDS, required: true },
    { name: 'theme', kind: 'text', required: true, content: true },
    { name: 'description', kind: 'markdown', required: true, content: true },
    { name: 'startsAt', kind: 'datetime', required: true },
    { name: 'endsAt', kind: 'datetime', required: true },
    { name: 'venue', kind: 'text', required: true, content: true },
    { name: 'city', kind: 'text', required: true, content: true },
    topics,
    visibility,
    slug,
  ],
  save: (client, id, input) =>
    id
      ? run(client, UpdateEventDoc, { id, input }, (d) => d.updateEvent, 'event')
      : run(client, CreateEventDoc, { input }, (d) => d.createEvent, 'event'),
};

const talkType: TypeConfig<TalkInput> = {
  type: 'talk',
  typename: 'Talk',
  titleField: 'title',
  path: paths.talk,
  publishable: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'summary', kind: 'markdown', required: true, content: true },
    { name: 'event', kind: 'ref', options: 'events', required: true },
    { name: 'startsAt', kind: 'datetime', required: true },
    { name: 'durationSeconds', kind: 'int', required: true },
    { name: 'speakers', kind: 'speakers', content: true },
    { name: 'videoUrl', kind: 'url' },
    { name: 'chapters', kind: 'timed', textKey: 'title', content: true },
    { name: 'transcript', kind: 'timed', textKey: 'text', content: true },
    { name: 'methods', kind: 'refs', options: 'methods' },
    topics,
    visibility,
    slug,
  ],
  save: (client, id, input) =>
    id
      ? run(client, UpdateTalkDoc, { id, input }, (d) => d.updateTalk, 'talk')
      : run(client, CreateTalkDoc, { input }, (d) => d.createTalk, 'talk'),
};

const workshopType: TypeConfig<WorkshopInput> = {
  type: 'workshop',
  typename: 'Workshop',
  titleField: 'title',
  path: paths.workshop,
  publishable: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'description', kind: 'markdown', required: true, content: true },
    { name: 'event', kind: 'ref', options: 'events', required: true },
    { name: 'talk', kind: 'ref', options: 'talks' },
    { name: 'startsAt', kind: 'datetime', required: true },
    { name: 'durationMinutes', kind: 'int', required: true },
    { name: 'capacity', kind: 'int' },
    { name: 'room', kind: 'text', content: true },
    { name: 'facilitator', kind: 'text', content: true },
    visibility,
    slug,
  ],
  save: (client, id, input) =>
    id
      ? run(client, UpdateWorkshopDoc, { id, input }, (d) => d.updateWorkshop, 'workshop')
      : run(client, CreateWorkshopDoc, { input }, (d) => d.createWorkshop, 'workshop'),
};

const reportType: TypeConfig<ReportInput> = {
  type: 'report',
  typename: 'Report',
  titleField: 'title',
  path: paths.report,
  publishable: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'summary', kind: 'text', required: true, content: true },
    { name: 'body', kind: 'markdown', required: true, content: true },
    { name: 'publishedOn', kind: 'date', required: true },
    { name: 'url', kind: 'url' },
    { name: 'event', kind: 'ref', options: 'events' },
    { name: 'cases', kind: 'refs', options: 'cases' },
    topics,
    visibility,
    slug,
  ],
  save: (client, id, input) =>
    id
      ? run(client, UpdateReportDoc, { id, input }, (d) => d.updateReport, 'report')
      : run(client, CreateReportDoc, { input }, (d) => d.createReport, 'report'),
};

const topicType: TypeConfig<TopicInput> = {
  type: 'topic',
  typename: 'Topic',
  titleField: 'nameDa',
  path: paths.topic,
  publishable: false,
  fields: [
    { name: 'nameDa', kind: 'text', required: true, content: true },
    { name: 'nameEn', kind: 'text', required: true },
    { name: 'descriptionDa', kind: 'markdown', content: true },
    { name: 'parent', kind: 'ref', options: 'topics' },
    slug,
  ],
  save: (client, id, input) =>
    id
      ? run(client, UpdateTopicDoc, { id, input }, (d) => d.updateTopic, 'topic')
      : run(client, CreateTopicDoc, { input }, (d) => d.createTopic, 'topic'),
};

/** An evidence rating is edited inside its method's page, with the same form. */
export const ratingFields: readonly FieldDescriptor<Extract<keyof EvidenceRatingInput, string>>[] = [
  { name: 'scheme', kind: 'enum', enum: 'scheme', values: SCHEMES, required: true },
  { name: 'value', kind: 'text', required: true, when: (v) => v.scheme !== 'VIDENSPORTAL' },
  { name: 'dimensions', kind: 'grades', enum: 'grade', values: GRADES, when: (v) => v.scheme === 'VIDENSPORTAL' },
  { name: 'ratedOn', kind: 'date', required: true },
  { name: 'source', kind: 'text', required: true, content: true },
  { name: 'url', kind: 'url' },
  { name: 'study', kind: 'ref', options: 'studies' },
  { name: 'note', kind: 'text', content: true },
];

/**
 * Every type's form, keyed by type. The configs are typed against their own input (a field name that the input
 * lacks does not compile); the form itself works on the common shape.
 */
export const TYPES: Record<EditableType, TypeConfig> = {
  case: caseType,
  method: methodType,
  study: studyType,
  event: eventType,
  talk: talkType,
  workshop: workshopType,
  report: reportType,
  topic: topicType,
};

export function typeOfTypename(typename: string): EditableType | undefined {
  return EDITABLE_TYPES.find((t) => TYPES[t].typename === typename);
}

export function isEditableType(value: string | undefined): value is EditableType {
  return (EDITABLE_TYPES as readonly string[]).includes(value ?? '');
}
