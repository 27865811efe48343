/**
 * Danish child-welfare synonyms for search, kept as data. Each group lists words practitioners use for the same
 * thing; a search for any of them also finds the others. Write words as people type them: the indexer adds
 * their base forms (see server/src/search/lexicon.ts), so "anbragt" also covers "anbragte" and "anbringes".
 * Multi-word entries are allowed ("anbragte børn"). Keep groups tight: a loose synonym costs precision everywhere.
 */
export const synonymGroups: string[][] = [
  // Placement outside the home
  ['anbringelse', 'anbragt', 'anbringe', 'placering uden for hjemmet'],
  ['anbragte børn', 'anbragte unge', 'børn i pleje', 'plejebørn'],
  ['plejebarn', 'barn i pleje', 'plejebørn'],
  ['plejefamilie', 'familiepleje', 'plejehjem for børn'],
  ['plejeforælder', 'plejeforældre', 'plejemor', 'plejefar'],
  ['netværkspleje', 'slægtspleje', 'netværksanbringelse', 'slægtsanbringelse'],
  ['netværksplejefamilie', 'slægtsplejefamilie'],
  ['opholdssted', 'døgninstitution', 'døgntilbud', 'institution'],
  ['hjemgivelse', 'hjemgive', 'hjemgivet', 'tilbageførsel'],
  ['sammenbrud', 'anbringelsessammenbrud', 'afbrudt anbringelse', 'utilsigtet afbrud'],
  ['anbringelsesskift', 'skift af anbringelsessted'],
  ['efterværn', 'efterværnsindsats', 'overgang til voksenlivet', 'ung over 18'],
  ['matching', 'match', 'matchning'],
  // People and roles
  ['sagsbehandler', 'rådgiver', 'socialrådgiver', 'myndighedsrådgiver'],
  ['familieplejekonsulent', 'plejefamiliekonsulent', 'familieplejerådgiver'],
  ['biologiske forældre', 'forældre', 'oprindelige forældre', 'forældremyndighedsindehaver'],
  ['mentor', 'kontaktperson', 'voksenven'],
  ['psykolog', 'ppr', 'pædagogisk psykologisk rådgivning'],
  // Law and process
  ['serviceloven', 'barnets lov', 'lovgivning'],
  ['handleplan', 'barnets plan', 'plan'],
  ['børnesamtale', 'samtale med barnet', 'barnets stemme', 'inddragelse'],
  ['børnefaglig undersøgelse', 'paragraf 50', '§ 50', 'undersøgelse'],
  ['samvær', 'forældresamvær', 'kontakt med forældre'],
  ['underretning', 'bekymringshenvendelse'],
  // School and learning
  ['lektiehjælp', 'lektiecafé', 'lektiestøtte', 'tutoring'],
  ['læsning', 'læse', 'læsefærdighed', 'højtlæsning'],
  ['læsemakker', 'parlæsning', 'paired reading'],
  ['skole', 'folkeskole', 'undervisning', 'skolegang'],
  ['skolefravær', 'fravær', 'pjæk'],
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
];
