import { registerEnumType } from 'type-graphql';

/** Where a method is delivered; practitioners compare methods on it. */
export enum MethodSetting {
  HOME = 'HOME',
  FOSTER_HOME = 'FOSTER_HOME',
  DAYCARE = 'DAYCARE',
  SCHOOL = 'SCHOOL',
  RESIDENTIAL = 'RESIDENTIAL',
  OUTPATIENT = 'OUTPATIENT',
  GROUP = 'GROUP',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(MethodSetting, {
  name: 'MethodSetting',
  description: 'Where a method is delivered.',
  valuesConfig: {
    HOME: { description: 'In the family’s own home (i hjemmet).' },
    FOSTER_HOME: { description: 'In the foster family (i plejefamilien).' },
    DAYCARE: { description: 'In day care (dagtilbud).' },
    SCHOOL: { description: 'At school (i skolen).' },
    RESIDENTIAL: { description: 'In residential care (døgntilbud, opholdssted).' },
    OUTPATIENT: { description: 'As outpatient treatment or counselling (ambulant).' },
    GROUP: { description: 'As a group course (gruppeforløb).' },
    COMMUNITY: { description: 'In leisure time or civil society (fritid, civilsamfund).' },
  },
});

/** What an indicative price is for. */
export enum CostUnit {
  PER_FAMILY = 'PER_FAMILY',
  PER_CHILD = 'PER_CHILD',
  PER_PRACTITIONER = 'PER_PRACTITIONER',
  PER_GROUP = 'PER_GROUP',
}
registerEnumType(CostUnit, {
  name: 'CostUnit',
  description: 'What the indicative price of a method covers.',
  valuesConfig: {
    PER_FAMILY: { description: 'One family’s course.' },
    PER_CHILD: { description: 'One child’s course.' },
    PER_PRACTITIONER: { description: 'Training and certifying one practitioner.' },
    PER_GROUP: { description: 'One group course.' },
  },
});

/** How an organisation or person is connected to a method in Danish practice. */
export enum MethodPartyRole {
  PROVIDER = 'PROVIDER',
  MUNICIPALITY = 'MUNICIPALITY',
}
