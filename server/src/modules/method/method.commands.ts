import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import {
  age,
  applyOwner,
  auditChange,
  checkOrder,
  loadForEditor,
  sent,
  targetGroups,
  visibility,
} from '../content/editing.js';
import { resolveReadable } from '../content/references.js';
import { slugify, uniqueSlug } from '../content/slug.js';
import { parseInput, slug, text, url } from '../content/validation.js';
import { Study } from '../evidence/study.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { Method } from './method.entity.js';
import { checkCost, practiceFields, replaceParties } from './practice.commands.js';
import { MethodPartyRole } from './practice.enums.js';

/** What a method may hold; the same rules for creating and (partially) updating. */
const methodFields = z.object({
  slug,
  name: text(300),
  originalName: text(300).nullable(),
  summary: text(2000),
  description: text(50_000),
  origin: text(100).nullable(),
  website: url.nullable(),
  targetGroups,
  ageMin: age,
  ageMax: age,
  visibility,
  ...practiceFields,
});
const createSchema = methodFields.partial({
  slug: true,
  originalName: true,
  origin: true,
  website: true,
  targetGroups: true,
  ageMin: true,
  ageMax: true,
  visibility: true,
  settings: true,
  costNote: true,
  costDkk: true,
  costUnit: true,
  trainingDuration: true,
  trainingCertifiedBy: true,
  providers: true,
  municipalities: true,
});
const updateSchema = methodFields.partial();

/** The references a method input may carry, as global IDs. */
export interface MethodRelationsInput {
  owner?: string | null;
  topics?: string[] | null;
  studies?: string[] | null;
}

type Props = { em: EntityManager; viewer: Viewer; input: Record<string, unknown> & MethodRelationsInput };

async function applyRelations(
  em: EntityManager,
  viewer: Viewer,
  row: Method,
  input: MethodRelationsInput,
): Promise<void> {
  const topics = await resolveReadable(em, viewer, Topic, input.topics, 'input.topics');
  if (topics) row.topics.set(topics);
  const studies = await resolveReadable(em, viewer, Study, input.studies, 'input.studies');
  if (studies) row.studies.set(studies);
  checkOrder('input.ageMin', row.ageMin, row.ageMax, 'ageMin must not be above ageMax.');
  checkCost(row);
}

/** Creates a method as a draft (editors); nothing is stored unless all of it is valid. */
export async function createMethod(props: Props): Promise<Method> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(createSchema, props.input);
  return props.em.transactional(async (em) => {
    const row = em.create(Method, {
      slug: await uniqueSlug(em, Method, input.slug ?? slugify(input.name)),
      name: input.name,
      originalName: input.originalName ?? null,
      summary: input.summary,
      description: input.description,
      origin: input.origin ?? null,
      website: input.website ?? null,
      targetGroups: input.targetGroups ?? [],
      ageMin: input.ageMin ?? null,
      ageMax: input.ageMax ?? null,
      settings: input.settings ?? [],
      costNote: input.costNote ?? null,
      costDkk: input.costDkk ?? null,
      costUnit: input.costUnit ?? null,
      trainingDuration: input.trainingDuration ?? null,
      trainingCertifiedBy: input.trainingCertifiedBy ?? null,
      publishedAt: null,
    });
    await applyOwner(em, viewer, row, { owner: props.input.owner, visibility: input.visibility });
    await applyRelations(em, viewer, row, props.input);
    await replaceParties(em, viewer, row, MethodPartyRole.PROVIDER, input.providers);
    await replaceParties(em, viewer, row, MethodPartyRole.MUNICIPALITY, input.municipalities);
    auditChange(em, viewer, 'create', row);
    return row;
  });
}

/** Changes the given fields of a method (editors); list fields replace the current ones. */
export async function updateMethod(props: Props & { id: string }): Promise<Method> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(updateSchema, props.input);
  return props.em.transactional(async (em) => {
    const row = await loadForEditor(em, viewer, props.id, Method);
    const { slug: wanted, visibility: newVisibility, providers, municipalities, ...fields } = input;
    if (wanted && wanted !== row.slug) row.slug = await uniqueSlug(em, Method, wanted);
    em.assign(row, sent(fields));
    await applyOwner(em, viewer, row, { owner: props.input.owner, visibility: newVisibility });
    await applyRelations(em, viewer, row, props.input);
    await replaceParties(em, viewer, row, MethodPartyRole.PROVIDER, providers);
    await replaceParties(em, viewer, row, MethodPartyRole.MUNICIPALITY, municipalities);
    auditChange(em, viewer, 'update', row);
    return row;
  });
}
