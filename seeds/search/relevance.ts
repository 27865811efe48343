import { everydayCases } from './relevance-everyday.js';
import { otherCases } from './relevance-other.js';
import { questionCases } from './relevance-questions.js';
import { judged, type RelevanceCase } from './relevance-case.js';
import { PLEJEFAMILIE } from './relevance-groups.js';

export type { RelevanceCase, RelevanceCategory } from './relevance-case.js';

/**
 * The search relevance set: queries as Danish practitioners (and international researchers) type them, each with
 * the items of the demo content (seeds/demo) that answer it. The answers were judged by reading the content — titles,
 * summaries, bodies, topics — never by looking at what the engine returns. Only PUBLIC items are listed, because
 * the set is run as a guest (`npm run relevance`, server/test/search/relevance.test.ts).
 *
 * - `relevant`: every item that answers the query; a query scores a hit@5 when one of them is in the first five.
 *   Empty for nonsense: there the right answer is no hits at all.
 * - `first` / `find` + `within`: stricter guards for keyword queries (ranking regressions), checked by the test.
 *
 * A change to ranking, synonyms, stop words or the lexicon that breaks one of these is a regression. Add queries
 * the same way: write the query first, then find its answers in the content.
 */
const keywordCases: RelevanceCase[] = [
  // Compounds: a part finds the whole word
  judged(
    'compound',
    'familie',
    [
      ...PLEJEFAMILIE,
      'lektiebroen-laesemakkere',
      'naar-plejefamilien-bliver-laeringsmiljoe',
      'familieraadslagning',
      'egeskov-familieraadslagning-netvaerk',
      'eksempel-familieraadslagning-kvasi',
      'egeskov-hjemgivelse-med-mst',
    ],
    'familie → plejefamilien',
    {
      find: ['lektiebroen-laesemakkere', 'naar-plejefamilien-bliver-laeringsmiljoe'],
      within: 20,
    },
  ),
  judged(
    'compound',
    'netværkspleje',
    [
      'stoettegrupper-for-netvaerksplejefamilier',
      'egeskov-netvaerksplejegrupper',
      'winokur-2014-kinship-review',
      'eksempel-netvaerkspleje-kohorte',
    ],
    'a compound inside a longer compound',
    {
      find: ['stoettegrupper-for-netvaerksplejefamilier'],
      within: 5,
    },
  ),
  judged('compound', 'netværk slægtsplejefamilier', ['egeskov-netvaerksplejegrupper'], 'compound with linking s', {
    first: 'egeskov-netvaerksplejegrupper',
  }),
  judged(
    'compound',
    'skoleteam',
    [
      'fjordby-skoleteam-for-plejeboern',
      'skolfam',
      'skoleteam-og-hoeje-forventninger',
      'workshop-byg-jeres-eget-skoleteam',
      'eksempel-skolfam-afproevning',
    ],
    'unknown compound split into skole + team',
    {
      find: ['fjordby-skoleteam-for-plejeboern', 'skolfam'],
      within: 5,
    },
  ),
  judged('compound', 'team', ['fjordby-skoleteam-for-plejeboern', 'noerreaa-eftervaernsteam'], 'team → skoleteam', {
    find: ['fjordby-skoleteam-for-plejeboern'],
    within: 20,
  }),
  judged(
    'compound',
    'makker læsning',
    ['lektiebroen-laesemakkere', 'eksempel-laesemakker-rct'],
    'makker → læsemakkere',
    {
      find: ['lektiebroen-laesemakkere'],
      within: 5,
    },
  ),
  // Inflection and irregular forms
  judged(
    'inflection',
    'barn',
    [
      'fjordby-skoleteam-for-plejeboern',
      'bakkeby-matching-med-barnets-stemme',
      'pcit',
      'eksempel-pcit-plejefamilier',
      'red-barnet',
      'boerns-vilkaar',
      'bakkeby-boernesamtaler-med-tre-huse',
    ],
    'barn → plejebørn (irregular plural inside a compound)',
    {
      find: ['fjordby-skoleteam-for-plejeboern'],
      within: 20,
    },
  ),
  judged(
    'inflection',
    'samtaler med børnene',
    ['bakkeby-boernesamtaler-med-tre-huse'],
    'definite plural and børne- compounds',
    {
      find: ['bakkeby-boernesamtaler-med-tre-huse'],
      within: 3,
    },
  ),
  judged(
    'inflection',
    'plejefamilier',
    [
      ...PLEJEFAMILIE,
      'lektiebroen-laesemakkere',
      'eksempel-hoejtlaesning-plejefamilier',
      'fjordby-bogpakker-til-plejeboern',
    ],
    'plural query finds definite singular',
    {
      find: ['lektiebroen-laesemakkere'],
      within: 10,
    },
  ),
  judged(
    'inflection',
    'overgang',
    ['netvaerksmoede-2026-overgange-og-eftervaern', 'rapport-2026-overgange-og-eftervaern', 'overgange-uden-brud'],
    'singular finds plural',
    {
      find: ['netvaerksmoede-2026-overgange-og-eftervaern'],
      within: 5,
    },
  ),
  judged(
    'inflection',
    'anbragt',
    ['egelund-hestbaek-2003-forskningsoversigt'],
    'anbragt → anbringelse (lexicon stem + synonym)',
    {
      find: ['egelund-hestbaek-2003-forskningsoversigt'],
      within: 10,
    },
  ),
  judged('inflection', 'anbringelse', ['egelund-hestbaek-2003-forskningsoversigt'], 'title match ranks first', {
    first: 'egelund-hestbaek-2003-forskningsoversigt',
  }),
  // Synonyms
  judged(
    'synonym',
    'familiepleje',
    [...PLEJEFAMILIE, 'lektiebroen-laesemakkere', 'eksempel-netvaerkspleje-kohorte'],
    'familiepleje ↔ plejefamilie',
    {
      find: ['lektiebroen-laesemakkere'],
      within: 20,
    },
  ),
  judged(
    'synonym',
    'slægtspleje',
    ['egeskov-netvaerksplejegrupper', 'winokur-2014-kinship-review', 'stoettegrupper-for-netvaerksplejefamilier'],
    'slægtspleje ↔ netværkspleje',
    {
      find: ['egeskov-netvaerksplejegrupper'],
      within: 10,
    },
  ),
  judged(
    'synonym',
    'sagsbehandler',
    [
      'fjordby-skoleteam-for-plejeboern',
      'bakkeby-boernesamtaler-med-tre-huse',
      'naar-18-aarsdagen-naermer-sig',
      'eksempel-signs-of-safety-casestudie',
    ],
    'sagsbehandler ↔ rådgiver',
    {
      find: ['fjordby-skoleteam-for-plejeboern'],
      within: 20,
    },
  ),
  judged(
    'synonym',
    'døgninstitution',
    ['lindely-traumebevidst-intern-skole', 'opholdsstedet-lindely', 'landsforeningen-af-opholdssteder'],
    'døgninstitution ↔ opholdssted',
    {
      find: ['lindely-traumebevidst-intern-skole'],
      within: 10,
    },
  ),
  judged(
    'synonym',
    'lektiecafé',
    ['lektiebroen-online-lektiehjaelp', 'foreningen-lektiebroen'],
    'lektiecafé ↔ lektiehjælp',
    {
      find: ['lektiebroen-online-lektiehjaelp'],
      within: 5,
    },
  ),
  // Typos
  judged(
    'typo',
    'plejefamilei',
    [...PLEJEFAMILIE, 'lektiebroen-laesemakkere', 'eksempel-hoejtlaesning-plejefamilier'],
    'transposed letters',
    {
      find: ['lektiebroen-laesemakkere'],
      within: 20,
    },
  ),
  judged(
    'typo',
    'efterværm',
    ['noerreaa-eftervaernsteam', 'eksempel-eftervaern-unges-stemmer', 'workshop-eftervaernsplan-fra-16-aar'],
    'one wrong letter',
    {
      find: ['noerreaa-eftervaernsteam'],
      within: 5,
    },
  ),
  judged('typo', 'familierådslaging', ['familieraadslagning'], 'missing letter in a long word', {
    first: 'familieraadslagning',
  }),
  judged(
    'typo',
    'traumebevist',
    ['lindely-traumebevidst-intern-skole', 'workshop-traumebevidst-hverdag'],
    'typo in a compound',
    {
      find: ['lindely-traumebevidst-intern-skole'],
      within: 5,
    },
  ),
  // Names and titles
  judged('name', 'Letterbox Club', ['letterbox-club'], 'programme name', { first: 'letterbox-club' }),
  judged('name', 'parlæsning', ['parlaesning'], 'method name', { first: 'parlaesning' }),
  judged('name', 'PCIT', ['pcit'], 'abbreviation in the name', { first: 'pcit' }),
  judged('name', 'De Utrolige År', ['de-utrolige-aar'], 'name made of stop words and common words', {
    first: 'de-utrolige-aar',
  }),
  judged('name', 'KEEP', ['keep'], 'short English name', { first: 'keep' }),
  judged('name', 'Signs of Safety', ['signs-of-safety'], 'English name', { first: 'signs-of-safety' }),
  judged('name', 'Treatment Foster Care Oregon', ['treatment-foster-care-oregon'], 'long English name', {
    first: 'treatment-foster-care-oregon',
  }),
  judged('name', 'relationel koordinering', ['relationel-koordinering'], 'two-word name', {
    first: 'relationel-koordinering',
  }),
  judged('name', 'VIVE', ['vive'], 'organisation', { first: 'vive' }),
  judged('name', 'Egmont Fonden', ['egmont-fonden'], 'organisation', { first: 'egmont-fonden' }),
  // Several keywords
  judged(
    'name',
    'tutoring matematik plejeforældre',
    ['noerreaa-tutoring-plejeforaeldre', 'teach-your-children-well'],
    'several words: the case and its method',
    {
      find: ['noerreaa-tutoring-plejeforaeldre', 'teach-your-children-well'],
      within: 2,
    },
  ),
  judged('name', 'hjemgivelse MST', ['egeskov-hjemgivelse-med-mst'], 'case by method and theme', {
    find: ['egeskov-hjemgivelse-med-mst'],
    within: 3,
  }),
  judged('name', 'matching barnets stemme', ['bakkeby-matching-med-barnets-stemme'], 'phrase-like query', {
    first: 'bakkeby-matching-med-barnets-stemme',
  }),
  judged(
    'inflection',
    'mentorer anbragte unge',
    ['egeskov-frivillige-mentorer', 'eksempel-mentorordning-evaluering', 'mentorordning'],
    'plural and participle forms',
    {
      first: 'egeskov-frivillige-mentorer',
    },
  ),
  judged('compound', 'forældrecafé samvær', ['lindely-foraeldresamarbejde-samvaer'], 'compound + topic', {
    first: 'lindely-foraeldresamarbejde-samvaer',
  }),
  judged(
    'name',
    'bogpakker',
    ['fjordby-bogpakker-til-plejeboern', 'letterbox-club', 'griffiths-2012-letterbox-club'],
    'books by post',
    {
      find: ['fjordby-bogpakker-til-plejeboern', 'letterbox-club'],
      within: 5,
    },
  ),
  judged('name', 'skolefravær', ['eksempel-skolefravaer-registerstudie'], 'study by title', {
    first: 'eksempel-skolefravaer-registerstudie',
  }),
  judged(
    'name',
    'højtlæsning',
    ['eksempel-hoejtlaesning-plejefamilier', 'lektiebroen-laesemakkere'],
    'study by title',
    {
      first: 'eksempel-hoejtlaesning-plejefamilier',
    },
  ),
  judged('name', 'fritidspas', ['noerreaa-fritidspas-og-venskaber'], 'case by title', {
    first: 'noerreaa-fritidspas-og-venskaber',
  }),
  judged('name', 'lektiehjælp online', ['lektiebroen-online-lektiehjaelp'], 'case by title', {
    first: 'lektiebroen-online-lektiehjaelp',
  }),
  // Talks: chapters and transcripts are searchable
  judged('name', '18-årsdagen', ['naar-18-aarsdagen-naermer-sig'], 'talk title with a number', {
    find: ['naar-18-aarsdagen-naermer-sig'],
    within: 3,
  }),
];

export const relevanceSet: RelevanceCase[] = [...keywordCases, ...everydayCases, ...otherCases, ...questionCases];
