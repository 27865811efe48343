import { thesaurusGroups } from './thesaurus-synonyms.js';

/**
 * Child-welfare synonyms for search, kept as data. Each group lists words practitioners use for the same thing; a
 * search for any of them also finds the others. Write words as people type them: search adds their base forms
 * (server/src/search/query-analysis.ts), so "anbragt" also covers "anbragte" and "anbringes". Multi-word entries
 * are allowed ("anbragte børn"). Keep groups tight: a loose synonym costs precision everywhere.
 *
 * Origin: the groups below are curated by hand for the field by the Vidensbro team — professional terms beside the
 * everyday words practitioners, parents and international researchers use for them. No open Danish resource
 * covers this vocabulary (DanNet and Den Danske Begrebsordbog are not installable here, and the Danish thesaurus
 * knows neither "skolevægring" nor "plejefamilie"); general-language pairs that do hold in the field come from the
 * Danish thesaurus th_da_DK, chosen in thesaurus-selection.ts and derived by derive-thesaurus.ts into
 * thesaurus-synonyms.ts, with their origin and licence noted there.
 */
const fieldGroups: string[][] = [
  // Placement outside the home
  ['anbringelse', 'anbragt', 'anbringe', 'placering', 'placering uden for hjemmet', 'tvangsfjernelse', 'tvangsfjerne'],
  ['anbragte børn', 'anbragte unge', 'børn i pleje', 'plejebørn'],
  ['plejebarn', 'barn i pleje', 'plejebørn'],
  ['plejefamilie', 'familiepleje', 'plejehjem for børn'],
  ['plejeforælder', 'plejeforældre', 'plejemor', 'plejefar'],
  ['netværkspleje', 'slægtspleje', 'netværksanbringelse', 'slægtsanbringelse'],
  ['netværksplejefamilie', 'slægtsplejefamilie'],
  ['opholdssted', 'døgninstitution', 'døgntilbud', 'institution', 'børnehjem', 'institutionsanbringelse'],
  ['hjemgivelse', 'hjemgive', 'hjemgivet', 'tilbageførsel'],
  ['sammenbrud', 'anbringelsessammenbrud', 'afbrudt anbringelse', 'utilsigtet afbrud', 'bryde sammen'],
  ['anbringelsesskift', 'skift af anbringelsessted'],
  ['efterværn', 'efterværnsindsats', 'overgang til voksenlivet', 'ung over 18'],
  ['matching', 'match', 'matchning', 'matche'],
  // People and roles
  ['sagsbehandler', 'rådgiver', 'socialrådgiver', 'myndighedsrådgiver'],
  ['familieplejekonsulent', 'plejefamiliekonsulent', 'familieplejerådgiver'],
  ['biologiske forældre', 'forældre', 'oprindelige forældre', 'forældremyndighedsindehaver'],
  ['mentor', 'kontaktperson', 'voksenven'],
  ['psykolog', 'ppr', 'pædagogisk psykologisk rådgivning'],
  // Law and process
  ['serviceloven', 'barnets lov', 'lovgivning'],
  ['handleplan', 'barnets plan', 'plan'],
  ['børnesamtale', 'samtale med barnet', 'barnets stemme', 'inddragelse', 'barnets perspektiv', 'inddrage'],
  ['børnefaglig undersøgelse', 'paragraf 50', '§ 50', 'undersøgelse'],
  ['samvær', 'forældresamvær', 'kontakt med forældre', 'samværsbesøg'],
  ['underretning', 'bekymringshenvendelse'],
  // School and learning
  ['lektiehjælp', 'lektiecafé', 'lektiestøtte', 'tutoring', 'lektier', 'lektie'],
  ['læsning', 'læse', 'læsefærdighed', 'højtlæsning'],
  ['læsemakker', 'parlæsning', 'paired reading'],
  ['skole', 'folkeskole', 'undervisning', 'skolegang'],
  ['skolefravær', 'fravær', 'pjæk', 'pjække', 'skolevægring', 'ufrivilligt skolefravær'],
  ['ungdomsuddannelse', 'gymnasium', 'erhvervsuddannelse', 'eud'],
  ['matematik', 'regning'],
  ['trivsel', 'velbefindende', 'mental sundhed'],
  // Treatment and approaches
  ['traume', 'traumer', 'traumatiseret', 'svigt'],
  ['traumebevidst', 'traumeinformeret', 'traumesensitiv'],
  ['tilknytning', 'tilknytningsforstyrrelse', 'relation'],
  ['familierådslagning', 'netværksmøde', 'family group conference'],
  ['forældretræning', 'forældreprogram', 'parent training'],
  ['adfærdsproblemer', 'udadreagerende', 'adfærdsvanskeligheder'],
  ['evidens', 'effekt', 'dokumentation', 'virker'],
  ['metode', 'indsats', 'program', 'intervention'],
  ['kommune', 'kommunal', 'forvaltning'],
  ['frivillig', 'civilsamfund', 'forening'],
  // Everyday words beside the professional ones
  ['spædbarn', 'spædbørn', 'baby', 'småbørn', 'små børn', 'de mindste børn', 'børn under tre år'],
  ['udsatte børn', 'sårbare børn', 'udsatte unge', 'sårbare unge', 'børn i udsatte positioner'],
  ['omsorgssvigt', 'omsorgssvigte', 'omsorgssvigtet', 'mishandling', 'vanrøgt', 'maltreatment', 'neglect'],
  ['ven', 'venner', 'venskab', 'kammerat', 'friendship'],
  // English, for international researchers, and English terms to the Danish ones
  ['school', 'schooling', 'education', 'educational', 'academic'],
  ['outcome', 'achievement', 'attainment'],
  ['foster care', 'out-of-home care', 'looked after'],
  ['foster children', 'children in care', 'looked after children'],
  ['aftercare', 'leaving care', 'care leavers', 'efterværn'],
  ['residential care', 'opholdssted'],
  ['homework', 'lektier'],
  ['child participation', 'participation', 'inddragelse'],
  ['infant', 'spædbarn'],
  ['behaviour', 'behavior', 'behavioural', 'behavioral'],
  ['randomised', 'randomized'],
  ['randomised controlled trial', 'lodtrækningsforsøg', 'rct'],
  ['volunteer', 'frivillig'],
  ['reading', 'læsning'],
  ['trauma', 'traume'],
];

export const synonymGroups: string[][] = [...fieldGroups, ...thesaurusGroups];
