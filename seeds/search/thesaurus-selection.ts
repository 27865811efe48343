/**
 * Which relations of the Danish thesaurus search uses: a headword and the words listed under it that mean the
 * same thing in child-welfare practice. seeds/search/derive-thesaurus.ts checks every pair against the thesaurus
 * and writes seeds/search/thesaurus-synonyms.ts from them. Most of the thesaurus is general language ("ven" is
 * also a fan and a business partner): only pairs that hold in this field are chosen, by hand.
 */
export const thesaurusSelection: { headword: string; keep: string[] }[] = [
  { headword: 'baby', keep: ['spædbarn'] },
  { headword: 'pjække', keep: ['skulke', 'udeblive'] },
  { headword: 'anbringelse', keep: ['placering'] },
  { headword: 'udsat', keep: ['sårbar'] },
  { headword: 'lektie', keep: ['hjemmearbejde'] },
  { headword: 'hjemmearbejde', keep: ['lektier'] },
  { headword: 'institution', keep: ['anbringelsessted'] },
  { headword: 'børnehjem', keep: ['opdragelseshjem'] },
  { headword: 'mishandling', keep: ['maltraktering'] },
  { headword: 'vanrøgt', keep: ['misrøgt'] },
  { headword: 'ven', keep: ['kammerat', 'veninde'] },
];
