import { Field, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { payloadType } from '../../graphql/payload.js';
import { EvidenceRating } from './evidence-rating.entity.js';
import { EvidenceScheme, EvidenceStrength } from './evidence.enums.js';
import { Study } from './study.entity.js';

@ObjectType({
  description:
    'Vidensbro’s editorial verdict on the evidence behind a method: what a practitioner should read first, with ' +
    'how far the rating schemes agree. Badges, the `minEvidenceStrength` filters, the `EVIDENCE_STRENGTH` order ' +
    'and the search facet `evidenceStrengths` all use this verdict.',
})
export class EvidenceVerdict {
  @Field(() => EvidenceStrength, {
    description:
      'The verdict: the editors’ own grade (the newest VIDENSBRO rating). Until the editors have graded the ' +
      'method, the lower median of the other schemes’ current ratings; NOT_RATED when no scheme has graded it.',
  })
  strength!: EvidenceStrength;

  @Field(() => EvidenceScheme, {
    nullable: true,
    description:
      'VIDENSBRO when the verdict is the editors’ grade; null when it is the schemes’ cautious middle (no ' +
      'editorial grade yet) or there is no rating.',
  })
  scheme!: EvidenceScheme | null;

  @Field(() => Int, {
    description:
      'How many of the current ratings (the newest on each scheme, the editors’ own included) give the same ' +
      'normalised strength as the verdict, e.g. 3 in "Moderate — 3 of 4 ratings".',
  })
  agreeing!: number;

  @Field(() => Int, {
    description:
      'How many schemes have graded the method (the newest rating on each counts once; "not rated" answers such as ' +
      'CEBC NR do not count).',
  })
  total!: number;
}

export const StudyPayload = payloadType(Study, 'study', {
  name: 'StudyPayload',
  description: 'The study after the change.',
  fieldDescription: 'The study.',
});
export const EvidenceRatingPayload = payloadType(EvidenceRating, 'evidenceRating', {
  name: 'EvidenceRatingPayload',
  description: 'The rating after the change; its method’s strength is already recomputed.',
  fieldDescription: 'The rating.',
});

export const StudyConnection = connectionType(Study, 'Study', 'A page of studies.');
export const EvidenceRatingConnection = connectionType(EvidenceRating, 'EvidenceRating', 'A page of evidence ratings.');
