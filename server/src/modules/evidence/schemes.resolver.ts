import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { EvidenceScheme, EvidenceStrength } from './evidence.enums.js';
import { SCHEME_HOME_PAGES, SCHEME_VALUES } from './strength.js';

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

@Resolver()
export class EvidenceSchemesResolver {
  @Query(() => [EvidenceSchemeInfo], {
    description:
      'Every rating scheme and how its values map to the common scale: the rule the verdict and the strength ' +
      'facet are computed by, so a "how we rate" page never drifts from it.',
  })
  evidenceSchemes(): EvidenceSchemeInfo[] {
    return Object.values(EvidenceScheme).map((scheme) => ({
      scheme,
      homePage: SCHEME_HOME_PAGES[scheme] ?? null,
      values: Object.entries(SCHEME_VALUES[scheme]).map(([value, strength]) => ({ value, strength })),
    }));
  }
}
