import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { TargetGroup } from '../content/content.enums.js';
import { OrderDirection, PublicationFilter } from '../content/content.inputs.js';
import { EvidenceScheme, EvidenceStrength } from '../evidence/evidence.enums.js';

@InputType({ description: 'Narrows a list of methods; all given conditions must hold.' })
export class MethodFilter extends PublicationFilter {
  @Field(() => ID, { nullable: true, description: 'Methods on this topic or any topic below it.' })
  topic?: string | null;

  @Field(() => TargetGroup, { nullable: true, description: 'Methods for this target group.' })
  targetGroup?: TargetGroup | null;

  @Field(() => Int, { nullable: true, description: 'Methods whose age range covers this age.' })
  age?: number | null;

  @Field(() => EvidenceStrength, {
    nullable: true,
    description: 'Methods whose editorial verdict (`evidenceVerdict.strength`) is at least this strong.',
  })
  minEvidenceStrength?: EvidenceStrength | null;

  @Field(() => EvidenceScheme, { nullable: true, description: 'Methods rated on this scheme.' })
  ratedOn?: EvidenceScheme | null;

  @Field(() => ID, { nullable: true, description: 'Methods examined by this study.' })
  study?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Methods with any of these slugs (at most 100), e.g. the methods being compared side by side.',
  })
  slugs?: string[] | null;
}

export enum MethodOrderField {
  NAME = 'NAME',
  EVIDENCE_STRENGTH = 'EVIDENCE_STRENGTH',
  PUBLISHED_AT = 'PUBLISHED_AT',
}
registerEnumType(MethodOrderField, {
  name: 'MethodOrderField',
  description: 'What to sort methods by.',
  valuesConfig: {
    NAME: { description: 'The name, alphabetically.' },
    EVIDENCE_STRENGTH: {
      description: 'The editorial verdict (`evidenceVerdict.strength`), strongest first by default.',
    },
    PUBLISHED_AT: { description: 'When it was published; drafts (which only editors see) by when they were created.' },
  },
});

@InputType({ description: 'How to sort methods (default: by name).' })
export class MethodOrder {
  @Field(() => MethodOrderField, { description: 'The field to sort by.' })
  field!: MethodOrderField;

  @Field(() => OrderDirection, {
    nullable: true,
    description: 'The direction (default: ASC for NAME, DESC otherwise).',
  })
  direction?: OrderDirection | null;
}
