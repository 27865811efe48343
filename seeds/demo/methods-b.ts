import { EXAMPLE_NOTE, SOURCES, vidensbro, vidensportal } from './ratings.js';
import type { SeedMethod } from './types.js';

/** Learning-focused programmes, collaboration models and Danish practice approaches. */
export const methodsB: SeedMethod[] = [
  {
    slug: 'familieraadslagning',
    name: 'Familierådslagning',
    originalName: 'Family Group Conference',
    summary:
      'Barnets familie og netværk samles og laver selv en plan for, hvordan barnet kan få det godt – med støtte fra en uafhængig koordinator.',
    description: `Familierådslagning stammer fra New Zealand, hvor modellen blev skrevet ind i lovgivningen i slutningen af 1980'erne med inspiration fra maoriernes tradition for at løse problemer i den udvidede familie. Metoden bruges i dag i mange lande, også i danske kommuner.

En uafhængig koordinator forbereder mødet sammen med familien. På selve mødet fortæller fagfolk først om bekymringen og de rammer, planen skal holde sig inden for. Derefter trækker familien sig tilbage og udarbejder sin egen plan uden fagfolk til stede. Til sidst godkendes planen af rådgiveren.

I anbringelsessager bruges familierådslagning blandt andet til at finde netværksplejefamilier, planlægge samvær og skabe støtte omkring barnets skolegang.`,
    origin: 'New Zealand',
    targetGroups: ['BIRTH_PARENTS', 'CHILDREN_AT_RISK', 'FOSTER_CHILDREN'],
    topics: ['netvaerkspleje', 'samarbejde-med-foraeldre', 'boerns-inddragelse'],
    studies: ['eksempel-familieraadslagning-kvasi'],
    ratings: [
      vidensportal('BBBCC', '2021-09-01', 'eksempel-familieraadslagning-kvasi'),
      vidensbro('PROMISING', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'signs-of-safety',
    name: 'Signs of Safety',
    originalName: 'Signs of Safety',
    summary:
      'Løsningsfokuseret og sikkerhedsorienteret tilgang til børnesager, der gør bekymringer og ressourcer synlige sammen med familien.',
    description: `Signs of Safety er udviklet i Australien i 1990'erne og bruges i mange danske kommuner som ramme for sagsarbejdet med udsatte børn og familier.

Tilgangen bygger på en fælles kortlægning af, hvad man er bekymret for, hvad der fungerer godt, og hvad der skal ske. Der bruges skalering fra 0 til 10 og redskaber til at inddrage børn, fx tegninger og fortællinger i børnehøjde.

Metoden er først og fremmest en tilgang til myndighedsarbejdet. Evalueringer viser ofte, at rådgivere og familier oplever et bedre samarbejde, mens dokumentationen for effekter på børnenes forhold er begrænset.`,
    origin: 'Australien',
    targetGroups: ['PROFESSIONALS', 'BIRTH_PARENTS', 'CHILDREN_AT_RISK'],
    topics: ['samarbejde-med-foraeldre', 'boerns-inddragelse', 'tvaerfagligt-samarbejde'],
    studies: ['eksempel-signs-of-safety-casestudie'],
    ratings: [
      {
        scheme: 'CEBC',
        value: 'NR',
        ratedOn: '2024-03-15',
        source: SOURCES.CEBC,
        note: EXAMPLE_NOTE,
      },
      vidensbro('INSUFFICIENT', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'fostering-individualized-assistance',
    name: 'Fostering Individualized Assistance Program (FIAP)',
    originalName: 'Fostering Individualized Assistance Program',
    summary:
      'Helhedsorienteret, individuelt tilrettelagt støtte til plejebørn med følelsesmæssige og adfærdsmæssige vanskeligheder.',
    description: `FIAP er udviklet i USA i 1990'erne og er beslægtet med de såkaldte wraparound-tilgange, hvor støtten bygges op omkring det enkelte barns behov frem for omkring bestemte ydelser.

En familiespecialist laver en ressourceorienteret afdækning af barnets situation og en plan på tværs af livsområder som skole, fritid, sundhed og familie. Specialisten koordinerer indsatsen og følger barnet, også hvis barnet skifter anbringelsessted.

Tankegangen er interessant i en dansk sammenhæng, hvor mange plejebørn har kontakt med mange fagpersoner, men dokumentationen er forholdsvis gammel og begrænset.`,
    origin: 'USA',
    targetGroups: ['FOSTER_CHILDREN', 'FOSTER_FAMILIES', 'PROFESSIONALS'],
    ageMin: 7,
    ageMax: 15,
    topics: ['tvaerfagligt-samarbejde', 'sammenbrud-i-anbringelser', 'mental-sundhed'],
    studies: [],
    ratings: [
      {
        scheme: 'CEBC',
        value: '3',
        ratedOn: '2024-03-15',
        source: SOURCES.CEBC,
        note: EXAMPLE_NOTE,
      },
      vidensbro('INSUFFICIENT', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'teach-your-children-well',
    name: 'Teach Your Children Well – tutoring ved plejeforældre',
    originalName: 'Teach Your Children Well',
    summary: 'Struktureret tutoring i læsning og matematik, hvor plejeforældre eller frivillige er tutorer for barnet.',
    description: `Teach Your Children Well er et canadisk undervisningsprogram baseret på direkte instruktion. Det er afprøvet med plejeforældre som tutorer for deres plejebørn.

Tutoren følger et fast materiale med korte, daglige eller ugentlige sessioner i læsning, stavning og matematik. Barnet arbejder i sit eget tempo, og tutoren registrerer fremskridt, så der hurtigt kan følges op, hvis barnet går i stå.

Pointen er, at plejefamilien kan blive en aktiv læringsressource. Erfaringerne peger på, at tutorerne har brug for en god introduktion og løbende opfølgning for at holde fast i forløbet.`,
    origin: 'Canada',
    targetGroups: ['FOSTER_CHILDREN', 'FOSTER_FAMILIES'],
    ageMin: 6,
    ageMax: 13,
    topics: ['lektiehjaelp', 'laesning', 'matematik'],
    studies: ['flynn-2012-tutoring-rct', 'forsman-vinnerljung-2012-skoleindsatser'],
    ratings: [vidensbro('PROMISING', '2026-02-01')],
    visibility: 'PUBLIC',
  },
  {
    slug: 'letterbox-club',
    name: 'Letterbox Club – bogpakker til plejebørn',
    originalName: 'Letterbox Club',
    summary:
      'Børn i plejefamilier modtager personligt adresserede pakker med bøger, matematikspil og skriveredskaber over en periode.',
    description: `Letterbox Club er udviklet i Storbritannien og drives i dag af læseorganisationen BookTrust. Idéen er enkel: barnet får med posten en række pakker med sit eget navn på, og indholdet er udvalgt, så det passer til barnets alder.

Pakkerne indeholder typisk bøger, spil med tal og skrivematerialer samt et brev til barnet. Mange børn i pleje får sjældent post, og det at eje sine egne bøger fremhæves ofte som en vigtig del af oplevelsen.

Modellen har inspireret lignende bogpakkeforløb andre steder, ofte i samarbejde med frivillige organisationer og biblioteker. Plejefamilien kan med fordel inddrages som læsepartner.`,
    origin: 'Storbritannien',
    targetGroups: ['FOSTER_CHILDREN', 'FOSTER_FAMILIES'],
    ageMin: 7,
    ageMax: 13,
    topics: ['laesning', 'matematik', 'fritidsliv'],
    studies: ['griffiths-2012-letterbox-club', 'forsman-vinnerljung-2012-skoleindsatser'],
    ratings: [vidensbro('PROMISING', '2026-02-01')],
    visibility: 'PUBLIC',
  },
  {
    slug: 'parlaesning',
    name: 'Parlæsning (Paired Reading)',
    originalName: 'Paired Reading',
    summary:
      'Enkel læsemetode, hvor en voksen og et barn læser sammen efter faste regler for støtte, ros og rettelse af fejl.',
    description: `Paired Reading er en britisk læsemetode, der især er udbredt gennem Keith Toppings arbejde. Den kan bruges af forældre, plejeforældre, frivillige eller ældre elever.

Barnet vælger selv bogen. Den voksne og barnet læser højt sammen, og når barnet føler sig klar, giver det et signal og læser videre alene. Ved fejl siger den voksne ordet, barnet gentager det, og læsningen fortsætter uden lange forklaringer. Ros er en fast del af metoden.

Metoden er billig og let at lære, hvilket gør den velegnet til plejefamilier og lektiecaféer. Effekten afhænger af, at læsningen sker regelmæssigt over flere uger.`,
    origin: 'Storbritannien',
    targetGroups: ['FOSTER_CHILDREN', 'FOSTER_FAMILIES', 'SCHOOLS'],
    ageMin: 6,
    ageMax: 14,
    topics: ['laesning', 'lektiehjaelp', 'frivillige-og-civilsamfund'],
    studies: ['eksempel-laesemakker-rct'],
    ratings: [
      {
        scheme: 'WWC',
        value: 'POTENTIALLY_POSITIVE',
        ratedOn: '2023-08-01',
        source: SOURCES.WWC,
        note: EXAMPLE_NOTE,
      },
      vidensbro('PROMISING', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'skolfam',
    name: 'Skolfam – skoleteam for plejebørn',
    originalName: 'Skolfam',
    summary:
      'Et team af psykolog og specialpædagog kortlægger plejebarnets faglige forudsætninger og laver en plan sammen med skole og plejefamilie.',
    description: `Skolfam er en svensk model, der blev startet i Helsingborg i midten af 2000'erne og siden er spredt til en række svenske kommuner. Udgangspunktet er, at plejefamilien og skolen sammen skal have høje forventninger til barnets læring.

Et team bestående af en psykolog og en specialpædagog tester barnets kognitive og faglige niveau og udarbejder en individuel plan. Skole, plejefamilie og socialrådgiver mødes jævnligt, og testene gentages efter en periode for at følge udviklingen.

Modellen har inspireret flere danske kommuner til at lave lignende skoleteams for anbragte børn.`,
    origin: 'Sverige',
    targetGroups: ['FOSTER_CHILDREN', 'SCHOOLS', 'FOSTER_FAMILIES'],
    ageMin: 6,
    ageMax: 12,
    topics: ['skolegang', 'laesning', 'matematik', 'tvaerfagligt-samarbejde'],
    studies: ['eksempel-skolfam-afproevning', 'forsman-vinnerljung-2012-skoleindsatser'],
    ratings: [
      vidensportal('BBBCD', '2023-04-01', 'eksempel-skolfam-afproevning'),
      vidensbro('PROMISING', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'mentorordning',
    name: 'Mentorordning for anbragte børn og unge',
    summary:
      'En frivillig eller lønnet mentor mødes fast med barnet eller den unge om skole, fritid og fremtidsplaner.',
    description: `Mentorordninger findes i mange udformninger i danske kommuner og civilsamfundsorganisationer. Fælles for dem er, at en voksen uden myndighedsrolle mødes regelmæssigt med barnet eller den unge.

Mentoren kan hjælpe med lektier, følge med til fritidsaktiviteter eller tale om drømme for uddannelse og job. Mange unge fremhæver, at det betyder noget, at mentoren er der af egen fri vilje.

Erfaringer peger på, at matchingen mellem mentor og ung, varigheden af forløbet og en god afslutning er afgørende. Dokumentationen for effekt er blandet og afhænger af den konkrete udformning.`,
    origin: 'Danmark',
    targetGroups: ['FOSTER_CHILDREN', 'CHILDREN_IN_RESIDENTIAL_CARE', 'CARE_LEAVERS'],
    ageMin: 10,
    ageMax: 23,
    topics: ['relationer', 'frivillige-og-civilsamfund', 'ungdomsuddannelse', 'eftervaern'],
    studies: ['eksempel-mentorordning-evaluering'],
    ratings: [
      vidensportal('BCCDD', '2024-01-15', 'eksempel-mentorordning-evaluering'),
      vidensbro('PROMISING', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'stoettegrupper-for-netvaerksplejefamilier',
    name: 'Støttegrupper for netværksplejefamilier',
    summary:
      'Faste netværksgrupper, hvor slægts- og netværksplejefamilier mødes med en faciliterende konsulent og deler erfaringer.',
    description: `Netværksplejefamilier – fx bedsteforældre, mostre eller venner af familien – får ofte mindre uddannelse og supervision end andre plejefamilier, selv om opgaven kan være lige så krævende.

I støttegrupperne mødes familierne typisk en gang om måneden. En konsulent faciliterer, og der er temaer som samvær med forældrene, loyalitetskonflikter, skolegang og egne behov for aflastning.

Indsatsen er en dansk praksisform uden fast manual. Den bygger på viden om, at netværksanbringelser ofte er stabile, men at familierne har brug for anerkendelse og konkret støtte.`,
    origin: 'Danmark',
    targetGroups: ['FOSTER_FAMILIES'],
    topics: ['netvaerkspleje', 'stoette-til-plejeforaeldre', 'samvaer'],
    studies: ['winokur-2014-kinship-review', 'eksempel-netvaerkspleje-kohorte'],
    ratings: [vidensbro('INSUFFICIENT', '2026-02-01')],
    visibility: 'PUBLIC',
  },
  {
    slug: 'relationel-koordinering',
    name: 'Relationel koordinering',
    originalName: 'Relational Coordination',
    summary:
      'Teori og metode til at styrke koordineringen mellem faggrupper gennem fælles mål, delt viden, gensidig respekt og god kommunikation.',
    description: `Relationel koordinering er udviklet i USA af Jody Hoffer Gittell, oprindeligt med udgangspunkt i luftfart og sundhedsvæsen. Teorien er siden brugt i mange danske kommuner, også på børne- og ungeområdet.

Metoden beskriver syv dimensioner: fælles mål, fælles viden og gensidig respekt samt kommunikation, der er hyppig, rettidig, præcis og problemløsende. Med et spørgeskema kan man måle koordineringen mellem fx skole, plejefamilie, rådgiver og PPR og derefter arbejde målrettet med de svage forbindelser.

For anbragte børn, der har mange voksne omkring sig, kan metoden hjælpe til at gøre samarbejdet mindre afhængigt af enkeltpersoner.`,
    origin: 'USA',
    targetGroups: ['PROFESSIONALS', 'SCHOOLS', 'FOSTER_FAMILIES'],
    topics: ['tvaerfagligt-samarbejde', 'skolegang'],
    studies: ['eksempel-relationel-koordinering'],
    ratings: [vidensbro('INSUFFICIENT', '2026-02-01')],
    visibility: 'PUBLIC',
  },
];
