import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Visibility } from '../content/content.enums.js';
import { OrderDirection, PublicationFilter } from '../content/content.inputs.js';
import { EvidenceScheme, VidensportalGrade } from './evidence.enums.js';
import { StudyDesign } from './study.entity.js';

@InputType({ description: 'Narrows a list of studies; all given conditions must hold.' })
export class StudyFilter extends PublicationFilter {
  @Field(() => ID, { nullable: true, description: 'Studies on this topic or any topic below it.' })
  topic?: string | null;

  @Field(() => [StudyDesign], { nullable: true, description: 'Studies with any of these designs.' })
  designs?: StudyDesign[] | null;

  @Field(() => ID, { nullable: true, description: 'Studies of this method.' })
  method?: string | null;

  @Field(() => Int, { nullable: true, description: 'Published this year or later.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Published this year or earlier.' })
  yearTo?: number | null;
}

export enum StudyOrderField {
  YEAR = 'YEAR',
  TITLE = 'TITLE',
}
registerEnumType(StudyOrderField, { name: 'StudyOrderField', description: 'What to sort studies by.' });

@InputType({ description: 'How to sort studies (default: newest first).' })
export class StudyOrder {
  @Field(() => StudyOrderField, { description: 'The field to sort by.' })
  field!: StudyOrderField;

  @Field(() => OrderDirection, {
    nullable: true,
    description: 'The direction (default: DESC for YEAR, ASC for TITLE).',
  })
  direction?: OrderDirection | null;
}

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
