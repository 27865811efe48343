import { Query, Resolver } from 'type-graphql';
import { EvidenceScheme } from './evidence.enums.js';
import { EvidenceSchemeInfo } from './schemes.types.js';
import { SCHEME_HOME_PAGES, SCHEME_VALUES } from './strength.js';

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
