import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { TargetGroup } from '../content/content.enums.js';
import { KnowledgeGapKind } from './gap-keys.js';
import type { GapRow } from './gap.queries.js';

export enum VidensportalDimension {
  TARGET_GROUP = 'TARGET_GROUP',
  METHOD = 'METHOD',
  IMPLEMENTATION = 'IMPLEMENTATION',
  EFFECT = 'EFFECT',
  ECONOMY = 'ECONOMY',
}
registerEnumType(VidensportalDimension, {
  name: 'VidensportalDimension',
  description: 'One of the five dimensions of the Danish Vidensdeklaration.',
  valuesConfig: {
    TARGET_GROUP: { description: 'Knowledge about the target group.' },
    METHOD: { description: 'Knowledge about the method.' },
    IMPLEMENTATION: { description: 'Knowledge about implementation.' },
    EFFECT: { description: 'Knowledge about effect.' },
    ECONOMY: { description: 'Knowledge about economy.' },
  },
});

/** A researchers' organisation's "we are studying this"; the organisation is resolved through a loader. */
@ObjectType({ description: 'A researchers’ organisation studies a knowledge gap.' })
export class KnowledgeGapClaim {
  @Field(() => ID, { description: 'The claim’s ID (to withdraw it).' })
  id!: string;

  organisationId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Whom to contact about the study; members only (null for others).',
  })
  contact!: string | null;

  @Field(() => String, { description: 'When results are expected (YYYY-MM-DD).' })
  expectedOn!: string;

  @Field(() => String, { nullable: true, description: 'A note on the study; members only (null for others).' })
  note!: string | null;

  @Field(() => Date, { description: 'When the gap was marked.' })
  createdAt!: Date;
}

/** A gap as the gap map shows it; computed, not stored (see KnowledgeGapKind). */
@ObjectType({ description: 'Where the evidence is thin: a method, topic or target group that invites research.' })
export class KnowledgeGap {
  @Field(() => ID, { description: 'The gap’s opaque ID: for following it and marking it studied.' })
  id!: string;

  @Field(() => KnowledgeGapKind, { description: 'What kind of gap this is.' })
  kind!: KnowledgeGapKind;

  methodId!: string | null;
  topicId!: string | null;

  @Field(() => TargetGroup, { nullable: true, description: 'The target group, for UNMEASURED_OUTCOME gaps.' })
  targetGroup!: TargetGroup | null;

  @Field(() => String, { description: 'A label: the method’s name, the topic’s Danish name, or the target group.' })
  label!: string;

  @Field(() => Int, { description: 'How many practice examples (that you may read) rest on what the gap is about.' })
  caseCount!: number;

  @Field(() => Int, { description: 'How many studies (that you may read) are linked to the method.' })
  studyCount!: number;

  @Field(() => Boolean, { description: 'True when the method has no rating on any scheme.' })
  unrated!: boolean;

  @Field(() => [VidensportalDimension], {
    description: 'The dimensions the method’s newest Vidensportal rating grades C or D.',
  })
  weakDimensions!: VidensportalDimension[];

  @Field(() => [KnowledgeGapClaim], {
    description: 'Researchers’ organisations studying the gap, soonest results first.',
  })
  studiedBy!: KnowledgeGapClaim[];

  @Field(() => Boolean, { description: 'Whether you follow the gap (to hear when results arrive).' })
  viewerIsFollowing!: boolean;

  cursor!: string;
}

export const KnowledgeGapConnection = connectionType(KnowledgeGap, 'KnowledgeGap', 'A page of knowledge gaps.');
const DIMENSION_KEYS: Record<string, VidensportalDimension> = {
  targetgroup: VidensportalDimension.TARGET_GROUP,
  target_group: VidensportalDimension.TARGET_GROUP,
  method: VidensportalDimension.METHOD,
  implementation: VidensportalDimension.IMPLEMENTATION,
  effect: VidensportalDimension.EFFECT,
  economy: VidensportalDimension.ECONOMY,
};

/** A row of the gap query as the GraphQL object; contact details only for members. */
export function presentGap(row: GapRow, id: string, members: boolean): KnowledgeGap {
  const gap = new KnowledgeGap();
  gap.id = id;
  gap.kind = row.kind;
  gap.methodId = row.kind === KnowledgeGapKind.METHOD_EVIDENCE ? row.subject : null;
  gap.topicId = row.kind === KnowledgeGapKind.TOPIC_WITHOUT_STUDY ? row.subject : null;
  gap.targetGroup = row.kind === KnowledgeGapKind.UNMEASURED_OUTCOME ? (row.subject as TargetGroup) : null;
  gap.label = row.label;
  gap.caseCount = row.caseCount;
  gap.studyCount = row.studyCount;
  gap.unrated = row.unrated;
  gap.weakDimensions = Object.entries(row.dimensions ?? {})
    .filter(([, grade]) => grade === 'C' || grade === 'D')
    .map(([key]) => DIMENSION_KEYS[key.toLowerCase()])
    .filter((d): d is VidensportalDimension => d !== undefined);
  gap.studiedBy = row.claims.map((claim) =>
    Object.assign(new KnowledgeGapClaim(), {
      id: claim.id,
      organisationId: claim.organisationId,
      contact: members ? claim.contact : null,
      expectedOn: claim.expectedOn,
      note: members ? claim.note : null,
      createdAt: new Date(claim.createdAt),
    }),
  );
  gap.viewerIsFollowing = row.following;
  gap.cursor = row.cursor;
  return gap;
}
