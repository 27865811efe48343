/** Word lists for the synthetic content generator (generate-content.ts). Danish-looking text, invented. */

import type { OrganisationKind, SeedRating, StudyDesign, TargetGroup, VidensportalGrade } from './demo/types.js';

/** Lists are written as '|'-separated strings to keep the file compact. */
function words(list: string): readonly string[] {
  return list.split('|');
}

/** [Danish, English] topic names. */
export const TOPIC_WORDS: readonly (readonly [string, string])[] = [
  ['Læring', 'Learning'],
  ['Trivsel', 'Well-being'],
  ['Plejefamilien', 'The foster family'],
  ['Anbringelse', 'Out-of-home care'],
  ['Forældresamarbejde', 'Working with parents'],
  ['Traumer', 'Trauma'],
  ['Skolegang', 'Schooling'],
  ['Læsning', 'Reading'],
  ['Matematik', 'Mathematics'],
  ['Lektiehjælp', 'Homework support'],
  ['Ungdomsuddannelse', 'Upper secondary education'],
  ['Mental sundhed', 'Mental health'],
  ['Relationer', 'Relationships'],
  ['Venskaber', 'Friendships'],
  ['Fritidsliv', 'Leisure'],
  ['Netværkspleje', 'Kinship care'],
  ['Matching', 'Matching'],
  ['Overgange', 'Transitions'],
  ['Efterværn', 'Aftercare'],
  ['Samvær', 'Contact visits'],
  ['Tilknytning', 'Attachment'],
  ['Børns inddragelse', 'Child participation'],
  ['Sammenbrud i anbringelser', 'Placement breakdown'],
  ['Tværfagligt samarbejde', 'Interprofessional collaboration'],
  ['Frivillige', 'Volunteers'],
  ['Søskende', 'Siblings'],
  ['Sundhed', 'Health'],
  ['Sprog', 'Language'],
  ['Skolefravær', 'School absence'],
  ['Aflastning', 'Respite care'],
  ['Supervision', 'Supervision'],
  ['Kultur og identitet', 'Culture and identity'],
  ['Digitale medier', 'Digital media'],
  ['Selvværd', 'Self-esteem'],
  ['Bolig', 'Housing'],
  ['Beskæftigelse', 'Employment'],
];

export const PLACE_PREFIXES: readonly string[] = words(
  'Vinde|Birke|Hede|Ask|Lille|Sønder|Vester|Øster|Hav|Skov|Mose|Lund|Rose|Strand|Holm|Dal|Bro|Kilde|Sten|Lyng',
);
export const PLACE_SUFFIXES: readonly string[] = words('by|skov|å|sted|lev|rup|høj|bjerg|vig|løse|borg|mark');

export const AREAS: readonly string[] = words(
  'anbragte børn|plejefamilier|børns læring|udsatte unge|tidligere anbragte|børns trivsel|familiepleje|sårbare familier',
);

export const METHOD_ADJECTIVES: readonly string[] = words(
  'Struktureret|Relationel|Traumebevidst|Intensiv|Familiebaseret|Netværksbaseret|Skolebaseret|Digital|Kortvarig|Gruppebaseret|Hjemmebaseret|Tværfaglig',
);
export const METHOD_NOUNS: readonly string[] = words(
  'læsetræning|forældretræning|mentorindsats|familiebehandling|lektiestøtte|plejefamiliesupervision|matematikstøtte|samtaleforløb|overgangsstøtte|netværksindsats|tilknytningsforløb|skolesamarbejdsmodel|tutorordning|færdighedstræning',
);
export const ORIGINS: readonly string[] = words('Danmark|Sverige|Norge|USA|Storbritannien|Holland|Canada|Australien');

export const CASE_SUBJECTS: readonly string[] = words(
  'Læsemakkere|En fast kontaktperson|Fælles opstartsmøder|Mentorforløb|Et skoleteam|Familierådslagning|Lektiecaféen|Netværksgrupper|Digital lektiehjælp|En traumebevidst skoledag|Bogpakker|Ugentlige opkald|Fritidspas|Plejeforældrekurser|Børnesamtaler med tegninger|Overleveringsmøder|Samværsguiden|Efterværnsteamet',
);
export const CASE_VERBS: readonly string[] = words(
  'styrker|forbedrer|understøtter|skaber ro om|sætter fokus på|løfter',
);
export const CASE_OBJECTS: readonly string[] = words(
  'plejebørns læsning|trivslen i plejefamilien|overgangen til ungdomsuddannelse|samarbejdet med skolen|stabiliteten i anbringelsen|forældresamarbejdet|børnenes venskaber|matematikken på mellemtrinnet|skolestarten efter en flytning|de unges vej mod voksenlivet|netværksplejefamiliernes overskud',
);

export const TARGET_PHRASES: readonly string[] = words(
  'børn i plejefamilier|anbragte unge|plejeforældre|netværksplejefamilier|tidligere anbragte unge|børn på opholdssteder|lærere og pædagoger|forældre til anbragte børn',
);

export const BACKGROUND_SENTENCES: readonly string[] = words(
  'Vi oplevede, at {target} manglede sammenhæng mellem skole og hjem.|Flere {target} gav udtryk for, at {topic} ikke fik nok opmærksomhed.|Skolerne meldte om stigende fravær blandt {target}.|Familieplejekonsulenterne så et behov for mere viden om {topic}.|Mange {target} havde oplevet flere skift og brud i kort tid.|Der manglede en fælles retning for arbejdet med {topic} i kommunen.|Evalueringer viste, at {target} sjældent blev inddraget i planlægningen.|Vi havde gode erfaringer med enkeltsager, men ingen systematik.',
);
export const ACTION_SENTENCES: readonly string[] = words(
  'Vi etablerede et forløb, hvor {target} mødtes hver uge med en fast voksen.|Sammen med skolerne udviklede vi en enkel model for {topic}.|Medarbejderne blev uddannet i {method}, og vi fulgte op med supervision.|Vi afprøvede {method} med en mindre gruppe, før vi udbredte det.|Plejeforældrene fik en kort introduktion og materialer til hverdagen.|Der blev indført faste opfølgningsmøder hver tredje måned.|Frivillige fra lokalsamfundet blev koblet på som supplement.|Vi lavede en tjekliste, så ansvaret for {topic} blev tydeligt.',
);
export const LEARNING_SENTENCES: readonly string[] = words(
  'Det vigtigste var kontinuitet i relationerne.|Vi har lært, at {topic} kræver tid og tydelig ledelse.|{target} fremhæver, at de blev lyttet til.|Vi har endnu ikke målt effekten, men erfaringerne er lovende.|Implementeringen var sårbar over for personaleudskiftning.|Et fælles sprog mellem fagfolk og familier gjorde en stor forskel.|Næste skridt er at inddrage skolerne endnu tidligere.|Indsatsen blev billigere, end vi havde forventet.',
);
export const ABSTRACT_SENTENCES: readonly string[] = words(
  'Studiet undersøger {topic} blandt {target}.|Resultaterne peger på en sammenhæng mellem stabile relationer og {topic}.|Der findes kun få danske studier af {topic}.|Data omfatter interviews, spørgeskemaer og registeroplysninger.|Effekterne er små, men konsistente på tværs af delgrupper.|Forfatterne anbefaler flere studier med kontrolgruppe.|Studiet viser, at {method} kan gennemføres med høj kvalitet i praksis.',
);
export const TALK_SENTENCES: readonly string[] = words(
  'Tak fordi I er kommet, jeg vil tale om {topic}.|Lad mig starte med et eksempel fra praksis.|Det, vi ser igen og igen, er betydningen af stabile voksne.|Forskningen på området er stadig begrænset, men peger i samme retning.|Her er tre ting, I kan tage med hjem.|Plejefamilierne er den vigtigste ressource, vi har.|Vi skal turde have høje forventninger til {target}.|Samarbejdet med skolen er helt afgørende.|Det kræver ledelse at holde fast i en ny praksis.|Tak for ordet, vi fortsætter i workshoppen.',
);
export const CHAPTER_TITLES: readonly string[] = words(
  'Indledning|Baggrund|Hvad forskningen viser|Erfaringer fra praksis|Børnenes perspektiv|Samarbejde med skolen|Implementering|Spørgsmål fra salen|Opsamling',
);
export const VENUES = [
  ['Konferencecenter, Odense', 'Odense'],
  ['Mødecenter, Aarhus', 'Aarhus'],
  ['Kursuscenter, Kolding', 'Kolding'],
  ['Konferencecenter, København', 'København'],
  ['Mødecenter, Aalborg', 'Aalborg'],
] as const;
export const STUDY_PUBLISHERS: readonly string[] = words(
  'Eksempel: Fiktivt Forskningscenter|Eksempel: Fiktiv Professionshøjskole|Eksempel: Fiktivt Universitet|Eksempel: Fiktivt Evalueringsinstitut',
);

// --- Enumerations used by the generator, as compact lists -------------------------------------------
type RatingValue<S extends SeedRating['scheme']> = Extract<SeedRating, { scheme: S; value: unknown }>['value'];

/** Organisation kinds, weighted towards municipalities, NGOs and providers. */
export const KINDS = words(
  'MUNICIPALITY|MUNICIPALITY|MUNICIPALITY|MUNICIPALITY|REGION|STATE_AGENCY|RESEARCH_INSTITUTE|UNIVERSITY_COLLEGE|FOUNDATION|INTEREST_ORGANISATION|NGO|NGO|SERVICE_PROVIDER|SERVICE_PROVIDER|PRIVATE_COMPANY',
) as readonly OrganisationKind[];
export const TARGETS = words(
  'FOSTER_CHILDREN|CHILDREN_IN_RESIDENTIAL_CARE|CHILDREN_AT_RISK|CARE_LEAVERS|FOSTER_FAMILIES|BIRTH_PARENTS|PROFESSIONALS|SCHOOLS',
) as readonly TargetGroup[];
export const DESIGNS = words(
  'SYSTEMATIC_REVIEW|META_ANALYSIS|RCT|QUASI_EXPERIMENTAL|COHORT|REGISTER_STUDY|QUALITATIVE|MIXED_METHODS|EVALUATION|CASE_STUDY',
) as readonly StudyDesign[];
export const GRADES = words('A|B|C|D') as readonly VidensportalGrade[];
export const SCHEMES = words('CEBC|EIF|BLUEPRINTS|WWC|VIDENSPORTAL|VIDENSBRO') as readonly SeedRating['scheme'][];
export const CEBC = words('1|2|3|4|5|NR') as readonly RatingValue<'CEBC'>[];
export const EIF = words('2|2+|3|3+|4|4+|NL2|NE') as readonly RatingValue<'EIF'>[];
export const BLUEPRINTS = words('PROMISING|MODEL|MODEL_PLUS') as readonly RatingValue<'BLUEPRINTS'>[];
export const WWC = words(
  'POSITIVE|POTENTIALLY_POSITIVE|MIXED|NO_DISCERNIBLE|POTENTIALLY_NEGATIVE|NEGATIVE',
) as readonly RatingValue<'WWC'>[];
export const VIDENSBRO = words('STRONG|MODERATE|PROMISING|INSUFFICIENT') as readonly RatingValue<'VIDENSBRO'>[];
/** Event months with their Copenhagen UTC offset (no month in which daylight saving time switches). */
export const EVENT_MONTHS: readonly (readonly [number, string])[] = [
  [1, '+01:00'],
  [2, '+01:00'],
  [5, '+02:00'],
  [6, '+02:00'],
  [9, '+02:00'],
  [11, '+01:00'],
];
