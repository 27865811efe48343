import type { EvidenceStrength, OrganisationKind, TargetGroup } from '../graphql/generated/graphql';

/** Enum values in the order filters list them (the generated types are unions, so we spell them out once). */
export const STRENGTHS: readonly EvidenceStrength[] = ['STRONG', 'MODERATE', 'PROMISING', 'INSUFFICIENT'];
export const TARGET_GROUPS: readonly TargetGroup[] = [
  'FOSTER_CHILDREN',
  'FOSTER_FAMILIES',
  'CHILDREN_IN_RESIDENTIAL_CARE',
  'CHILDREN_AT_RISK',
  'CARE_LEAVERS',
  'BIRTH_PARENTS',
  'SCHOOLS',
  'PROFESSIONALS',
];
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'MUNICIPALITY',
  'REGION',
  'STATE_AGENCY',
  'RESEARCH_INSTITUTE',
  'UNIVERSITY_COLLEGE',
  'FOUNDATION',
  'INTEREST_ORGANISATION',
  'NGO',
  'SERVICE_PROVIDER',
  'PRIVATE_COMPANY',
];
