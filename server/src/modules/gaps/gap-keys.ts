import { registerEnumType } from 'type-graphql';
import { fromGlobalId, toGlobalId } from 'graphql-relay';
import { BadUserInputError } from '../../graphql/errors.js';
import { registerIdShape } from '../../graphql/global-id.js';
import { TargetGroup } from '../content/content.enums.js';

/** The kinds of thin evidence the gap map shows. */
export enum KnowledgeGapKind {
  METHOD_EVIDENCE = 'METHOD_EVIDENCE',
  TOPIC_WITHOUT_STUDY = 'TOPIC_WITHOUT_STUDY',
  UNMEASURED_OUTCOME = 'UNMEASURED_OUTCOME',
}
registerEnumType(KnowledgeGapKind, {
  name: 'KnowledgeGapKind',
  description: 'Where the evidence is thin: an invitation to research.',
  valuesConfig: {
    METHOD_EVIDENCE: {
      description:
        'A method whose evidence is not rated at all, or whose newest Vidensportal rating grades a dimension C or D.',
    },
    TOPIC_WITHOUT_STUDY: {
      description: 'A topic with many practice examples (`minCases`, default 3) but no study filed under it.',
    },
    UNMEASURED_OUTCOME: {
      description:
        'A target group that practice examples or methods address, whose outcomes nobody has measured: no ' +
        'quantitative study (RCT, quasi-experimental, cohort, register study, meta-analysis, systematic review) ' +
        'of any method for that group.',
    },
  },
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TARGET_GROUPS = new Set<string>(Object.values(TargetGroup));

/** A gap's key: its kind and what it is about (a method's or topic's uuid, or a target group). */
export interface GapKey {
  kind: KnowledgeGapKind;
  subject: string;
}

export const gapKeyText = (key: GapKey): string => `${key.kind}:${key.subject}`;

export const gapGlobalId = (key: GapKey): string => toGlobalId('KnowledgeGap', gapKeyText(key));

/** The gap a key text ("KIND:subject") names, or null when it has not a gap's shape. */
function keyOf(id: string): GapKey | null {
  const [kind, subject = ''] = id.split(/:(.*)/s);
  const valid =
    ((kind === KnowledgeGapKind.METHOD_EVIDENCE || kind === KnowledgeGapKind.TOPIC_WITHOUT_STUDY) &&
      UUID.test(subject)) ||
    (kind === KnowledgeGapKind.UNMEASURED_OUTCOME && TARGET_GROUPS.has(subject));
  return valid ? { kind: kind, subject } : null;
}

registerIdShape('KnowledgeGap', (id) => keyOf(id) !== null);

/** Decodes a gap's ID and checks its shape (BAD_USER_INPUT otherwise); whether the gap exists is the caller's. */
export function decodeGapId(globalId: string, argument = 'gap'): GapKey {
  let type = '';
  let id = '';
  try {
    ({ type, id } = fromGlobalId(globalId));
  } catch {
    // falls through to the refusal
  }
  const key = type === 'KnowledgeGap' ? keyOf(id) : null;
  if (!key) throw new BadUserInputError('This is not the ID of a knowledge gap.', argument);
  return key;
}
