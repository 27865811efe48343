import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { payloadType, withUserErrors } from '../../graphql/payload.js';
import { sent } from '../content/drafts.js';
import { editingMutations } from '../content/editing.resolver.js';
import { Visibility } from '../content/content.enums.js';
import { EvidenceRating } from './evidence-rating.entity.js';
import { createEvidenceRating, createStudy, updateEvidenceRating, updateStudy } from './evidence.commands.js';
import { EvidenceScheme, VidensportalGrade } from './evidence.enums.js';
import { Study, StudyDesign } from './study.entity.js';

@InputType({ description: 'A study, review or evaluation. On update, fields left out stay as they are.' })
export class StudyInput {
  @Field(() => String, { nullable: true, description: 'URL key; made from the title when left out.' })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'The title (required when creating).' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'A summary of the findings (required when creating).' })
  abstract?: string;

  @Field(() => StudyDesign, { nullable: true, description: 'How it was designed (required when creating).' })
  design?: StudyDesign;

  @Field(() => Int, { nullable: true, description: 'The year of publication (required when creating).' })
  year?: number;

  @Field(() => [String], { nullable: true, description: 'The authors in the publication’s order (at most 50).' })
  authors?: string[];

  @Field(() => String, { nullable: true, description: 'Publisher, journal or institute (required when creating).' })
  publisher?: string;

  @Field(() => String, { nullable: true, description: 'Where to read it (http or https).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The country it was carried out in.' })
  country?: string | null;

  @Field(() => Visibility, { nullable: true, description: 'Who may read it once published (default PUBLIC).' })
  visibility?: Visibility;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own.',
  })
  owner?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Topics to file it under (replaces the current ones).' })
  topics?: string[];
}

@InputType({ description: 'All five grades of a Vidensdeklaration.' })
export class VidensportalDimensionsInput {
  @Field(() => VidensportalGrade, { description: 'Knowledge about the target group.' })
  targetGroup!: VidensportalGrade;

  @Field(() => VidensportalGrade, { description: 'Knowledge about the method.' })
  method!: VidensportalGrade;

  @Field(() => VidensportalGrade, { description: 'Knowledge about implementation.' })
  implementation!: VidensportalGrade;

  @Field(() => VidensportalGrade, { description: 'Knowledge about effect; it is the rating’s value.' })
  effect!: VidensportalGrade;

  @Field(() => VidensportalGrade, { description: 'Knowledge about economy.' })
  economy!: VidensportalGrade;
}

@InputType({ description: 'A rating of a method on one scheme. On update, fields left out stay as they are.' })
export class EvidenceRatingInput {
  @Field(() => EvidenceScheme, { nullable: true, description: 'The scheme (required when creating).' })
  scheme?: EvidenceScheme;

  @Field(() => String, {
    nullable: true,
    description: 'The rating in the scheme’s terms, e.g. "2" on CEBC; left out for VIDENSPORTAL.',
  })
  value?: string | null;

  @Field(() => VidensportalDimensionsInput, {
    nullable: true,
    description: 'The five grades; required for VIDENSPORTAL and refused for other schemes.',
  })
  dimensions?: VidensportalDimensionsInput | null;

  @Field(() => String, { nullable: true, description: 'The date of the rating, YYYY-MM-DD (required when creating).' })
  ratedOn?: string;

  @Field(() => String, { nullable: true, description: 'Who gave the rating (required when creating).' })
  source?: string;

  @Field(() => String, { nullable: true, description: 'A note on what the rating covers.' })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'The study the rating rests on.' })
  study?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The rating’s own page at the scheme (http or https); null removes it.',
  })
  url?: string | null;
}

export const StudyPayload = payloadType(Study, 'study', {
  name: 'StudyPayload',
  description: 'The study after the change.',
  fieldDescription: 'The study.',
});

export const EvidenceRatingPayload = payloadType(EvidenceRating, 'evidenceRating', {
  name: 'EvidenceRatingPayload',
  description: 'The rating after the change; its method’s strength is already recomputed.',
  fieldDescription: 'The rating.',
});

export const StudyMutations = editingMutations({
  type: 'Study',
  field: 'study',
  Input: StudyInput,
  Payload: StudyPayload,
  create: { description: 'Creates a study as a draft (editors).', run: createStudy },
  update: { description: 'Changes a study (editors).', run: updateStudy },
});

/** Ratings belong to a method, which createEvidenceRating names besides the input. */
@Resolver()
export class EvidenceMutations {
  @Mutation(() => EvidenceRatingPayload, {
    description: 'Rates a method on one scheme (editors); the method’s normalised strength follows.',
  })
  createEvidenceRating(
    @Arg('method', () => ID, { description: 'The rated method’s ID.' }) method: string,
    @Arg('input', () => EvidenceRatingInput, { description: 'The rating.' }) input: EvidenceRatingInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      evidenceRating: await createEvidenceRating({ em: ctx.em, viewer: ctx.viewer, method, input: sent(input) }),
    }));
  }

  @Mutation(() => EvidenceRatingPayload, { description: 'Changes a rating (editors); the method’s strength follows.' })
  updateEvidenceRating(
    @Arg('id', () => ID, { description: 'The rating’s ID.' }) id: string,
    @Arg('input', () => EvidenceRatingInput, { description: 'The fields to change.' }) input: EvidenceRatingInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      evidenceRating: await updateEvidenceRating({ em: ctx.em, viewer: ctx.viewer, id, input: sent(input) }),
    }));
  }
}
