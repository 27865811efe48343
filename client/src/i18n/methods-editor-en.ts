import type { daMethodsEditor } from './methods-editor-da';

/** The method editor's practical-fact fields in English. */
export const enMethodsEditor: typeof daMethodsEditor = {
  field: {
    settings: 'Where it is used',
    costNote: 'Cost (text)',
    costDkk: 'Indicative price in DKK',
    costUnit: 'The price is',
    trainingDuration: 'Length of training',
    trainingCertifiedBy: 'Who trains and certifies',
    providers: 'Providers in Denmark',
    municipalities: 'Municipalities that use it',
  },
  hint: {
    costNote: 'Price range, what it covers and who pays.',
    costDkk: 'A whole number; also fill in “The price is”.',
    providers: 'One per line: name | link | note, e.g. “Center East | https://… | Courses in Aarhus”.',
    municipalities: 'One per line: name | link | note, e.g. “Fjordby Municipality | | Since 2021”.',
  },
};
