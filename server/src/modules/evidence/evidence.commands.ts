import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { AppError, BadUserInputError } from '../../graphql/errors.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { canRead } from '../content/content.policy.js';
import { applyOwner, auditChange, isoDate, loadForEditor, sent, visibility, year } from '../content/editing.js';
import { resolveReadable, resolveReadableOne } from '../content/references.js';
import { slugify, uniqueSlug } from '../content/slug.js';
import { parseInput, slug, text, url } from '../content/validation.js';
import { Method } from '../method/method.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { VidensportalDimensions } from './evidence-rating.entity.js';
import { EvidenceRating } from './evidence-rating.entity.js';
import { EVIDENCE_STRENGTH_SCORE, EvidenceScheme, VidensportalGrade, type EvidenceStrength } from './evidence.enums.js';
import { normaliseRating, strongest, verdictOf, type RatingFacts } from './strength.js';
import { Study, StudyDesign } from './study.entity.js';

const studyFields = z.object({
  slug,
  title: text(500),
  abstract: text(20_000),
  design: z.nativeEnum(StudyDesign),
  year,
  authors: z.array(text(200)).max(50, 'Give at most 50.'),
  publisher: text(300),
  url: url.nullable(),
  country: text(100).nullable(),
  visibility,
});
const createStudySchema = studyFields.partial({
  slug: true,
  authors: true,
  url: true,
  country: true,
  visibility: true,
});
const updateStudySchema = studyFields.partial();

type StudyProps = {
  em: EntityManager;
  viewer: Viewer;
  input: Record<string, unknown> & { owner?: string | null; topics?: string[] | null };
};

/** Creates a study as a draft (editors). */
export async function createStudy(props: StudyProps): Promise<Study> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(createStudySchema, props.input);
  return props.em.transactional(async (em) => {
    const row = em.create(Study, {
      slug: await uniqueSlug(em, Study, input.slug ?? slugify(input.title)),
      title: input.title,
      abstract: input.abstract,
      design: input.design,
      year: input.year,
      authors: input.authors ?? [],
      publisher: input.publisher,
      url: input.url ?? null,
      country: input.country ?? null,
      publishedAt: null,
    });
    await applyOwner(em, viewer, row, { owner: props.input.owner, visibility: input.visibility });
    row.topics.set((await resolveReadable(em, viewer, Topic, props.input.topics, 'input.topics')) ?? []);
    auditChange(em, viewer, 'create', row);
    return row;
  });
}

/** Changes the given fields of a study (editors). */
export async function updateStudy(props: StudyProps & { id: string }): Promise<Study> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(updateStudySchema, props.input);
  return props.em.transactional(async (em) => {
    const row = await loadForEditor(em, viewer, props.id, Study);
    const { slug: wanted, visibility: newVisibility, ...fields } = input;
    if (wanted && wanted !== row.slug) row.slug = await uniqueSlug(em, Study, wanted);
    em.assign(row, sent(fields));
    await applyOwner(em, viewer, row, { owner: props.input.owner, visibility: newVisibility });
    const topics = await resolveReadable(em, viewer, Topic, props.input.topics, 'input.topics');
    if (topics) row.topics.set(topics);
    auditChange(em, viewer, 'update', row);
    return row;
  });
}

const grade = z.nativeEnum(VidensportalGrade);
const ratingFields = z.object({
  scheme: z.nativeEnum(EvidenceScheme),
  value: z.string().trim().max(40, 'Must be at most 40 characters.').nullable(),
  dimensions: z
    .object({ targetGroup: grade, method: grade, implementation: grade, effect: grade, economy: grade })
    .nullable(),
  ratedOn: isoDate,
  source: text(500),
  note: text(5000).nullable(),
  url: url.nullable(),
});
const createRatingSchema = ratingFields.partial({ value: true, dimensions: true, note: true, url: true });
const updateRatingSchema = ratingFields.partial();

type RatingProps = { em: EntityManager; viewer: Viewer; input: Record<string, unknown> & { study?: string | null } };

/** `rateEvidence` checks the value against the scheme; its complaint becomes a user error on the input field. */
function rate(scheme: EvidenceScheme, value: string | null | undefined, dimensions: object | null | undefined) {
  try {
    return rateEvidence({
      scheme,
      value,
      dimensions: dimensions ? Object.assign(new VidensportalDimensions(), dimensions) : null,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const argument = typeof error.extensions.argument === 'string' ? error.extensions.argument : 'value';
    throw UserInputProblem.of(`input.${argument}`, error.message, 'INVALID');
  }
}

/** Rates a method on one scheme (editors) and recomputes the method's strength in the same transaction. */
export async function createEvidenceRating(props: RatingProps & { method: string }): Promise<EvidenceRating> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(createRatingSchema, props.input);
  const { value, strength } = rate(input.scheme, input.value, input.dimensions);
  return props.em.transactional(async (em) => {
    const method = await loadForEditor(em, viewer, props.method, Method).catch((error: unknown) => {
      throw error instanceof UserInputProblem
        ? UserInputProblem.of('method', error.message, error.errors[0]?.code)
        : error;
    });
    const row = em.create(EvidenceRating, {
      method,
      scheme: input.scheme,
      value,
      strength,
      dimensions: input.dimensions ? Object.assign(new VidensportalDimensions(), input.dimensions) : null,
      ratedOn: input.ratedOn,
      source: input.source,
      note: input.note ?? null,
      url: input.url ?? null,
      study: (await resolveReadableOne(em, viewer, Study, props.input.study, 'input.study')) ?? null,
    });
    await em.flush();
    await refreshMethodStrength(em, method.id);
    auditChange(em, viewer, 'create', row);
    return row;
  });
}

/** Changes a rating (editors); scheme, value and dimensions are checked together, then the strength recomputed. */
export async function updateEvidenceRating(props: RatingProps & { id: string }): Promise<EvidenceRating> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(updateRatingSchema, props.input);
  const { id } = decodeGlobalId(props.id, ['EvidenceRating']);
  return props.em.transactional(async (em) => {
    const row = await em.findOne(EvidenceRating, id, { populate: ['method'] });
    // A rating is visible exactly when its method is; one the editor may not read does not exist for them.
    if (!row || !canRead(viewer, row.method.getEntity())) {
      throw UserInputProblem.of('id', 'No EvidenceRating with this ID.', 'NOT_FOUND');
    }
    const scheme = input.scheme ?? row.scheme;
    const dimensions = input.dimensions !== undefined ? input.dimensions : row.dimensions;
    const rated = rate(
      scheme,
      input.value ?? row.value,
      scheme === EvidenceScheme.VIDENSPORTAL || input.dimensions !== undefined ? dimensions : null,
    );
    row.scheme = scheme;
    row.value = rated.value;
    row.strength = rated.strength;
    row.dimensions =
      scheme === EvidenceScheme.VIDENSPORTAL && dimensions
        ? Object.assign(new VidensportalDimensions(), dimensions)
        : null;
    if (input.ratedOn !== undefined) row.ratedOn = input.ratedOn;
    if (input.source !== undefined) row.source = input.source;
    if (input.note !== undefined) row.note = input.note;
    if (input.url !== undefined) row.url = input.url;
    const study = await resolveReadableOne(em, viewer, Study, props.input.study, 'input.study');
    if (study !== undefined) row.study = study ? em.getReference(Study, study.id, { wrapped: true }) : null;
    await em.flush();
    await refreshMethodStrength(em, row.method.id);
    auditChange(em, viewer, 'update', row);
    return row;
  });
}

/**
 * Checks a rating against its scheme and returns its normalised strength. A Vidensportal rating is given as its
 * five dimensions; its value is the effect grade.
 */
export function rateEvidence(props: {
  scheme: EvidenceScheme;
  value?: string | null;
  dimensions?: VidensportalDimensions | null;
}): {
  value: string;
  strength: EvidenceStrength;
} {
  const { scheme, dimensions } = props;
  if (scheme === EvidenceScheme.VIDENSPORTAL && !dimensions) {
    throw new BadUserInputError(
      'A Vidensportal rating needs all five dimensions (targetGroup, method, implementation, effect, economy).',
      'dimensions',
    );
  }
  if (scheme !== EvidenceScheme.VIDENSPORTAL && dimensions) {
    throw new BadUserInputError('Only Vidensportal ratings have dimensions.', 'dimensions');
  }
  const value = scheme === EvidenceScheme.VIDENSPORTAL ? dimensions!.effect : (props.value ?? '');
  const result = normaliseRating(scheme, value);
  if ('error' in result) throw new BadUserInputError(result.error, 'value');
  return { value, strength: result.strength };
}
/**
 * Sets what a method's ratings add up to: the editorial verdict with its spread, and (for the deprecated
 * `evidenceStrength`) the strongest rating. Ratings come in the order they were entered.
 */
export function applyStrength(method: Method, ratings: readonly RatingFacts[]): void {
  const strength = strongest(ratings.map((r) => r.strength));
  method.evidenceStrength = strength;
  method.evidenceScore = EVIDENCE_STRENGTH_SCORE[strength];
  const verdict = verdictOf(ratings);
  method.verdictStrength = verdict.strength;
  method.verdictScore = EVIDENCE_STRENGTH_SCORE[verdict.strength];
  method.verdictScheme = verdict.scheme;
  method.verdictAgreeing = verdict.agreeing;
  method.verdictTotal = verdict.total;
}
/** Recomputes a method's strength from the ratings it has now (after a rating was added, changed or removed). */
export async function refreshMethodStrength(em: EntityManager, methodId: string): Promise<void> {
  const method = await em.findOne(Method, methodId, { populate: ['ratings'] });
  if (!method) return;
  const ratings = [...method.ratings.getItems()].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  applyStrength(method, ratings);
  await em.flush();
}
