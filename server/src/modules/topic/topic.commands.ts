import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { auditChange, sent } from '../content/editing.js';
import { resolveReadableOne } from '../content/references.js';
import { slugify, uniqueSlug } from '../content/slug.js';
import { parseInput, slug, text } from '../content/validation.js';
import { Topic } from './topic.entity.js';

const topicFields = z.object({
  slug,
  nameDa: text(200),
  nameEn: text(200),
  descriptionDa: text(5000).nullable(),
});
const createSchema = topicFields.partial({ slug: true, descriptionDa: true });
const updateSchema = topicFields.partial();

/** Deeper than any real topic tree; a walk that goes further is a cycle already in the data. */
const MAX_DEPTH = 50;

type Props = { em: EntityManager; viewer: Viewer; input: Record<string, unknown> & { parent?: string | null } };

/** Topics are not content (no visibility or drafts): editors create them directly in the tree. */
export async function createTopic(props: Props): Promise<Topic> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(createSchema, props.input);
  return props.em.transactional(async (em) => {
    const { slug: wanted, ...fields } = input;
    const row = em.create(Topic, { ...fields, slug: await uniqueSlug(em, Topic, wanted ?? slugify(input.nameDa)) });
    await applyParent(em, viewer, row, props.input.parent);
    auditChange(em, viewer, 'create', row);
    return row;
  });
}

/** Changes a topic (editors); a new parent may not be the topic itself or one of its descendants. */
export async function updateTopic(props: Props & { id: string }): Promise<Topic> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(updateSchema, props.input);
  const { id } = decodeGlobalId(props.id, ['Topic']);
  return props.em.transactional(async (em) => {
    const row = await em.findOne(Topic, id);
    if (!row) throw UserInputProblem.of('id', 'No Topic with this ID.', 'NOT_FOUND');
    const { slug: wanted, ...fields } = input;
    if (wanted && wanted !== row.slug) row.slug = await uniqueSlug(em, Topic, wanted);
    em.assign(row, sent(fields));
    await applyParent(em, viewer, row, props.input.parent);
    auditChange(em, viewer, 'update', row);
    return row;
  });
}

async function applyParent(
  em: EntityManager,
  viewer: Viewer,
  row: Topic,
  globalId: string | null | undefined,
): Promise<void> {
  const parent = await resolveReadableOne(em, viewer, Topic, globalId, 'input.parent');
  if (parent === undefined) return;
  // Walk up from the new parent: meeting the topic itself would close a loop.
  for (let at: Topic | null = parent, depth = 0; at; depth++) {
    if (at.id === row.id || depth > MAX_DEPTH) {
      throw UserInputProblem.of('input.parent', 'A topic cannot sit below itself or one of its subtopics.', 'INVALID');
    }
    at = at.parent ? await em.findOne(Topic, at.parent.id) : null;
  }
  row.parent = parent ? em.getReference(Topic, parent.id, { wrapped: true }) : null;
}
