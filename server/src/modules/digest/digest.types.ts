import { Field, ObjectType } from 'type-graphql';
import { Thread } from '../discussion/thread.entity.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { Method } from '../method/method.entity.js';
import { WorkshopOutput } from '../outcome/output.entity.js';
import { Topic } from '../topic/topic.entity.js';

@ObjectType({
  description:
    'What is new for you since a date, chosen by the topics you follow (and those below them), your organisation’s kind and your role (not by popularity), newest first.',
})
export class Digest {
  @Field(() => Date, { description: 'The start of the period the digest covers.' })
  since!: Date;

  @Field(() => [Topic], { description: 'The topics you follow, which the digest is built from.' })
  topics!: Topic[];

  @Field(() => [Method], {
    description: 'New or changed methods in the topics you follow (all methods while you follow no topic).',
  })
  methods!: Method[];

  @Field(() => [EvidenceRating], { description: 'New or changed evidence ratings of those methods.' })
  evidenceRatings!: EvidenceRating[];

  @Field(() => [WorkshopOutput], {
    description:
      'New workshop outputs about talks in your topics or from organisations of your kind (editors and admins: all new outputs, to feature the best).',
  })
  workshopOutputs!: WorkshopOutput[];

  @Field(() => [Thread], {
    description:
      'Active discussions on what you follow, on your topics and the knowledge filed under them, or where organisations of your kind take part.',
  })
  threads!: Thread[];
}
