/**
 * Danish plurals the hunspell dictionary lists as separate words without linking them to their singular
 * (umlaut and other irregular plurals). Search maps each form on the left to the base form on the right, so
 * "barn" finds "plejebørn" and "børnene". Everything else comes from the dictionary itself (see
 * server/src/search/lexicon.ts); add a line here only for a plural the dictionary cannot relate.
 */
export const irregularForms: Record<string, string> = {
  børn: 'barn',
  mænd: 'mand',
  bøger: 'bog',
  fødder: 'fod',
  hænder: 'hånd',
  tænder: 'tand',
  gæs: 'gås',
  køer: 'ko',
  tæer: 'tå',
  bønder: 'bonde',
  nætter: 'nat',
  stæder: 'stad',
  rødder: 'rod',
  fædre: 'far',
  mødre: 'mor',
  brødre: 'bror',
  døtre: 'datter',
  forældre: 'forælder',
  øjne: 'øje',
  ører: 'øre',
};

/**
 * English plurals the Porter stemmer leaves alone, mapped to the singular it would stem, so "children" in a query
 * finds "Child participation" and the other way round (server/src/search/query-analysis.ts).
 */
export const englishIrregularForms: Record<string, string> = {
  children: 'child',
  people: 'person',
  women: 'woman',
  men: 'man',
  youths: 'youth',
};
