import { Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { UserError } from '../../graphql/payload.js';
import { WorkshopOutput } from './output.entity.js';

export const WorkshopOutputConnection = connectionType(
  WorkshopOutput,
  'WorkshopOutput',
  'A page of workshop outputs, newest first.',
);
@ObjectType({ description: 'The workshop output after the change.' })
export class WorkshopOutputPayload {
  @Field(() => WorkshopOutput, { nullable: true, description: 'The output.' })
  output?: WorkshopOutput | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
