import { Field, ID, InputType, Int } from 'type-graphql';
import { KnowledgeGapKind } from './gap-keys.js';

@InputType({ description: 'Which knowledge gaps to show.' })
export class KnowledgeGapFilter {
  @Field(() => [KnowledgeGapKind], { nullable: true, description: 'Only these kinds (all when left out).' })
  kinds?: KnowledgeGapKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only gaps within this topic and the topics below it.' })
  topic?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many practice examples make a topic without a study a gap (1–1000; default 3).',
  })
  minCases?: number | null;
}
@InputType({ description: 'Marks a gap "we are studying this".' })
export class KnowledgeGapClaimInput {
  @Field(() => String, { description: 'Whom to contact about the study (a name, an e-mail address or both).' })
  contact!: string;

  @Field(() => String, { description: 'When results are expected, YYYY-MM-DD.' })
  expectedOn!: string;

  @Field(() => String, { nullable: true, description: 'A note on the study (at most 2000 characters).' })
  note?: string | null;
}
