import { Field, ID, InputType, Int } from 'type-graphql';
import { payloadType } from '../../graphql/payload.js';
import { editingMutations } from '../content/editing.resolver.js';
import { TargetGroup, Visibility } from '../content/content.enums.js';
import { Case } from './case.entity.js';
import { createCase, updateCase } from './case.commands.js';

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

export const CasePayload = payloadType(Case, 'case', {
  name: 'CasePayload',
  description: 'The case after the change.',
  fieldDescription: 'The case.',
});

export const CaseMutations = editingMutations({
  type: 'Case',
  field: 'case',
  Input: CaseInput,
  Payload: CasePayload,
  create: {
    description: 'Creates a case as a draft: editors for any organisation, members as a proposal from their own.',
    run: createCase,
  },
  update: { description: 'Changes a case (editors; members their own organisation’s drafts).', run: updateCase },
});
