import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/payload.js';
import { WorkshopBriefing } from './briefing.entity.js';

@ObjectType({ description: 'The briefing after the change.' })
export class WorkshopBriefingPayload {
  @Field(() => WorkshopBriefing, { nullable: true, description: 'The briefing.' })
  briefing?: WorkshopBriefing | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
