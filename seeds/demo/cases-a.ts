import type { SeedCase } from './types.js';

/** Practice examples from the fictional municipalities. All invented; no data about real children. */
export const casesA: SeedCase[] = [
  {
    slug: 'fjordby-skoleteam-for-plejeboern',
    title: 'Skoleteam giver plejebørn en faglig plan',
    summary:
      'Fjordby Kommune har etableret et lille skoleteam efter svensk forbillede, der kortlægger plejebørns faglige niveau og følger op hvert halve år.',
    body: `### Baggrund
Familieafdelingen kunne se, at mange plejebørn havde huller i læsning og matematik, men at ingen havde ansvaret for at følge op. Skolen kendte ikke altid barnets historie, og plejefamilien vidste ikke, hvad de kunne forvente.

### Hvad vi gjorde
En psykolog fra PPR og en specialpædagog tester børnene ved start og igen efter et år. Resultaterne gennemgås på et møde med lærer, plejeforældre og rådgiver, hvor der aftales tre konkrete mål. Plejeforældrene får materialer til læsning derhjemme.

### Hvad vi lærte
Testene gav et fælles sprog og højere forventninger. Det sværeste var at finde tid til opfølgningsmøderne, så nu ligger de fast i kalenderen fra starten.`,
    organisation: 'fjordby-kommune',
    year: 2025,
    targetGroups: ['FOSTER_CHILDREN', 'SCHOOLS', 'FOSTER_FAMILIES'],
    ageMin: 6,
    ageMax: 12,
    topics: ['skolegang', 'laesning', 'matematik', 'tvaerfagligt-samarbejde'],
    methods: ['skolfam'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'fjordby-bogpakker-til-plejeboern',
    title: 'Bogpakker med posten til børn i plejefamilier',
    summary:
      'I et samarbejde med bibliotekerne har Fjordby Kommune sendt personlige bogpakker til plejebørn i indskolingen og på mellemtrinnet.',
    body: `### Baggrund
Plejefamiliekonsulenterne hørte ofte, at plejebørn ikke havde deres egne bøger, og at læsning var forbundet med nederlag.

### Hvad vi gjorde
Inspireret af britiske Letterbox Club sendte vi seks pakker over et halvt år med bøger, et talspil og et kort til barnet. Bibliotekarerne valgte bøgerne ud fra barnets alder og interesser, som plejeforældrene havde oplyst.

### Hvad vi lærte
Børnene glædede sig til posten, og flere plejeforældre fortalte, at pakkerne blev anledning til højtlæsning. Vi har ikke målt effekt på læsefærdigheder, men vil gøre det i næste runde.`,
    organisation: 'fjordby-kommune',
    year: 2024,
    targetGroups: ['FOSTER_CHILDREN', 'FOSTER_FAMILIES'],
    ageMin: 7,
    ageMax: 12,
    topics: ['laesning', 'matematik', 'fritidsliv'],
    methods: ['letterbox-club'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'fjordby-relationel-koordinering-skole',
    title: 'Relationel koordinering mellem skole, PPR og familieafdeling',
    summary:
      'Fjordby Kommune målte koordineringen omkring anbragte skolebørn og arbejdede målrettet med de svageste relationer.',
    body: `### Baggrund
Lærere oplevede, at de først hørte om en anbringelse, når barnet stod i klassen. Rådgiverne oplevede omvendt, at skolen sjældent meldte tilbage.

### Hvad vi gjorde
Vi gennemførte en måling af relationel koordinering blandt lærere, PPR, familieplejekonsulenter og rådgivere. På baggrund af resultaterne indførte vi et fast opstartsmøde inden for ti skoledage efter en anbringelse og en fælles kontaktliste.

### Hvad vi lærte
Målingen gjorde det lettere at tale om samarbejdet uden at pege fingre. Efter et år var især den rettidige kommunikation forbedret.`,
    organisation: 'fjordby-kommune',
    year: 2025,
    targetGroups: ['PROFESSIONALS', 'SCHOOLS'],
    topics: ['tvaerfagligt-samarbejde', 'skolegang'],
    methods: ['relationel-koordinering'],
    isExample: true,
    visibility: 'MEMBERS',
  },
  {
    slug: 'fjordby-skolestart-efter-anbringelse',
    title: 'Tryg skolestart efter et anbringelsesskift',
    summary:
      'En fast procedure i Fjordby Kommune sikrer, at et barn, der skifter plejefamilie, også får en planlagt overgang til den nye skole.',
    body: `### Baggrund
Skift af plejefamilie betød ofte også skoleskift med kort varsel, og fraværet steg markant i de første måneder.

### Hvad vi gjorde
Vi lavede en tjekliste for overgangen: besøg på den nye skole før første skoledag, en fast voksen i klassen, overlevering fra den gamle lærer og et opfølgningsmøde efter seks uger. Når det er muligt, bliver barnet på den gamle skole resten af skoleåret.

### Hvad vi lærte
Tjeklisten er enkel, men den skal ejes af én person. Vi har placeret ansvaret hos familieplejekonsulenten.`,
    organisation: 'fjordby-kommune',
    year: 2026,
    targetGroups: ['FOSTER_CHILDREN', 'SCHOOLS', 'PROFESSIONALS'],
    ageMin: 6,
    ageMax: 16,
    topics: ['overgange', 'skolegang'],
    methods: ['relationel-koordinering'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'egeskov-familieraadslagning-netvaerk',
    title: 'Familierådslagning som første skridt ved anbringelse',
    summary:
      'Egeskov Kommune tilbyder altid familierådslagning, før en anbringelse besluttes, og flere børn bliver nu anbragt i netværket.',
    body: `### Baggrund
Kommunen ønskede at inddrage familiens eget netværk tidligere og mere systematisk.

### Hvad vi gjorde
Vi uddannede seks uafhængige koordinatorer, som forbereder møderne sammen med familien. Forældre og barn bestemmer, hvem der inviteres. Planerne indeholder nu også aftaler om lektiehjælp og kørsel til fritidsaktiviteter.

### Hvad vi lærte
Familierne kommer med løsninger, vi ikke selv havde tænkt på. Det kræver, at rådgiverne tør give slip på mødet – og at der følges op på planen efter tre måneder.`,
    organisation: 'egeskov-kommune',
    year: 2023,
    targetGroups: ['BIRTH_PARENTS', 'CHILDREN_AT_RISK', 'FOSTER_FAMILIES'],
    topics: ['netvaerkspleje', 'samarbejde-med-foraeldre', 'boerns-inddragelse'],
    methods: ['familieraadslagning'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'egeskov-frivillige-mentorer',
    title: 'Frivillige mentorer til anbragte unge i Egeskov',
    summary:
      'Et korps af frivillige mentorer mødes hver uge med anbragte unge og fokuserer på skole, fritid og drømme for fremtiden.',
    body: `### Baggrund
Mange anbragte unge manglede en voksen, der ikke var ansat til at være der. Samtidig var der borgere, der gerne ville gøre en forskel.

### Hvad vi gjorde
I samarbejde med en lokal frivilligforening rekrutterede vi mentorer, der forpligter sig i mindst et år. Mentorerne får et kort kursus og netværksmøder fire gange årligt. En koordinator står for matchingen.

### Hvad vi lærte
Matchingen er afgørende: fælles interesser betyder mere end faglig baggrund. Vi har også lært at planlægge afslutningen, så den unge ikke oplever endnu et brud.`,
    organisation: 'egeskov-kommune',
    year: 2025,
    targetGroups: ['FOSTER_CHILDREN', 'CHILDREN_IN_RESIDENTIAL_CARE'],
    ageMin: 13,
    ageMax: 17,
    topics: ['relationer', 'frivillige-og-civilsamfund'],
    methods: ['mentorordning'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'egeskov-netvaerksplejegrupper',
    title: 'Månedlige netværksgrupper for slægtsplejefamilier',
    summary:
      'Egeskov Kommune samler bedsteforældre og andre netværksplejefamilier i faste grupper med en familieplejekonsulent.',
    body: `### Baggrund
Kommunen har mange netværksanbringelser, og familierne gav udtryk for at føle sig alene med opgaven.

### Hvad vi gjorde
Vi startede to grupper, der mødes en aften om måneden. Temaerne vælges af deltagerne og har blandt andet handlet om loyalitetskonflikter, samvær og samarbejdet med skolen. En gang om året holdes et fælles arrangement for hele familier.

### Hvad vi lærte
Deltagerne lærer mest af hinanden. Konsulenten skal holde rammen, men ikke undervise.`,
    organisation: 'egeskov-kommune',
    year: 2024,
    targetGroups: ['FOSTER_FAMILIES'],
    topics: ['netvaerkspleje', 'stoette-til-plejeforaeldre', 'samvaer'],
    methods: ['stoettegrupper-for-netvaerksplejefamilier'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'egeskov-hjemgivelse-med-mst',
    title: 'Hjemgivelse med intensiv familiebehandling',
    summary:
      'Egeskov Kommune bruger MST til at støtte familier, når en ung flytter hjem efter en anbringelse på opholdssted.',
    body: `### Baggrund
Flere hjemgivelser af unge var mislykkedes inden for det første år, ofte på grund af skolefravær og konflikter i hjemmet.

### Hvad vi gjorde
Når en hjemgivelse planlægges, starter et MST-forløb nogle uger før flytningen. Terapeuten arbejder med forældrene om rutiner, skolegang og kammerater og holder tæt kontakt til skolen.

### Hvad vi lærte
Det er vigtigt, at opholdsstedet og MST-terapeuten overlapper, så viden ikke går tabt. Forløbene kræver også, at skolen er klar til at tage imod den unge.`,
    organisation: 'egeskov-kommune',
    year: 2024,
    targetGroups: ['CHILDREN_AT_RISK', 'BIRTH_PARENTS'],
    ageMin: 12,
    ageMax: 17,
    topics: ['overgange', 'samarbejde-med-foraeldre'],
    methods: ['multisystemisk-terapi'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'noerreaa-eftervaernsteam',
    title: 'Et samlet efterværnsteam for unge 18–23 år',
    summary:
      'Nørreå Kommune har samlet efterværnet i ét team, så tidligere anbragte unge har én fast kontaktperson frem til 23 år.',
    body: `### Baggrund
Unge, der fyldte 18, skiftede fra børne- til voksenområdet og mødte nye sagsbehandlere samtidig med, at de skulle klare uddannelse og egen bolig.

### Hvad vi gjorde
Efterværnsteamet overtager kontakten, når den unge er 17 år, så relationen er etableret inden 18-årsdagen. Teamet samarbejder med uddannelsesvejledningen og kan tilbyde en mentor i første semester på en ungdomsuddannelse.

### Hvad vi lærte
En fast kontaktperson og muligheden for at beholde kontakten til plejefamilien er det, de unge selv sætter højest. Vi arbejder nu på at inddrage plejefamilierne mere.`,
    organisation: 'noerreaa-kommune',
    year: 2025,
    targetGroups: ['CARE_LEAVERS'],
    ageMin: 17,
    ageMax: 23,
    topics: ['eftervaern', 'ungdomsuddannelse', 'overgange'],
    methods: ['mentorordning'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'noerreaa-keep-grupper',
    title: 'Gruppeforløb for plejeforældre forebygger sammenbrud',
    summary:
      'Nørreå Kommune har tilbudt KEEP-grupper til plejefamilier, hvor der var bekymring for anbringelsens stabilitet.',
    body: `### Baggrund
Kommunen havde flere uplanlagte sammenbrud i plejefamilier med skolebørn med udadreagerende adfærd.

### Hvad vi gjorde
To familieplejekonsulenter blev uddannet som gruppeledere, og vi har kørt tre hold. Plejeforældrene øver sig i ros, tydelige beskeder og samarbejde med skolen. Gruppelederne ringer til familierne mellem møderne.

### Hvad vi lærte
Plejeforældrene beskriver, at de fik konkrete redskaber og et fællesskab. Det var svært at samle netværksplejefamilier i dagtimerne, så næste hold kører om aftenen.`,
    organisation: 'noerreaa-kommune',
    year: 2024,
    targetGroups: ['FOSTER_FAMILIES'],
    ageMin: 5,
    ageMax: 12,
    topics: ['stoette-til-plejeforaeldre', 'sammenbrud-i-anbringelser'],
    methods: ['keep'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'noerreaa-tutoring-plejeforaeldre',
    title: 'Plejeforældre som tutorer i matematik',
    summary:
      'I Nørreå Kommune har plejeforældre fået et kursus og materialer, så de kan give deres plejebarn struktureret tutoring tre gange om ugen.',
    body: `### Baggrund
Skolerne meldte om store faglige efterslæb i matematik blandt plejebørn på mellemtrinnet.

### Hvad vi gjorde
Inspireret af canadiske erfaringer med tutoring ved plejeforældre fik plejefamilierne en introduktion, et struktureret materiale og en fast kontaktperson. Barnet arbejdede i korte sessioner, og fremskridt blev noteret i et skema.

### Hvad vi lærte
Plejeforældrene fik et nyt blik på barnets læring. Fastholdelse var den største udfordring; opfølgende telefonopkald hver anden uge hjalp.`,
    organisation: 'noerreaa-kommune',
    year: 2025,
    targetGroups: ['FOSTER_CHILDREN', 'FOSTER_FAMILIES'],
    ageMin: 8,
    ageMax: 12,
    topics: ['lektiehjaelp', 'matematik'],
    methods: ['teach-your-children-well'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'bakkeby-matching-med-barnets-stemme',
    title: 'Barnets stemme i matchingen af plejefamilie',
    summary:
      'Bakkeby Kommune har udviklet en samtaleguide, så barnets egne ønsker indgår, når der vælges plejefamilie.',
    body: `### Baggrund
Matching skete ofte under tidspres og ud fra ledige pladser. Børnene fortalte bagefter, at ingen havde spurgt dem.

### Hvad vi gjorde
Vi lavede en samtaleguide med tegneredskaber, som rådgiveren bruger sammen med barnet. Barnet kan fortælle om skole, fritid, dyr, søskende og hvad der gør det trygt. Svarene indgår i matchingen og sendes til plejefamilien.

### Hvad vi lærte
Selv små ting som at kunne fortsætte til fodbold betyder meget for barnet. Guiden tager tid, men sparer tid senere.`,
    organisation: 'bakkeby-kommune',
    year: 2025,
    targetGroups: ['FOSTER_CHILDREN', 'PROFESSIONALS'],
    ageMin: 6,
    ageMax: 17,
    topics: ['matching', 'boerns-inddragelse'],
    methods: ['signs-of-safety'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'bakkeby-faelles-familieplejekonsulenter',
    title: 'Fælles familieplejekonsulenter med to nabokommuner',
    summary:
      'Bakkeby Kommune deler familieplejekonsulenter med to nabokommuner for at sikre faglig bæredygtighed i et lille fagmiljø.',
    body: `### Baggrund
Som lille kommune havde vi kun én familieplejekonsulent, og plejefamilierne oplevede sårbarhed ved sygdom og ferie.

### Hvad vi gjorde
Tre kommuner samarbejder nu om et team på fem konsulenter med fælles kurser, supervision og vagtordning. Hver plejefamilie har stadig én fast konsulent.

### Hvad vi lærte
Samarbejdet kræver klare aftaler om økonomi og ledelse. Intern evaluering viser, at plejefamilierne oplever mere stabil støtte.`,
    organisation: 'bakkeby-kommune',
    year: 2023,
    targetGroups: ['FOSTER_FAMILIES', 'PROFESSIONALS'],
    topics: ['stoette-til-plejeforaeldre', 'tvaerfagligt-samarbejde'],
    methods: ['relationel-koordinering'],
    isExample: true,
    visibility: 'ORGANISATION',
  },
];
