import {
  AgeRange,
  CostUnit,
  DigestFrequency,
  EventKind,
  EvidenceScheme,
  EvidenceStrength,
  KnowledgeGapKind,
  MailLanguage,
  MethodOrderField,
  MethodSetting,
  OrganisationKind,
  StudyDesign,
  TargetGroup,
  ThreadKind,
  TokenScope,
  Visibility,
} from '../graphql/generated/graphql';

/**
 * Every enum list the interface offers, derived from the codegen's enum objects (`enumsAsConst`): in the schema's
 * order, or ranked where the order carries meaning for the reader.
 */
export function valuesOf<V extends string>(values: Readonly<Record<string, V>>): readonly V[] {
  return Object.values(values);
}

/**
 * An enum's values in the order a reader meets them, where the schema's alphabetical order would mislead (a
 * scale, a default first). `rank` covers the whole enum, so a value the schema gains does not compile until it
 * has its place.
 */
export function ranked<V extends string>(values: Readonly<Record<string, V>>, rank: Record<V, number>): readonly V[] {
  return [...valuesOf(values)].sort((a, b) => rank[a] - rank[b]);
}

/** The strength scale, strongest first, then the two that are not grades of evidence. */
export const ALL_STRENGTHS = ranked(EvidenceStrength, {
  STRONG: 0,
  MODERATE: 1,
  PROMISING: 2,
  INSUFFICIENT: 3,
  CONCERNING: 4,
  NOT_RATED: 5,
});
/** The grades a list filters by: a concern or the lack of a rating is not a level of evidence to ask for. */
export const STRENGTHS = ALL_STRENGTHS.filter((s) => s !== 'CONCERNING' && s !== 'NOT_RATED');
/** Our own rating first, then the Danish portal, then the foreign clearinghouses. */
export const SCHEMES = ranked(EvidenceScheme, {
  VIDENSBRO: 0,
  VIDENSPORTAL: 1,
  CEBC: 2,
  EIF: 3,
  BLUEPRINTS: 4,
  WWC: 5,
});
/** From the widest audience to the narrowest. */
export const VISIBILITIES = ranked(Visibility, { PUBLIC: 0, MEMBERS: 1, ORGANISATION: 2 });
/** The usual choice first, "never" last. */
export const FREQUENCIES = ranked(DigestFrequency, { WEEKLY: 0, DAILY: 1, NEVER: 2 });

/** Children first, then their families, then the people and places around them. */
export const TARGET_GROUPS = ranked(TargetGroup, {
  FOSTER_CHILDREN: 0,
  FOSTER_FAMILIES: 1,
  CHILDREN_IN_RESIDENTIAL_CARE: 2,
  CHILDREN_AT_RISK: 3,
  CARE_LEAVERS: 4,
  BIRTH_PARENTS: 5,
  SCHOOLS: 6,
  PROFESSIONALS: 7,
});
/** The public sector first (the forum's core), then research, then civil society and business. */
export const ORGANISATION_KINDS = ranked(OrganisationKind, {
  MUNICIPALITY: 0,
  REGION: 1,
  STATE_AGENCY: 2,
  RESEARCH_INSTITUTE: 3,
  UNIVERSITY_COLLEGE: 4,
  FOUNDATION: 5,
  INTEREST_ORGANISATION: 6,
  NGO: 7,
  SERVICE_PROVIDER: 8,
  PRIVATE_COMPANY: 9,
});
export const AGE_RANGES = valuesOf(AgeRange);
/** From controlled trials to single cases, as an editor weighs them. */
export const DESIGNS = ranked(StudyDesign, {
  RCT: 0,
  QUASI_EXPERIMENTAL: 1,
  COHORT: 2,
  REGISTER_STUDY: 3,
  SYSTEMATIC_REVIEW: 4,
  META_ANALYSIS: 5,
  EVALUATION: 6,
  MIXED_METHODS: 7,
  QUALITATIVE: 8,
  CASE_STUDY: 9,
});
export const EVENT_KINDS = valuesOf(EventKind);
/** From the child's home outwards. */
export const SETTINGS = ranked(MethodSetting, {
  HOME: 0,
  FOSTER_HOME: 1,
  DAYCARE: 2,
  SCHOOL: 3,
  RESIDENTIAL: 4,
  OUTPATIENT: 5,
  GROUP: 6,
  COMMUNITY: 7,
});
/** The usual pricing first. */
export const COST_UNITS = ranked(CostUnit, { PER_FAMILY: 0, PER_CHILD: 1, PER_PRACTITIONER: 2, PER_GROUP: 3 });
export const MAIL_LANGUAGES = valuesOf(MailLanguage);
export const METHOD_ORDERS = valuesOf(MethodOrderField);
export const GAP_KINDS = valuesOf(KnowledgeGapKind);
export const TOKEN_SCOPES = valuesOf(TokenScope);
export const THREAD_KINDS = valuesOf(ThreadKind);
