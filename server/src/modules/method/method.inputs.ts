import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { TargetGroup, Visibility } from '../content/content.enums.js';
import { OrderDirection, PublicationFilter } from '../content/content.inputs.js';
import { EvidenceScheme, EvidenceStrength } from '../evidence/evidence.enums.js';
import { CostUnit, MethodSetting } from './practice.enums.js';
import { MethodPartyInput } from './practice.inputs.js';

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

@InputType({ description: 'A method (intervention). On update, fields left out stay as they are.' })
export class MethodInput {
  @Field(() => String, { nullable: true, description: 'URL key; made from the name when left out.' })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'The name used in Denmark (required when creating).' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'The original name, for methods from abroad.' })
  originalName?: string | null;

  @Field(() => String, { nullable: true, description: 'One or two sentences (required when creating).' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'The description in Markdown (required when creating).' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'The country the method comes from.' })
  origin?: string | null;

  @Field(() => String, { nullable: true, description: 'The method’s website (http or https).' })
  website?: string | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Who the method is for.' })
  targetGroups?: TargetGroup[];

  @Field(() => Int, { nullable: true, description: 'The youngest age the method is meant for.' })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'The oldest age the method is meant for.' })
  ageMax?: number | null;

  @Field(() => [MethodSetting], { nullable: true, description: 'Where the method is delivered.' })
  settings?: MethodSetting[];

  @Field(() => String, { nullable: true, description: 'What it costs, in words (at most 1000 characters).' })
  costNote?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'An indicative price in DKK (0–10,000,000); give `costUnit` with it.',
  })
  costDkk?: number | null;

  @Field(() => CostUnit, { nullable: true, description: 'What `costDkk` is the price of; give `costDkk` with it.' })
  costUnit?: CostUnit | null;

  @Field(() => String, { nullable: true, description: 'How long the training takes, in words.' })
  trainingDuration?: string | null;

  @Field(() => String, { nullable: true, description: 'Who trains and certifies practitioners.' })
  trainingCertifiedBy?: string | null;

  @Field(() => [MethodPartyInput], {
    nullable: true,
    description: 'Danish providers, in order (at most 30; replaces the current ones).',
  })
  providers?: MethodPartyInput[];

  @Field(() => [MethodPartyInput], {
    nullable: true,
    description: 'Municipalities that use the method, in order (at most 30; replaces the current ones).',
  })
  municipalities?: MethodPartyInput[];

  @Field(() => Visibility, { nullable: true, description: 'Who may read it once published (default PUBLIC).' })
  visibility?: Visibility;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own.',
  })
  owner?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Topics to file it under (replaces the current ones).' })
  topics?: string[];

  @Field(() => [ID], { nullable: true, description: 'Studies of the method (replaces the current ones).' })
  studies?: string[];
}
