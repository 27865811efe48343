import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { payloadType, withUserErrors } from '../../graphql/payload.js';
import { sent } from '../content/drafts.js';
import { Visibility } from '../content/enums.js';
import { createReport, updateReport } from './report.editing.js';
import { Report } from './report.entity.js';

@InputType({ description: 'A report before a meeting. On update, fields left out stay as they are.' })
export class ReportInput {
  @Field(() => String, { nullable: true, description: 'URL key; made from the title when left out.' })
  slug?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The meeting it prepares (one report per event; published before it). Null to detach.',
  })
  event?: string | null;

  @Field(() => String, { nullable: true, description: 'The title (required when creating).' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'A short summary (required when creating).' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'The report in Markdown (required when creating).' })
  body?: string;

  @Field(() => String, { nullable: true, description: 'The publication date, YYYY-MM-DD (required when creating).' })
  publishedOn?: string;

  @Field(() => String, { nullable: true, description: 'Where to download the full report (http or https).' })
  url?: string | null;

  @Field(() => Visibility, { nullable: true, description: 'Who may read it once published (default PUBLIC).' })
  visibility?: Visibility;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own.',
  })
  owner?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Topics of the report (replaces the current ones).' })
  topics?: string[];

  @Field(() => [ID], { nullable: true, description: 'The cases it features (replaces the current ones).' })
  cases?: string[];
}

export const ReportPayload = payloadType(Report, 'report', {
  name: 'ReportPayload',
  description: 'The report after the change.',
  fieldDescription: 'The report.',
});

@Resolver()
export class ReportMutations {
  @Mutation(() => ReportPayload, { description: 'Creates a report as a draft (editors).' })
  createReport(
    @Arg('input', () => ReportInput, { description: 'The report.' }) input: ReportInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      report: await createReport({ em: ctx.em, viewer: ctx.viewer, input: sent(input) }),
    }));
  }

  @Mutation(() => ReportPayload, { description: 'Changes a report (editors).' })
  updateReport(
    @Arg('id', () => ID, { description: 'The report’s ID.' }) id: string,
    @Arg('input', () => ReportInput, { description: 'The fields to change.' }) input: ReportInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      report: await updateReport({ em: ctx.em, viewer: ctx.viewer, id, input: sent(input) }),
    }));
  }
}
