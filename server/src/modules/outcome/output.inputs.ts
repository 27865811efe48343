import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'What a group took from a workshop.' })
export class WorkshopOutputInput {
  @Field(() => ID, { description: 'The workshop’s ID.' })
  workshopId!: string;

  @Field(() => String, { description: 'What the talk means in your organisation’s context. No personal data.' })
  insight!: string;

  @Field(() => String, { description: 'The next step your organisation will take.' })
  nextStep!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Confirms that text the personal-data guard warned about (PERSONAL_DATA_WARNING) is not personal data.',
  })
  confirmPersonalData?: boolean;
}
@InputType({ description: 'Conditions on workshop outputs; all given ones must hold.' })
export class WorkshopOutputFilter {
  @Field(() => ID, { nullable: true, description: 'Only from this workshop.' })
  workshop?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only about this talk.' })
  talk?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only from this organisation.' })
  organisation?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only featured (true) or not featured (false) outputs.' })
  featured?: boolean | null;
}
