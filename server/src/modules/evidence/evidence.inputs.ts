import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderDirection, PublicationFilter } from '../content/content.inputs.js';
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
