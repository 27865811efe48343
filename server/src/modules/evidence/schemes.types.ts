import { Field, ObjectType } from 'type-graphql';
import { EvidenceScheme, EvidenceStrength } from './evidence.enums.js';

@ObjectType({ description: 'One value a rating scheme gives, and where it lands on Vidensbro’s common scale.' })
export class SchemeValue {
  @Field(() => String, { description: 'The value in the scheme’s own terms, as in `EvidenceRating.value`.' })
  value!: string;

  @Field(() => EvidenceStrength, { description: 'The value normalised to Vidensbro’s common scale.' })
  strength!: EvidenceStrength;
}
@ObjectType({ description: 'A rating scheme: its values and how each maps to the common scale.' })
export class EvidenceSchemeInfo {
  @Field(() => EvidenceScheme, { description: 'The scheme.' })
  scheme!: EvidenceScheme;

  @Field(() => String, { nullable: true, description: 'The scheme’s public home page; null for Vidensbro’s own.' })
  homePage!: string | null;

  @Field(() => [SchemeValue], { description: 'Every value the scheme gives, strongest first.' })
  values!: SchemeValue[];
}
