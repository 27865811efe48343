import { Field, ID, InputType } from 'type-graphql';
import { Visibility } from '../content/content.enums.js';

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
