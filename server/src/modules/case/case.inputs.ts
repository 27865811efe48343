import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { TargetGroup, Visibility } from '../content/content.enums.js';
import { OrderDirection, PublicationFilter } from '../content/content.inputs.js';
import { EvidenceStrength } from '../evidence/evidence.enums.js';
import { OrganisationKind } from '../organisation/organisation.entity.js';

@InputType({ description: 'Narrows a list of cases; all given conditions must hold.' })
export class CaseFilter extends PublicationFilter {
  @Field(() => ID, { nullable: true, description: 'Cases on this topic or any topic below it.' })
  topic?: string | null;

  @Field(() => TargetGroup, { nullable: true, description: 'Cases about this target group.' })
  targetGroup?: TargetGroup | null;

  @Field(() => Int, { nullable: true, description: 'Cases whose age range covers this age.' })
  age?: number | null;

  @Field(() => ID, { nullable: true, description: 'Cases from this organisation.' })
  organisation?: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Cases from this kind of organisation.' })
  organisationKind?: OrganisationKind | null;

  @Field(() => ID, { nullable: true, description: 'Cases that use this method.' })
  method?: string | null;

  @Field(() => EvidenceStrength, {
    nullable: true,
    description:
      'Cases that use at least one method whose editorial verdict (`evidenceVerdict.strength`) is at least this strong.',
  })
  minEvidenceStrength?: EvidenceStrength | null;

  @Field(() => Int, { nullable: true, description: 'Cases from this year or later.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Cases from this year or earlier.' })
  yearTo?: number | null;
}

export enum CaseOrderField {
  YEAR = 'YEAR',
  TITLE = 'TITLE',
  PUBLISHED_AT = 'PUBLISHED_AT',
}
registerEnumType(CaseOrderField, {
  name: 'CaseOrderField',
  description: 'What to sort cases by.',
  valuesConfig: {
    YEAR: { description: 'The year of the practice.' },
    TITLE: { description: 'The title, alphabetically.' },
    PUBLISHED_AT: { description: 'When it was published; drafts (which only editors see) by when they were created.' },
  },
});

@InputType({ description: 'How to sort cases (default: newest year first).' })
export class CaseOrder {
  @Field(() => CaseOrderField, { description: 'The field to sort by.' })
  field!: CaseOrderField;

  @Field(() => OrderDirection, {
    nullable: true,
    description: 'The direction (default: DESC for YEAR and PUBLISHED_AT, ASC for TITLE).',
  })
  direction?: OrderDirection | null;
}

@InputType({ description: 'A practice example. On update, fields left out stay as they are.' })
export class CaseInput {
  @Field(() => String, { nullable: true, description: 'URL key; made from the title when left out.' })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'The title (required when creating).' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'A short summary (required when creating).' })
  summary?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The story in Markdown (required when creating). No personal data about children.',
  })
  body?: string;

  @Field(() => Int, { nullable: true, description: 'The year of the practice (required when creating).' })
  year?: number;

  @Field(() => [TargetGroup], { nullable: true, description: 'Who the practice is about.' })
  targetGroups?: TargetGroup[];

  @Field(() => Int, { nullable: true, description: 'Youngest age of the children involved.' })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age of the children involved.' })
  ageMax?: number | null;

  @Field(() => Visibility, { nullable: true, description: 'Who may read it once published (default MEMBERS).' })
  visibility?: Visibility;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation it comes from (editors only; members propose for their own).',
  })
  organisation?: string;

  @Field(() => [ID], { nullable: true, description: 'Topics to file it under (replaces the current ones).' })
  topics?: string[];

  @Field(() => [ID], { nullable: true, description: 'Methods it uses (replaces the current ones).' })
  methods?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Confirms that text the personal-data guard warned about (PERSONAL_DATA_WARNING) is not personal data. CPR numbers are always refused.',
  })
  confirmPersonalData?: boolean;
}
