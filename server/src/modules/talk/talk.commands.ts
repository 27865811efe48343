import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserInputProblem } from '../../graphql/payload.js';
import { authorize } from '../auth/auth.policy.js';
import type { MemberViewer, Viewer } from '../auth/viewer.js';
import { applyOwner, auditChange, loadForEditor, visibility } from '../content/editing.js';
import { resolveReadable, resolveReadableOne } from '../content/references.js';
import { slugify, uniqueSlug } from '../content/slug.js';
import { parseInput, slug, text } from '../content/validation.js';
import { Event } from '../event/event.entity.js';
import { MediaFile } from '../media/media-file.entity.js';
import { Method } from '../method/method.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { Chapter, SpeakerData, Talk, TranscriptSegment } from './talk.entity.js';
import { parseVideoLink, VIDEO_LINK_HINT } from './video-links.js';

const second = z.number().int().min(0, 'Must be 0 or more.');

/** Chapters and transcript segments come in video order; the list sizes bound what one request can store. */
const talkFields = z.object({
  slug,
  title: text(300),
  summary: text(5000),
  speakers: z
    .array(z.object({ name: text(200), title: text(200), organisation: z.string().nullable().optional() }))
    .max(20, 'Give at most 20 speakers.'),
  // Only links we can embed privately (talk.video-links.ts): the page frames nothing else.
  videoUrl: z
    .string()
    .trim()
    .max(1000, 'Must be at most 1000 characters.')
    .refine((link) => parseVideoLink(link) !== null, VIDEO_LINK_HINT)
    .nullable(),
  videoUpload: z.string().trim().max(120, 'Must be at most 120 characters.').nullable(),
  durationSeconds: z.number().int().min(1, 'Must be at least 1 second.').max(86_400, 'Must be at most 24 hours.'),
  // Required: the talks list is ordered (and cursored) by it, and a keyset cursor cannot hold a null.
  startsAt: z.date('Must be a date and time.'),
  chapters: z
    .array(z.object({ startSeconds: second, title: text(200) }))
    .max(200, 'Give at most 200 chapters.')
    .refine((list) => list.every((c, i) => i === 0 || c.startSeconds > list[i - 1]!.startSeconds), {
      message: 'Chapters must be sorted by start time, each after the one before.',
    }),
  transcript: z
    .array(z.object({ startSeconds: second, text: text(5000) }))
    .max(5000, 'Give at most 5000 segments.')
    .refine((list) => list.every((s, i) => i === 0 || s.startSeconds >= list[i - 1]!.startSeconds), {
      message: 'Transcript segments must be sorted by start time.',
    }),
  visibility,
});
const createSchema = talkFields.partial({
  slug: true,
  speakers: true,
  videoUrl: true,
  videoUpload: true,
  chapters: true,
  transcript: true,
  visibility: true,
});
const updateSchema = talkFields.partial();
type Parsed = z.infer<typeof updateSchema>;

type Props = {
  em: EntityManager;
  viewer: Viewer;
  input: Record<string, unknown> & {
    event?: string | null;
    owner?: string | null;
    topics?: string[] | null;
    methods?: string[] | null;
  };
};

/** Creates a talk at an event as a draft (editors). */
export async function createTalk(props: Props): Promise<Talk> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(createSchema, props.input);
  return props.em.transactional(async (em) => {
    const event = await resolveReadableOne(em, viewer, Event, props.input.event, 'input.event');
    if (!event) throw UserInputProblem.of('input.event', 'A talk needs its event.', 'REQUIRED');
    const row = em.create(Talk, {
      event,
      slug: await uniqueSlug(em, Talk, input.slug ?? slugify(input.title)),
      title: input.title,
      summary: input.summary,
      durationSeconds: input.durationSeconds,
      startsAt: input.startsAt,
      publishedAt: null,
    });
    await applyRest(em, viewer, row, input, props.input);
    auditChange(em, viewer, 'create', row);
    return row;
  });
}

/** Changes the given fields of a talk (editors); speakers, chapters and transcript are replaced as wholes. */
export async function updateTalk(props: Props & { id: string }): Promise<Talk> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(updateSchema, props.input);
  return props.em.transactional(async (em) => {
    const row = await loadForEditor(em, viewer, props.id, Talk);
    if (input.slug && input.slug !== row.slug) row.slug = await uniqueSlug(em, Talk, input.slug);
    for (const key of ['title', 'summary', 'durationSeconds', 'startsAt'] as const) {
      if (input[key] !== undefined) em.assign(row, { [key]: input[key] });
    }
    if (props.input.event !== undefined) {
      const event = await resolveReadableOne(em, viewer, Event, props.input.event, 'input.event');
      if (!event) throw UserInputProblem.of('input.event', 'A talk needs its event.', 'REQUIRED');
      row.event = em.getReference(Event, event.id, { wrapped: true });
    }
    await applyRest(em, viewer, row, input, props.input);
    auditChange(em, viewer, 'update', row);
    return row;
  });
}

/**
 * A talk plays either a link to a video host or an uploaded file: setting one clears the other. An upload is
 * attached only when it finished, passed the type check (it has a MediaFile row) and was uploaded by this editor.
 */
async function applyVideo(em: EntityManager, viewer: MemberViewer, row: Talk, input: Parsed) {
  if (input.videoUrl && input.videoUpload)
    throw UserInputProblem.of('input.videoUpload', 'Give a link or an uploaded video, not both.');
  if (input.videoUpload) {
    const file = await em.findOne(MediaFile, { key: input.videoUpload, uploadedBy: viewer.memberId });
    if (!file)
      throw UserInputProblem.of('input.videoUpload', 'No finished video upload of yours has this id.', 'NOT_FOUND');
    row.videoFile = ref(file);
    row.videoUrl = null;
  } else if (input.videoUpload === null) row.videoFile = null;
  if (input.videoUrl) {
    row.videoUrl = input.videoUrl;
    row.videoFile = null;
  } else if (input.videoUrl === null) row.videoUrl = null;
}

async function applyRest(em: EntityManager, viewer: MemberViewer, row: Talk, input: Parsed, raw: Props['input']) {
  await applyVideo(em, viewer, row, input);
  if (input.speakers) {
    const ids = input.speakers.flatMap((s) => (s.organisation ? [s.organisation] : []));
    const organisations = (await resolveReadable(em, viewer, Organisation, ids, 'input.speakers')) ?? [];
    const byGlobalId = new Map(organisations.map((o) => [o.nodeId, o.id]));
    row.speakers = input.speakers.map((s) =>
      Object.assign(new SpeakerData(), {
        name: s.name,
        title: s.title,
        organisationId: s.organisation ? (byGlobalId.get(s.organisation) ?? null) : null,
      }),
    );
  }
  if (input.chapters) row.chapters = input.chapters.map((c) => Object.assign(new Chapter(), c));
  if (input.transcript) row.transcript = input.transcript.map((s) => Object.assign(new TranscriptSegment(), s));
  // Checked against the talk as it will be stored, so a shorter duration cannot strand old chapters.
  const late = (list: { startSeconds: number }[], field: string) => {
    const index = list.findIndex((item) => item.startSeconds >= row.durationSeconds);
    if (index >= 0)
      throw UserInputProblem.of(`input.${field}.${index}.startSeconds`, 'Must be within the video’s duration.');
  };
  late(row.chapters, 'chapters');
  late(row.transcript, 'transcript');
  await applyOwner(em, viewer, row, { owner: raw.owner, visibility: input.visibility });
  const topics = await resolveReadable(em, viewer, Topic, raw.topics, 'input.topics');
  if (topics) row.topics.set(topics);
  const methods = await resolveReadable(em, viewer, Method, raw.methods, 'input.methods');
  if (methods) row.methods.set(methods);
}
