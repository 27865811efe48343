import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserInputProblem } from '../../graphql/payload.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { Case } from '../case/case.entity.js';
import { applyOwner, auditChange, isoDate, loadForEditor, sent, visibility } from '../content/editing.js';
import { resolveReadable, resolveReadableOne } from '../content/references.js';
import { slugify, uniqueSlug } from '../content/slug.js';
import { parseInput, slug, text, url } from '../content/validation.js';
import { Event } from '../event/event.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { Report } from './report.entity.js';

const reportFields = z.object({
  slug,
  title: text(300),
  summary: text(5000),
  body: text(100_000),
  publishedOn: isoDate,
  url: url.nullable(),
  visibility,
});
const createSchema = reportFields.partial({ slug: true, url: true, visibility: true });
const updateSchema = reportFields.partial();

type Props = {
  em: EntityManager;
  viewer: Viewer;
  input: Record<string, unknown> & {
    event?: string | null;
    owner?: string | null;
    topics?: string[] | null;
    cases?: string[] | null;
  };
};

/** Creates a report as a draft (editors). */
export async function createReport(props: Props): Promise<Report> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(createSchema, props.input);
  return props.em.transactional(async (em) => {
    const { slug: wanted, visibility: wantedVisibility, ...fields } = input;
    const row = em.create(Report, {
      ...fields,
      slug: await uniqueSlug(em, Report, wanted ?? slugify(input.title)),
      publishedAt: null,
    });
    await applyRest(em, viewer, row, props.input, wantedVisibility);
    auditChange(em, viewer, 'create', row);
    return row;
  });
}

/** Changes the given fields of a report (editors); `cases` and `topics` replace the current ones. */
export async function updateReport(props: Props & { id: string }): Promise<Report> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(updateSchema, props.input);
  return props.em.transactional(async (em) => {
    const row = await loadForEditor(em, viewer, props.id, Report);
    const { slug: wanted, visibility: wantedVisibility, ...fields } = input;
    if (wanted && wanted !== row.slug) row.slug = await uniqueSlug(em, Report, wanted);
    em.assign(row, sent(fields));
    await applyRest(em, viewer, row, props.input, wantedVisibility);
    auditChange(em, viewer, 'update', row);
    return row;
  });
}

async function applyRest(
  em: EntityManager,
  viewer: Viewer,
  row: Report,
  input: Props['input'],
  wanted: z.infer<typeof visibility> | undefined,
) {
  const event = await resolveReadableOne(em, viewer, Event, input.event, 'input.event');
  if (event !== undefined) {
    // An event has one report.
    const other = event && (await em.findOne(Report, { event: event.id, id: { $ne: row.id } }));
    if (other) throw UserInputProblem.of('input.event', 'This event already has a report.', 'TAKEN');
    row.event = event ? em.getReference(Event, event.id, { wrapped: true }) : null;
  }
  if (row.event) {
    const startsAt = (event ?? (await em.findOneOrFail(Event, row.event.id))).startsAt;
    if (row.publishedOn > startsAt.toISOString().slice(0, 10)) {
      throw UserInputProblem.of('input.publishedOn', 'A report is published before the meeting it prepares.');
    }
  }
  await applyOwner(em, viewer, row, { owner: input.owner, visibility: wanted });
  const topics = await resolveReadable(em, viewer, Topic, input.topics, 'input.topics');
  if (topics) row.topics.set(topics);
  const cases = await resolveReadable(em, viewer, Case, input.cases, 'input.cases');
  if (cases) row.cases.set(cases);
}
