import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserInputProblem } from '../../graphql/payload.js';
import { authorize, can } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { Visibility } from '../content/content.enums.js';
import {
  age,
  auditChange,
  authorizeEdit,
  checkOrder,
  loadContentForEdit,
  sent,
  targetGroups,
  visibility,
  year,
} from '../content/editing.js';
import { resolveReadable, resolveReadableOne } from '../content/references.js';
import { slugify, uniqueSlug } from '../content/slug.js';
import { parseInput, slug, text } from '../content/validation.js';
import { Method } from '../method/method.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { guardPersonalData } from '../privacy/guard.js';
import { Topic } from '../topic/topic.entity.js';
import { Case } from './case.entity.js';

/** What a case may hold; the same rules for creating and (partially) updating. */
const caseFields = z.object({
  slug,
  title: text(300),
  summary: text(2000),
  body: text(50_000),
  year,
  targetGroups,
  ageMin: age,
  ageMax: age,
  visibility,
});
const createSchema = caseFields.partial({
  slug: true,
  targetGroups: true,
  ageMin: true,
  ageMax: true,
  visibility: true,
});
const updateSchema = caseFields.partial();
const AGE_ORDER = 'ageMin must not be above ageMax.';

export interface CaseRelationsInput {
  /** The writer confirms that what the guard thinks may be personal details is not. */
  confirmPersonalData?: boolean | null;
  organisation?: string | null;
  topics?: string[] | null;
  methods?: string[] | null;
}

/** Case texts are where practice meets children: refuse CPR numbers, and ask before storing likely names. */
function guardCaseText(
  input: { title?: string; summary?: string; body?: string },
  confirmed: boolean | null | undefined,
): void {
  guardPersonalData(
    { 'input.title': input.title, 'input.summary': input.summary, 'input.body': input.body },
    { warn: true, confirmed: confirmed === true },
  );
}

/**
 * Creates a case as a draft. Editors file it under any organisation; a member proposes one from their own
 * organisation, which stays a draft until an editor publishes it.
 */
export function createCase(props: CreateProps): Promise<Case> {
  // One transaction: a problem found half-way (a bad topic ID) must not leave a half-made case in the unit of
  // work for a later mutation of the same request to flush.
  return props.em.transactional((em) => create({ ...props, em }));
}

type CreateProps = { em: EntityManager; viewer: Viewer; input: Record<string, unknown> & CaseRelationsInput };

async function create(props: CreateProps): Promise<Case> {
  const { em, viewer } = props;
  if (viewer.kind !== 'member') authorize(viewer, 'case.propose');
  const isEditor = can(viewer, 'content.edit');
  const organisation =
    (await resolveReadableOne(em, viewer, Organisation, props.input.organisation, 'input.organisation')) ?? null;
  const ownerId = isEditor ? (organisation?.id ?? viewer.organisationId) : viewer.organisationId;
  if (!isEditor) authorize(viewer, 'case.propose', { organisationId: organisation?.id ?? viewer.organisationId });
  const input = parseInput(createSchema, props.input);
  guardCaseText(input, props.input.confirmPersonalData);
  const row = em.create(Case, {
    slug: await uniqueSlug(em, Case, input.slug ?? slugify(input.title)),
    title: input.title,
    summary: input.summary,
    body: input.body,
    year: input.year,
    targetGroups: input.targetGroups ?? [],
    ageMin: input.ageMin ?? null,
    ageMax: input.ageMax ?? null,
    visibility: input.visibility ?? Visibility.MEMBERS,
    organisation: em.getReference(Organisation, ownerId),
    owner: em.getReference(Organisation, ownerId),
    publishedAt: null,
  });
  row.topics.set((await resolveReadable(em, viewer, Topic, props.input.topics, 'input.topics')) ?? []);
  row.methods.set((await resolveReadable(em, viewer, Method, props.input.methods, 'input.methods')) ?? []);
  checkOrder('input.ageMin', row.ageMin, row.ageMax, AGE_ORDER);
  auditChange(em, viewer, isEditor ? 'create' : 'propose', row);
  await em.flush();
  return row;
}

export function updateCase(props: CreateProps & { id: string }): Promise<Case> {
  return props.em.transactional((em) => update({ ...props, em }));
}

async function update(props: CreateProps & { id: string }): Promise<Case> {
  const { em, viewer } = props;
  const { row } = await loadContentForEdit(em, viewer, props.id);
  if (!(row instanceof Case)) throw UserInputProblem.of('id', 'This is not a case.', 'INVALID');
  authorizeEdit(viewer, 'Case', row);
  const input = parseInput(updateSchema, props.input);
  guardCaseText(input, props.input.confirmPersonalData);
  const { slug: wantedSlug, ...fields } = input;
  if (wantedSlug && wantedSlug !== row.slug) row.slug = await uniqueSlug(em, Case, wantedSlug);
  em.assign(row, sent(fields));
  checkOrder('input.ageMin', row.ageMin, row.ageMax, AGE_ORDER);
  if (props.input.organisation !== undefined) {
    authorize(viewer, 'content.edit');
    const organisation = await resolveReadableOne(
      em,
      viewer,
      Organisation,
      props.input.organisation,
      'input.organisation',
    );
    if (!organisation) throw UserInputProblem.of('input.organisation', 'A case needs an organisation.', 'REQUIRED');
    row.organisation = em.getReference(Organisation, organisation.id, { wrapped: true });
    row.owner = em.getReference(Organisation, organisation.id, { wrapped: true });
  }
  const topics = await resolveReadable(em, viewer, Topic, props.input.topics, 'input.topics');
  if (topics) row.topics.set(topics);
  const methods = await resolveReadable(em, viewer, Method, props.input.methods, 'input.methods');
  if (methods) row.methods.set(methods);
  auditChange(em, viewer, 'update', row);
  await em.flush();
  return row;
}
