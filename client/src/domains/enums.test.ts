import { describe, expect, it } from 'vitest';
import * as generated from '../graphql/generated/graphql';
import * as enums from './enums';

/** Each list and the generated enum it must offer in full. */
const FULL: [keyof typeof enums, Record<string, string>][] = [
  ['ALL_STRENGTHS', generated.EvidenceStrength],
  ['SCHEMES', generated.EvidenceScheme],
  ['VISIBILITIES', generated.Visibility],
  ['FREQUENCIES', generated.DigestFrequency],
  ['TARGET_GROUPS', generated.TargetGroup],
  ['ORGANISATION_KINDS', generated.OrganisationKind],
  ['AGE_RANGES', generated.AgeRange],
  ['DESIGNS', generated.StudyDesign],
  ['EVENT_KINDS', generated.EventKind],
  ['SETTINGS', generated.MethodSetting],
  ['COST_UNITS', generated.CostUnit],
  ['MAIL_LANGUAGES', generated.MailLanguage],
  ['METHOD_ORDERS', generated.MethodOrderField],
  ['GAP_KINDS', generated.KnowledgeGapKind],
  ['TOKEN_SCOPES', generated.TokenScope],
  ['THREAD_KINDS', generated.ThreadKind],
];

describe('enum lists', () => {
  it('offer every value the schema has, once', () => {
    for (const [name, values] of FULL) {
      const list = enums[name] as readonly string[];
      expect([...list].sort(), name).toEqual(Object.values(values).sort());
    }
  });

  it('keep a scale in its order and filter only by grades of evidence', () => {
    expect(enums.ALL_STRENGTHS).toEqual(['STRONG', 'MODERATE', 'PROMISING', 'INSUFFICIENT', 'CONCERNING', 'NOT_RATED']);
    expect(enums.STRENGTHS).toEqual(['STRONG', 'MODERATE', 'PROMISING', 'INSUFFICIENT']);
    expect(enums.SCHEMES[0]).toBe('VIDENSBRO');
    expect(enums.TARGET_GROUPS[0]).toBe('FOSTER_CHILDREN');
  });
});
