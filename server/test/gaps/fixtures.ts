import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../../src/modules/case/case.entity.js';
import { TargetGroup, Visibility } from '../../src/modules/content/content.enums.js';
import { EvidenceRating, VidensportalDimensions } from '../../src/modules/evidence/evidence-rating.entity.js';
import { EvidenceScheme, EvidenceStrength, VidensportalGrade } from '../../src/modules/evidence/evidence.enums.js';
import { Study, StudyDesign } from '../../src/modules/evidence/study.entity.js';
import { MemberRole, type Member } from '../../src/modules/member/member.entity.js';
import { Method } from '../../src/modules/method/method.entity.js';
import { OrganisationKind, type Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Topic } from '../../src/modules/topic/topic.entity.js';
import { createMember, createOrganisation } from '../helpers/factories.js';

let counter = 0;
const next = (prefix: string) => `${prefix}-${++counter}`;

export function topic(em: EntityManager, name: string, parent?: Topic): Topic {
  return em.create(Topic, { slug: next('t'), nameDa: name, nameEn: name, parent: parent ?? null });
}

export function method(
  em: EntityManager,
  props: { name: string; topics?: Topic[]; groups?: TargetGroup[]; visibility?: Visibility; owner?: Organisation },
): Method {
  const row = em.create(Method, {
    slug: next('m'),
    name: props.name,
    summary: 's',
    description: 'd',
    targetGroups: props.groups ?? [],
    visibility: props.visibility ?? Visibility.PUBLIC,
    owner: props.owner ?? null,
    publishedAt: new Date(),
  });
  row.topics.set(props.topics ?? []);
  return row;
}

export function practiceCase(
  em: EntityManager,
  props: { organisation: Organisation; topics?: Topic[]; methods?: Method[]; groups?: TargetGroup[] },
): Case {
  const row = em.create(Case, {
    slug: next('c'),
    title: next('Case'),
    summary: 's',
    body: 'b',
    organisation: props.organisation,
    year: 2025,
    targetGroups: props.groups ?? [],
    publishedAt: new Date(),
  });
  row.topics.set(props.topics ?? []);
  row.methods.set(props.methods ?? []);
  return row;
}

export function study(
  em: EntityManager,
  props: { design?: StudyDesign; topics?: Topic[]; methods?: Method[]; published?: boolean },
): Study {
  const row = em.create(Study, {
    slug: next('s'),
    title: next('Study'),
    abstract: 'a',
    design: props.design ?? StudyDesign.RCT,
    year: 2024,
    publisher: 'VIVE',
    publishedAt: props.published === false ? null : new Date(),
  });
  row.topics.set(props.topics ?? []);
  for (const m of props.methods ?? []) m.studies.add(row);
  return row;
}

export function vidensportal(
  em: EntityManager,
  m: Method,
  grades: Partial<Record<keyof VidensportalDimensions, VidensportalGrade>>,
) {
  const dimensions = Object.assign(new VidensportalDimensions(), {
    targetGroup: 'A',
    method: 'A',
    implementation: 'B',
    effect: 'B',
    economy: 'B',
    ...grades,
  });
  return em.create(EvidenceRating, {
    method: m,
    scheme: EvidenceScheme.VIDENSPORTAL,
    value: dimensions.effect,
    strength: EvidenceStrength.PROMISING,
    dimensions,
    ratedOn: '2025-01-01',
    source: 'Vidensportalen',
  });
}

export function cebc(em: EntityManager, m: Method, value = '2') {
  return em.create(EvidenceRating, {
    method: m,
    scheme: EvidenceScheme.CEBC,
    value,
    strength: EvidenceStrength.MODERATE,
    ratedOn: '2025-01-01',
    source: 'CEBC',
  });
}

export interface People {
  municipality: Organisation;
  university: Organisation;
  member: Member;
  researcher: Member;
  editor: Member;
}

export async function people(em: EntityManager, prefix: string): Promise<People> {
  const municipality = await createOrganisation(em, { slug: `${prefix}-kommune` });
  const university = await createOrganisation(em, {
    slug: `${prefix}-ucl`,
    kind: OrganisationKind.UNIVERSITY_COLLEGE,
  });
  return {
    municipality,
    university,
    member: await createMember(em, { organisation: municipality }),
    researcher: await createMember(em, { organisation: university }),
    editor: await createMember(em, { organisation: municipality, role: MemberRole.EDITOR }),
  };
}

export { TargetGroup, VidensportalGrade, Visibility, StudyDesign };
