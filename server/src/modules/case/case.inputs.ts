import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { TargetGroup } from '../content/content.enums.js';
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
