import type { SeedTopic } from './types.js';

/** A topic tree in up to three levels. Parents are listed before their children. */
export const topics: SeedTopic[] = [
  // Læring
  {
    slug: 'laering',
    nameDa: 'Læring',
    nameEn: 'Learning',
    descriptionDa: 'Anbragte børns faglige udvikling, skolegang og uddannelse.',
  },
  {
    slug: 'skolegang',
    nameDa: 'Skolegang',
    nameEn: 'Schooling',
    descriptionDa: 'Fremmøde, skoleskift, samarbejde mellem skole, plejefamilie og forvaltning.',
    parent: 'laering',
  },
  {
    slug: 'laesning',
    nameDa: 'Læsning',
    nameEn: 'Reading',
    descriptionDa: 'Læselyst, læsefærdigheder og højtlæsning i plejefamilien.',
    parent: 'skolegang',
  },
  {
    slug: 'matematik',
    nameDa: 'Matematik',
    nameEn: 'Mathematics',
    descriptionDa: 'Talforståelse, regnefærdigheder og matematikspil i hverdagen.',
    parent: 'skolegang',
  },
  {
    slug: 'lektiehjaelp',
    nameDa: 'Lektiehjælp',
    nameEn: 'Homework support',
    descriptionDa: 'Lektiehjælp, tutorordninger og læsemakkere.',
    parent: 'laering',
  },
  {
    slug: 'ungdomsuddannelse',
    nameDa: 'Ungdomsuddannelse',
    nameEn: 'Upper secondary education',
    descriptionDa: 'Overgangen fra grundskole til ungdomsuddannelse og fastholdelse i uddannelse.',
    parent: 'laering',
  },
  // Trivsel
  {
    slug: 'trivsel',
    nameDa: 'Trivsel',
    nameEn: 'Well-being',
    descriptionDa: 'Børns psykiske, sociale og fysiske trivsel i og uden for plejefamilien.',
  },
  {
    slug: 'mental-sundhed',
    nameDa: 'Mental sundhed',
    nameEn: 'Mental health',
    descriptionDa: 'Angst, tristhed, adfærdsvanskeligheder og adgang til behandling.',
    parent: 'trivsel',
  },
  {
    slug: 'relationer',
    nameDa: 'Relationer',
    nameEn: 'Relationships',
    descriptionDa: 'Stabile voksenrelationer og relationer til søskende og netværk.',
    parent: 'trivsel',
  },
  {
    slug: 'venskaber',
    nameDa: 'Venskaber',
    nameEn: 'Friendships',
    descriptionDa: 'Venskaber med jævnaldrende i skole og fritid.',
    parent: 'relationer',
  },
  {
    slug: 'fritidsliv',
    nameDa: 'Fritidsliv',
    nameEn: 'Leisure activities',
    descriptionDa: 'Foreningsliv, sport og kultur som kilde til fællesskab og mestring.',
    parent: 'trivsel',
  },
  // Plejefamilien
  {
    slug: 'plejefamilien',
    nameDa: 'Plejefamilien',
    nameEn: 'The foster family',
    descriptionDa: 'Plejefamiliens rammer, kompetencer og støtte.',
  },
  {
    slug: 'stoette-til-plejeforaeldre',
    nameDa: 'Støtte til plejeforældre',
    nameEn: 'Support for foster parents',
    descriptionDa: 'Supervision, kurser, aflastning og netværk for plejeforældre.',
    parent: 'plejefamilien',
  },
  {
    slug: 'netvaerkspleje',
    nameDa: 'Netværkspleje',
    nameEn: 'Kinship care',
    descriptionDa: 'Anbringelse hos slægt eller netværk og den særlige støtte, netværksplejefamilier har brug for.',
    parent: 'plejefamilien',
  },
  {
    slug: 'matching',
    nameDa: 'Matching',
    nameEn: 'Matching',
    descriptionDa: 'Valg af den rette plejefamilie til det enkelte barn.',
    parent: 'plejefamilien',
  },
  // Anbringelse
  {
    slug: 'anbringelse',
    nameDa: 'Anbringelse',
    nameEn: 'Out-of-home care',
    descriptionDa: 'Anbringelsesforløbet fra beslutning til afslutning.',
  },
  {
    slug: 'overgange',
    nameDa: 'Overgange',
    nameEn: 'Transitions',
    descriptionDa: 'Skift mellem anbringelsessteder, skoler og livsfaser.',
    parent: 'anbringelse',
  },
  {
    slug: 'sammenbrud-i-anbringelser',
    nameDa: 'Sammenbrud i anbringelser',
    nameEn: 'Placement breakdown',
    descriptionDa: 'Uplanlagte afbrud af anbringelser, og hvordan de kan forebygges.',
    parent: 'anbringelse',
  },
  {
    slug: 'eftervaern',
    nameDa: 'Efterværn',
    nameEn: 'Aftercare',
    descriptionDa: 'Støtte til unge efter det fyldte 18. år og overgangen til voksenlivet.',
    parent: 'overgange',
  },
  {
    slug: 'boerns-inddragelse',
    nameDa: 'Børns inddragelse',
    nameEn: 'Child participation',
    descriptionDa: 'Børnesamtaler, bisiddere og børns stemme i egen sag.',
    parent: 'anbringelse',
  },
  // Samarbejde med forældre
  {
    slug: 'samarbejde-med-foraeldre',
    nameDa: 'Samarbejde med forældre',
    nameEn: 'Working with birth parents',
    descriptionDa: 'Samarbejdet mellem forældre, plejefamilie og forvaltning.',
  },
  {
    slug: 'samvaer',
    nameDa: 'Samvær',
    nameEn: 'Contact visits',
    descriptionDa: 'Tilrettelæggelse og støtte af samvær mellem barn og forældre.',
    parent: 'samarbejde-med-foraeldre',
  },
  // Traumer
  {
    slug: 'traumer',
    nameDa: 'Traumer',
    nameEn: 'Trauma',
    descriptionDa: 'Konsekvenser af omsorgssvigt og traumatiske oplevelser.',
  },
  {
    slug: 'traumebevidst-praksis',
    nameDa: 'Traumebevidst praksis',
    nameEn: 'Trauma-informed practice',
    descriptionDa: 'Traumeforståelse i hverdagen hos plejefamilier, skoler og opholdssteder.',
    parent: 'traumer',
  },
  {
    slug: 'tilknytning',
    nameDa: 'Tilknytning',
    nameEn: 'Attachment',
    descriptionDa: 'Tilknytningsmønstre og sensitiv omsorg, særligt for de mindste børn.',
    parent: 'traumer',
  },
  // Tværfagligt samarbejde
  {
    slug: 'tvaerfagligt-samarbejde',
    nameDa: 'Tværfagligt samarbejde',
    nameEn: 'Interprofessional collaboration',
    descriptionDa: 'Samarbejde mellem socialforvaltning, skole, sundhed og civilsamfund.',
  },
  {
    slug: 'frivillige-og-civilsamfund',
    nameDa: 'Frivillige og civilsamfund',
    nameEn: 'Volunteers and civil society',
    descriptionDa: 'Mentorer, lektiecaféer og foreninger som supplement til den offentlige indsats.',
    parent: 'tvaerfagligt-samarbejde',
  },
];
