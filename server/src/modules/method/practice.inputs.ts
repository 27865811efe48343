import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A Danish provider of a method, or a municipality that uses it.' })
export class MethodPartyInput {
  @Field(() => String, {
    nullable: true,
    description: 'The name; taken from `organisation` when left out (one of the two is required).',
  })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A page about the method there (http or https).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A short note, e.g. what is offered or since when.' })
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation in Vidensbro, where it is one; for municipalities, an organisation of kind MUNICIPALITY. ' +
      'Left out, an entry keeps the organisation of the current entry with the same name; null removes it.',
  })
  organisation?: string | null;
}
