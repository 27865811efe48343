/**
 * The search relevance set: Danish queries a practitioner might type, with what they must find on the demo
 * content (seeds/demo). `first` must be the top hit; every slug in `find` must be among the first `within` hits
 * (default 10). server/test/search/relevance.test.ts runs it against a real Meilisearch; a change to ranking,
 * synonyms, stop words or the lexicon that breaks one of these is a regression.
 */
export interface RelevanceCase {
  query: string;
  first?: string;
  find?: string[];
  within?: number;
  /** What the case guards. */
  why: string;
}

export const relevanceSet: RelevanceCase[] = [
  // Compounds: a part finds the whole word
  {
    query: 'familie',
    find: ['lektiebroen-laesemakkere', 'naar-plejefamilien-bliver-laeringsmiljoe'],
    within: 20,
    why: 'familie → plejefamilien',
  },
  {
    query: 'netværkspleje',
    find: ['stoettegrupper-for-netvaerksplejefamilier'],
    within: 5,
    why: 'a compound inside a longer compound',
  },
  { query: 'netværk slægtsplejefamilier', first: 'egeskov-netvaerksplejegrupper', why: 'compound with linking s' },
  {
    query: 'skoleteam',
    find: ['fjordby-skoleteam-for-plejeboern', 'skolfam'],
    within: 5,
    why: 'unknown compound split into skole + team',
  },
  { query: 'team', find: ['fjordby-skoleteam-for-plejeboern'], within: 20, why: 'team → skoleteam' },
  { query: 'makker læsning', find: ['lektiebroen-laesemakkere'], within: 5, why: 'makker → læsemakkere' },
  // Inflection and irregular forms
  {
    query: 'barn',
    find: ['fjordby-skoleteam-for-plejeboern'],
    within: 20,
    why: 'barn → plejebørn (irregular plural inside a compound)',
  },
  {
    query: 'samtaler med børnene',
    find: ['bakkeby-boernesamtaler-med-tre-huse'],
    within: 3,
    why: 'definite plural and børne- compounds',
  },
  {
    query: 'plejefamilier',
    find: ['lektiebroen-laesemakkere'],
    within: 10,
    why: 'plural query finds definite singular',
  },
  { query: 'overgang', find: ['netvaerksmoede-2026-overgange-og-eftervaern'], within: 5, why: 'singular finds plural' },
  {
    query: 'anbragt',
    find: ['egelund-hestbaek-2003-forskningsoversigt'],
    within: 10,
    why: 'anbragt → anbringelse (lexicon stem + synonym)',
  },
  { query: 'anbringelse', first: 'egelund-hestbaek-2003-forskningsoversigt', why: 'title match ranks first' },
  // Synonyms
  { query: 'familiepleje', find: ['lektiebroen-laesemakkere'], within: 20, why: 'familiepleje ↔ plejefamilie' },
  { query: 'slægtspleje', find: ['egeskov-netvaerksplejegrupper'], within: 10, why: 'slægtspleje ↔ netværkspleje' },
  { query: 'sagsbehandler', find: ['fjordby-skoleteam-for-plejeboern'], within: 20, why: 'sagsbehandler ↔ rådgiver' },
  {
    query: 'døgninstitution',
    find: ['lindely-traumebevidst-intern-skole'],
    within: 10,
    why: 'døgninstitution ↔ opholdssted',
  },
  { query: 'lektiecafé', find: ['lektiebroen-online-lektiehjaelp'], within: 5, why: 'lektiecafé ↔ lektiehjælp' },
  // Typos
  { query: 'plejefamilei', find: ['lektiebroen-laesemakkere'], within: 20, why: 'transposed letters' },
  { query: 'efterværm', find: ['noerreaa-eftervaernsteam'], within: 5, why: 'one wrong letter' },
  { query: 'familierådslaging', first: 'familieraadslagning', why: 'missing letter in a long word' },
  { query: 'traumebevist', find: ['lindely-traumebevidst-intern-skole'], within: 5, why: 'typo in a compound' },
  // Names and titles
  { query: 'Letterbox Club', first: 'letterbox-club', why: 'programme name' },
  { query: 'parlæsning', first: 'parlaesning', why: 'method name' },
  { query: 'PCIT', first: 'pcit', why: 'abbreviation in the name' },
  { query: 'De Utrolige År', first: 'de-utrolige-aar', why: 'name made of stop words and common words' },
  { query: 'KEEP', first: 'keep', why: 'short English name' },
  { query: 'Signs of Safety', first: 'signs-of-safety', why: 'English name' },
  { query: 'Treatment Foster Care Oregon', first: 'treatment-foster-care-oregon', why: 'long English name' },
  { query: 'relationel koordinering', first: 'relationel-koordinering', why: 'two-word name' },
  { query: 'VIVE', first: 'vive', why: 'organisation' },
  { query: 'Egmont Fonden', first: 'egmont-fonden', why: 'organisation' },
  // Practitioner questions
  {
    query: 'tutoring matematik plejeforældre',
    find: ['noerreaa-tutoring-plejeforaeldre', 'teach-your-children-well'],
    within: 2,
    why: 'several words: the case and its method',
  },
  { query: 'hjemgivelse MST', find: ['egeskov-hjemgivelse-med-mst'], within: 3, why: 'case by method and theme' },
  { query: 'matching barnets stemme', first: 'bakkeby-matching-med-barnets-stemme', why: 'phrase-like query' },
  { query: 'mentorer anbragte unge', first: 'egeskov-frivillige-mentorer', why: 'plural and participle forms' },
  { query: 'forældrecafé samvær', first: 'lindely-foraeldresamarbejde-samvaer', why: 'compound + topic' },
  { query: 'bogpakker', find: ['fjordby-bogpakker-til-plejeboern', 'letterbox-club'], within: 5, why: 'books by post' },
  { query: 'skolefravær', first: 'eksempel-skolefravaer-registerstudie', why: 'study by title' },
  { query: 'højtlæsning', first: 'eksempel-hoejtlaesning-plejefamilier', why: 'study by title' },
  { query: 'fritidspas', first: 'noerreaa-fritidspas-og-venskaber', why: 'case by title' },
  { query: 'lektiehjælp online', first: 'lektiebroen-online-lektiehjaelp', why: 'case by title' },
  // Talks: chapters and transcripts are searchable
  { query: '18-årsdagen', find: ['naar-18-aarsdagen-naermer-sig'], within: 3, why: 'talk title with a number' },
];
