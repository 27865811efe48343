import { Field, ID, InputType, Int } from 'type-graphql';
import { TargetGroup } from '../content/content.enums.js';
import { EvidenceStrength } from '../evidence/evidence.enums.js';
import { OrganisationKind } from '../organisation/organisation.entity.js';
import { AgeRange, SearchType } from './search.types.js';

@InputType({ description: 'Narrows a search; values within one list are alternatives, the lists all apply.' })
export class SearchFilter {
  @Field(() => [SearchType], { nullable: true, description: 'Only these kinds of items.' })
  types?: SearchType[] | null;

  @Field(() => [ID], { nullable: true, description: 'Items on any of these topics (or topics below them).' })
  topics?: string[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Items about any of these target groups.' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [AgeRange], { nullable: true, description: 'Items whose ages touch any of these ranges.' })
  ageRanges?: AgeRange[] | null;

  @Field(() => [EvidenceStrength], {
    nullable: true,
    description:
      'Items with any of these editorial verdicts (`Method.evidenceVerdict.strength`); a case or talk has the best ' +
      'verdict among its methods.',
  })
  evidenceStrengths?: EvidenceStrength[] | null;

  @Field(() => [OrganisationKind], {
    nullable: true,
    description: 'Cases and workshop outputs from, and organisations of, any of these kinds.',
  })
  organisationKinds?: OrganisationKind[] | null;

  @Field(() => [OrganisationKind], {
    nullable: true,
    description: 'Threads in which someone from any of these kinds of organisation has commented.',
  })
  participantKinds?: OrganisationKind[] | null;

  @Field(() => Int, { nullable: true, description: 'Items from this year or later (a thread: its last activity).' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Items from this year or earlier.' })
  yearTo?: number | null;
}
