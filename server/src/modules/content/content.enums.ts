import { registerEnumType } from 'type-graphql';

/** Who may read a row. Every content row has one; the policy layer enforces it on every read path. */
export enum Visibility {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'Who may read a piece of content.',
  valuesConfig: {
    PUBLIC: { description: 'Everyone, also without signing in.' },
    MEMBERS: { description: 'Signed-in members of organisations with an active membership.' },
    ORGANISATION: { description: 'Only members of the organisation that owns the content.' },
  },
});

/** Who an intervention or practice example is for. */
export enum TargetGroup {
  FOSTER_CHILDREN = 'FOSTER_CHILDREN',
  CHILDREN_IN_RESIDENTIAL_CARE = 'CHILDREN_IN_RESIDENTIAL_CARE',
  CHILDREN_AT_RISK = 'CHILDREN_AT_RISK',
  CARE_LEAVERS = 'CARE_LEAVERS',
  FOSTER_FAMILIES = 'FOSTER_FAMILIES',
  BIRTH_PARENTS = 'BIRTH_PARENTS',
  PROFESSIONALS = 'PROFESSIONALS',
  SCHOOLS = 'SCHOOLS',
}
registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  description: 'The people a method, case or study is about.',
  valuesConfig: {
    FOSTER_CHILDREN: { description: 'Children placed in foster families (plejefamilier), including kinship care.' },
    CHILDREN_IN_RESIDENTIAL_CARE: { description: 'Children in residential care (døgninstitutioner, opholdssteder).' },
    CHILDREN_AT_RISK: { description: 'Children and young people in vulnerable positions living at home.' },
    CARE_LEAVERS: { description: 'Young people leaving care (efterværn).' },
    FOSTER_FAMILIES: { description: 'Foster parents and their families.' },
    BIRTH_PARENTS: { description: 'The parents of children in care.' },
    PROFESSIONALS: { description: 'Case workers, teachers, pedagogues and other professionals.' },
    SCHOOLS: { description: 'Schools and day care.' },
  },
});
