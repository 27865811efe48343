import type { SeedCase } from './types.js';

/** Practice examples from the fictional region, providers, company and NGO. All invented. */
export const casesB: SeedCase[] = [
  {
    slug: 'bakkeby-boernesamtaler-med-tre-huse',
    title: 'Børnesamtaler med de tre huse',
    summary:
      'Rådgiverne i Bakkeby Kommune bruger tegneredskabet de tre huse til at tale med plejebørn om, hvad der er godt, svært og ønsket.',
    body: `### Baggrund
Børnesamtalerne blev ofte korte og formelle, og børnene svarede "det ved jeg ikke".

### Hvad vi gjorde
Som en del af arbejdet med Signs of Safety tegner rådgiveren og barnet tre huse: et for det gode, et for bekymringerne og et for drømmene. Tegningen bliver vist til plejefamilien og forældrene, hvis barnet siger ja.

### Hvad vi lærte
Børnene fortæller mere, når de har noget at holde i hånden. Flere har selv bedt om at lave en ny tegning ved næste opfølgning.`,
    organisation: 'bakkeby-kommune',
    year: 2022,
    targetGroups: ['FOSTER_CHILDREN', 'PROFESSIONALS'],
    ageMin: 5,
    ageMax: 14,
    topics: ['boerns-inddragelse', 'samarbejde-med-foraeldre'],
    methods: ['signs-of-safety'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'region-vestkyst-traumenetvaerk',
    title: 'Regionalt netværk om traumebehandling af plejebørn',
    summary:
      'Region Vestkyst har samlet børne- og ungdomspsykiatri og kommuner i et netværk, der gør det lettere for plejebørn at få traumefokuseret behandling.',
    body: `### Baggrund
Kommunerne oplevede lange ventetider og uklarhed om, hvem der kunne tilbyde traumebehandling til plejebørn.

### Hvad vi gjorde
Regionen uddannede et antal psykologer i TF-CBT og oprettede et netværk med faste kontaktpersoner i hver kommune. Plejeforældre får en kort introduktion til forløbet, så de kan deltage som trygge voksne.

### Hvad vi lærte
Behandlingen virker bedst, når anbringelsen er stabil. Netværket har derfor også fået til opgave at tale om timing.`,
    organisation: 'region-vestkyst',
    year: 2024,
    targetGroups: ['FOSTER_CHILDREN', 'PROFESSIONALS'],
    ageMin: 6,
    ageMax: 17,
    topics: ['traumer', 'mental-sundhed', 'tvaerfagligt-samarbejde'],
    methods: ['tf-cbt'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'region-vestkyst-pcit-plejefamilier',
    title: 'PCIT til plejefamilier med små børn',
    summary:
      'Børne- og ungdomspsykiatrien i Region Vestkyst har afprøvet PCIT med plejeforældre til børn i alderen 2–7 år.',
    body: `### Baggrund
Plejeforældre til små børn med voldsom adfærd efterspurgte konkret hjælp i hverdagen.

### Hvad vi gjorde
Vi tilbød PCIT med coaching via øresnegl i et legerum. Forløbene blev afsluttet, når plejeforælderen mestrede færdighederne. Familieplejekonsulenten deltog i udvalgte sessioner.

### Hvad vi lærte
Plejeforældrene oplevede færre konflikter, men frafaldet var højt, når der var lang transport. Vi afprøver nu sessioner i familiens nærmiljø.`,
    organisation: 'region-vestkyst',
    year: 2024,
    targetGroups: ['FOSTER_FAMILIES', 'FOSTER_CHILDREN'],
    ageMin: 2,
    ageMax: 7,
    topics: ['mental-sundhed', 'tilknytning'],
    methods: ['pcit'],
    isExample: true,
    visibility: 'MEMBERS',
  },
  {
    slug: 'lindely-traumebevidst-intern-skole',
    title: 'Traumebevidst undervisning på et opholdssteds interne skole',
    summary:
      'Opholdsstedet Lindely har omlagt skoledagen med korte moduler, pauser og fast voksenkontakt, så eleverne kan lære trods tidligere traumer.',
    body: `### Baggrund
Eleverne havde lange skolehistorier med konflikter og fravær, og lærerne brugte meget tid på at håndtere uro.

### Hvad vi gjorde
Hele personalet fik undervisning i traumeforståelse. Skoledagen blev opdelt i korte moduler med bevægelse, og hver elev fik en fast voksen, der modtager eleven om morgenen. Vi samarbejder med regionens psykologer om elever i behandling.

### Hvad vi lærte
Forudsigelighed og relationer kommer før fag, men fagligheden må ikke glemmes. Vi har nu faste læsemål for alle elever.`,
    organisation: 'opholdsstedet-lindely',
    year: 2025,
    targetGroups: ['CHILDREN_IN_RESIDENTIAL_CARE', 'PROFESSIONALS'],
    ageMin: 10,
    ageMax: 17,
    topics: ['traumebevidst-praksis', 'skolegang'],
    methods: ['tf-cbt'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'lindely-foraeldresamarbejde-samvaer',
    title: 'Forældrecafé og planlagt samvær',
    summary:
      'Opholdsstedet Lindely inviterer forældre til en månedlig café og bruger elementer fra forældretræning til at forberede samvær.',
    body: `### Baggrund
Samvær endte ofte i konflikter, og forældrene følte sig som gæster i deres barns liv.

### Hvad vi gjorde
Vi indførte en månedlig forældrecafé, hvor forældrene ser elevernes skolearbejde. Før samvær taler en pædagog med forælderen om ros, tydelige aftaler og hvordan man afslutter et besøg godt.

### Hvad vi lærte
Forældrene vil gerne involveres i skolegangen. Cafeen har givet et mere uformelt forum for samarbejde.`,
    organisation: 'opholdsstedet-lindely',
    year: 2023,
    targetGroups: ['BIRTH_PARENTS', 'CHILDREN_IN_RESIDENTIAL_CARE'],
    topics: ['samarbejde-med-foraeldre', 'samvaer'],
    methods: ['pmto'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'lindely-overgang-til-efterskole',
    title: 'Fra opholdssted til efterskole',
    summary:
      'Opholdsstedet Lindely forbereder ældre elever på efterskole med besøg, prøveophold og en mentor det første halve år.',
    body: `### Baggrund
Flere unge ønskede at komme på efterskole, men overgangen fra et lille, skærmet miljø var stor.

### Hvad vi gjorde
Den unge besøger efterskolen flere gange og har et prøveophold. En kontaktperson fra Lindely fortsætter som mentor det første halve år, og der holdes et overleveringsmøde med efterskolens lærere.

### Hvad vi lærte
Overleveringen skal handle om, hvad der virker for den unge – ikke kun om problemerne.`,
    organisation: 'opholdsstedet-lindely',
    year: 2025,
    targetGroups: ['CHILDREN_IN_RESIDENTIAL_CARE'],
    ageMin: 14,
    ageMax: 17,
    topics: ['overgange', 'ungdomsuddannelse'],
    methods: ['mentorordning'],
    isExample: true,
    visibility: 'ORGANISATION',
  },
  {
    slug: 'familieplejen-vestkyst-abc-smaaboern',
    title: 'Tilknytningsforløb for plejeforældre til de mindste',
    summary:
      'Familieplejen Vestkyst tilbyder nye plejeforældre til børn under tre år et kort hjemmebaseret forløb om sensitiv omsorg.',
    body: `### Baggrund
Små børn, der anbringes, har ofte oplevet mange skift, og plejeforældrene kan opleve, at barnet afviser trøst.

### Hvad vi gjorde
To konsulenter er uddannet i ABC og gennemfører ti hjemmebesøg med videooptagelser. Fokus er på at trøste, følge barnets leg og forstå barnets signaler.

### Hvad vi lærte
Plejeforældrene blev bedre til at se barnets behov bag adfærden. Forløbet passer godt ind i de første måneder af en anbringelse.`,
    organisation: 'familieplejen-vestkyst',
    year: 2024,
    targetGroups: ['FOSTER_FAMILIES'],
    ageMin: 0,
    ageMax: 3,
    topics: ['tilknytning', 'stoette-til-plejeforaeldre'],
    methods: ['attachment-and-biobehavioral-catch-up'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'familieplejen-vestkyst-forebyg-sammenbrud',
    title: 'Tidlig alarm forebygger sammenbrud i specialiserede plejefamilier',
    summary:
      'Familieplejen Vestkyst har indført ugentlige korte opkald til nye plejefamilier, inspireret af den daglige kontakt i behandlingsplejefamilier.',
    body: `### Baggrund
Vi så, at sammenbrud ofte skete i de første seks måneder, og at plejefamilierne først ringede, når krisen var akut.

### Hvad vi gjorde
Alle nye anbringelser får et ugentligt opkald med faste spørgsmål om søvn, skole, adfærd og plejeforældrenes overskud. Hvis svarene viser en negativ udvikling, tilbydes ekstra supervision eller aflastning inden for en uge.

### Hvad vi lærte
Korte, faste opkald opleves som omsorg, ikke kontrol. Vi har færre akutte henvendelser end før.`,
    organisation: 'familieplejen-vestkyst',
    year: 2025,
    targetGroups: ['FOSTER_FAMILIES', 'FOSTER_CHILDREN'],
    topics: ['sammenbrud-i-anbringelser', 'stoette-til-plejeforaeldre'],
    methods: ['treatment-foster-care-oregon', 'keep'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'familieplejen-vestkyst-de-utrolige-aar',
    title: 'De Utrolige År for plejeforældre og lærere',
    summary:
      'Familieplejen Vestkyst har kørt et hold De Utrolige År for plejeforældre, mens plejebørnenes lærere deltog i lærerprogrammet.',
    body: `### Baggrund
Plejebørn med adfærdsvanskeligheder mødte ofte forskellige forventninger hjemme og i skolen.

### Hvad vi gjorde
Plejeforældrene deltog i forældreprogrammet, og vi tilbød samtidig lærerprogrammet til de skoler, børnene gik på. Der blev holdt to fælles møder mellem plejeforældre og lærere.

### Hvad vi lærte
Det fælles sprog gjorde det lettere at lave aftaler om ros og konsekvenser på tværs af hjem og skole.`,
    organisation: 'familieplejen-vestkyst',
    year: 2023,
    targetGroups: ['FOSTER_FAMILIES', 'SCHOOLS'],
    ageMin: 4,
    ageMax: 10,
    topics: ['stoette-til-plejeforaeldre', 'skolegang'],
    methods: ['de-utrolige-aar'],
    isExample: true,
    visibility: 'MEMBERS',
  },
  {
    slug: 'lektiebroen-online-lektiehjaelp',
    title: 'Online lektiehjælp til plejebørn i landdistrikter',
    summary:
      'Foreningen Lektiebroen matcher studerende med plejebørn, der bor langt fra en lektiecafé, og giver lektiehjælp via video.',
    body: `### Baggrund
Plejefamilier i landdistrikter havde svært ved at finde lektiehjælp, og plejebørnene ville ikke skille sig ud i skolens lektiecafé.

### Hvad vi gjorde
Frivillige studerende giver lektiehjælp to gange om ugen over video. Den frivillige og barnet mødes fysisk ved start og afslutning. Plejeforældrene får en kort guide til at støtte op.

### Hvad vi lærte
Kontinuitet er vigtigere end faglighed: samme frivillige hele skoleåret giver den bedste kontakt.`,
    organisation: 'foreningen-lektiebroen',
    year: 2025,
    targetGroups: ['FOSTER_CHILDREN', 'FOSTER_FAMILIES'],
    ageMin: 9,
    ageMax: 16,
    topics: ['lektiehjaelp', 'frivillige-og-civilsamfund'],
    methods: ['parlaesning', 'teach-your-children-well'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'lektiebroen-laesemakkere',
    title: 'Læsemakkere i plejefamilien',
    summary:
      'Frivillige fra Foreningen Lektiebroen lærer plejeforældre parlæsning, så højtlæsningen kan fortsætte hver dag.',
    body: `### Baggrund
Mange plejeforældre ville gerne læse med barnet, men oplevede, at det endte i konflikter.

### Hvad vi gjorde
En frivillig besøger familien fire gange og viser parlæsning i praksis. Barnet vælger bøger fra en kasse, som foreningen låner ud. Familien noterer læsetid i et enkelt skema.

### Hvad vi lærte
Når barnet selv vælger bogen, og fejl rettes kort og venligt, bliver læsningen hyggeligere. Flere familier er fortsat efter forløbet.`,
    organisation: 'foreningen-lektiebroen',
    year: 2024,
    targetGroups: ['FOSTER_CHILDREN', 'FOSTER_FAMILIES'],
    ageMin: 6,
    ageMax: 11,
    topics: ['laesning', 'stoette-til-plejeforaeldre'],
    methods: ['parlaesning'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'laeringsbro-kursus-skole-for-plejeforaeldre',
    title: 'Kursus: Plejeforældre som skoleforældre',
    summary:
      'Læringsbro ApS har udviklet et kursus for plejeforældre om at støtte skolegang, læsning og lektier og om samarbejdet med skolen.',
    body: `### Baggrund
Plejeforældre fortalte, at de følte sig usikre på deres rolle i skolesamarbejdet, fx ved skole-hjem-samtaler.

### Hvad vi gjorde
Kurset består af tre aftener: om anbragte børns skolegang, om parlæsning og struktureret tutoring og om samarbejdet med skolen. Mellem aftenerne afprøver deltagerne redskaberne derhjemme.

### Hvad vi lærte
Deltagerne efterspurgte konkrete redskaber frem for teori. Næste version får mere øvelse og færre oplæg.`,
    organisation: 'laeringsbro-aps',
    year: 2024,
    targetGroups: ['FOSTER_FAMILIES'],
    topics: ['skolegang', 'stoette-til-plejeforaeldre', 'lektiehjaelp'],
    methods: ['parlaesning', 'teach-your-children-well'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'noerreaa-fritidspas-og-venskaber',
    title: 'Fritidspas og venskabsgrupper for plejebørn',
    summary:
      'Nørreå Kommune kombinerer et fritidspas med en venskabsgruppe og en mentor, inspireret af Fostering Healthy Futures.',
    body: `### Baggrund
Plejebørn på mellemtrinnet deltog sjældnere i fritidsaktiviteter og fortalte om få venner.

### Hvad vi gjorde
Børnene får et fritidspas og en frivillig mentor, der følger med de første gange. Samtidig mødes de i en gruppe hver uge, hvor de øver venskaber, følelser og problemløsning.

### Hvad vi lærte
Gruppen gav børnene en oplevelse af ikke at være de eneste. Mentorens følgeskab var afgørende for, at børnene blev ved med aktiviteten.`,
    organisation: 'noerreaa-kommune',
    year: 2025,
    targetGroups: ['FOSTER_CHILDREN'],
    ageMin: 9,
    ageMax: 12,
    topics: ['fritidsliv', 'venskaber', 'mental-sundhed'],
    methods: ['fostering-healthy-futures', 'mentorordning'],
    isExample: true,
    visibility: 'PUBLIC',
  },
];
