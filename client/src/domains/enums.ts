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
 * Every enum list the interface offers, derived from the codegen's enum objects (`enumsAsConst`), so a value the
 * schema gains appears without anyone spelling it out here.
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

export const TARGET_GROUPS = valuesOf(TargetGroup);
export const ORGANISATION_KINDS = valuesOf(OrganisationKind);
export const AGE_RANGES = valuesOf(AgeRange);
export const DESIGNS = valuesOf(StudyDesign);
export const EVENT_KINDS = valuesOf(EventKind);
export const SETTINGS = valuesOf(MethodSetting);
export const COST_UNITS = valuesOf(CostUnit);
export const MAIL_LANGUAGES = valuesOf(MailLanguage);
export const METHOD_ORDERS = valuesOf(MethodOrderField);
export const GAP_KINDS = valuesOf(KnowledgeGapKind);
export const TOKEN_SCOPES = valuesOf(TokenScope);
export const THREAD_KINDS = valuesOf(ThreadKind);
