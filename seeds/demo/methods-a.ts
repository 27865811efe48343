import { EXAMPLE_NOTE, SOURCES, vidensbro, vidensportal } from './ratings.js';
import type { SeedMethod } from './types.js';

/**
 * Well-known international programmes, described in our own words. Ratings on external schemes are
 * illustrative for the demo and carry EXAMPLE_NOTE: always check the scheme itself for the current rating.
 */
export const methodsA: SeedMethod[] = [
  {
    slug: 'treatment-foster-care-oregon',
    name: 'Treatment Foster Care Oregon (TFCO)',
    originalName: 'Multidimensional Treatment Foster Care',
    summary:
      'Intensiv behandlingsplejefamilie, hvor et specialuddannet team omkring plejefamilien arbejder med barnets adfærd, skolegang og forældresamarbejde i en tidsbegrænset periode.',
    description: `Treatment Foster Care Oregon – tidligere kendt som Multidimensional Treatment Foster Care (MTFC) – er udviklet i USA som et alternativ til institutionsanbringelse for børn og unge med alvorlige adfærdsvanskeligheder.

Barnet bor i en særligt uddannet plejefamilie, der støttes tæt af et team med blandt andet en programleder, en familieterapeut til de biologiske forældre, en individuel terapeut og en færdighedstræner. Plejefamilien er i daglig kontakt med teamet, og hverdagen er struktureret med tydelige forventninger, ros og konsekvenser.

Skolen er en central arena: der følges løbende op på fremmøde, adfærd og lektier. Målet er, at barnet efter anbringelsen kan flytte hjem eller videre til en mindre indgribende løsning, og forældrene forberedes undervejs på at overtage.

Modellen findes i versioner til forskellige aldersgrupper og stiller store krav til implementering, certificering og supervision.`,
    origin: 'USA',
    targetGroups: ['FOSTER_CHILDREN', 'CHILDREN_AT_RISK', 'FOSTER_FAMILIES', 'BIRTH_PARENTS'],
    ageMin: 3,
    ageMax: 17,
    topics: ['plejefamilien', 'mental-sundhed', 'sammenbrud-i-anbringelser', 'samarbejde-med-foraeldre'],
    studies: ['chamberlain-reid-1998-mtfc', 'macdonald-turner-2008-tfc-review'],
    ratings: [
      {
        scheme: 'BLUEPRINTS',
        value: 'MODEL',
        ratedOn: '2024-05-01',
        source: SOURCES.BLUEPRINTS,
        study: 'chamberlain-reid-1998-mtfc',
        note: EXAMPLE_NOTE,
      },
      {
        scheme: 'CEBC',
        value: '1',
        ratedOn: '2024-03-15',
        source: SOURCES.CEBC,
        note: EXAMPLE_NOTE,
      },
      vidensbro('STRONG', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'keep',
    name: 'KEEP – støtte til pleje- og netværksplejeforældre',
    originalName: 'KEEP (Keeping Foster and Kin Parents Supported)',
    summary:
      'Gruppeforløb for plejeforældre og netværksplejeforældre, der styrker deres redskaber til at håndtere adfærd og støtte barnets skolegang.',
    description: `KEEP er udviklet i USA med udgangspunkt i principperne fra Treatment Foster Care Oregon, men er tænkt som en bredere og mindre intensiv indsats til almindelige plejefamilier og netværksplejefamilier.

Plejeforældrene mødes i grupper over en række uger med to uddannede gruppeledere. Møderne veksler mellem korte oplæg, rollespil og drøftelse af den forgangne uge. Der arbejdes med ros og opmuntring, tydelige rammer, forebyggelse af konflikter og samarbejde med skolen.

Gruppelederne holder kontakt med plejeforældrene mellem møderne, så de kan få hjælp til konkrete situationer. Indsatsen er særligt relevant, hvor der er risiko for sammenbrud i anbringelsen.`,
    origin: 'USA',
    targetGroups: ['FOSTER_FAMILIES', 'FOSTER_CHILDREN'],
    ageMin: 5,
    ageMax: 12,
    topics: ['stoette-til-plejeforaeldre', 'netvaerkspleje', 'sammenbrud-i-anbringelser'],
    studies: ['price-2008-keep'],
    ratings: [
      {
        scheme: 'CEBC',
        value: '2',
        ratedOn: '2024-03-15',
        source: SOURCES.CEBC,
        note: EXAMPLE_NOTE,
      },
      vidensbro('MODERATE', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'fostering-healthy-futures',
    name: 'Fostering Healthy Futures',
    originalName: 'Fostering Healthy Futures (FHF)',
    summary:
      'Kombination af en personlig mentor og ugentlige færdighedsgrupper for plejebørn i de sene skoleår før puberteten.',
    description: `Fostering Healthy Futures er udviklet i USA til børn i plejefamilier, der har været udsat for omsorgssvigt. Indsatsen er rettet mod børn omkring 9–11 år og varer cirka et skoleår.

Hvert barn får en mentor – i den oprindelige model studerende på en socialrådgiveruddannelse – som mødes med barnet hver uge og laver aktiviteter i lokalsamfundet. Samtidig deltager barnet i en færdighedsgruppe, hvor der arbejdes med følelser, problemløsning, venskaber og at sige fra.

Mentorerne får tæt supervision og hjælper også barnet med at bruge fritidstilbud og kontakt til skolen. Ideen er at styrke både barnets relationer og evne til at håndtere svære situationer.`,
    origin: 'USA',
    targetGroups: ['FOSTER_CHILDREN'],
    ageMin: 9,
    ageMax: 11,
    topics: ['mental-sundhed', 'relationer', 'venskaber', 'frivillige-og-civilsamfund'],
    studies: ['taussig-culhane-2010-fhf'],
    ratings: [
      {
        scheme: 'BLUEPRINTS',
        value: 'PROMISING',
        ratedOn: '2024-05-01',
        source: SOURCES.BLUEPRINTS,
        study: 'taussig-culhane-2010-fhf',
        note: EXAMPLE_NOTE,
      },
      {
        scheme: 'CEBC',
        value: '2',
        ratedOn: '2024-03-15',
        source: SOURCES.CEBC,
        note: EXAMPLE_NOTE,
      },
      vidensbro('PROMISING', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'attachment-and-biobehavioral-catch-up',
    name: 'Attachment and Biobehavioral Catch-up (ABC)',
    originalName: 'Attachment and Biobehavioral Catch-up',
    summary:
      'Kort hjemmebaseret forløb, der hjælper plejeforældre til de mindste børn med at give nærværende og sensitiv omsorg.',
    description: `ABC er udviklet i USA til omsorgspersoner for spædbørn og småbørn, der har oplevet omsorgssvigt eller skift i omsorgspersoner – herunder børn i plejefamilier.

Forløbet består af cirka ti hjemmebesøg. En uddannet vejleder hjælper plejeforælderen med at give omsorg, når barnet er ked af det, at følge barnets initiativ i legen og at undgå skræmmende adfærd. Et kendetegn er, at vejlederen løbende kommenterer konkrete øjeblikke i samspillet, mens de sker, og at der bruges videooptagelser.

Målet er at styrke barnets tilknytning og evne til at regulere sig selv, hvilket er et vigtigt fundament for senere læring og trivsel.`,
    origin: 'USA',
    targetGroups: ['FOSTER_FAMILIES', 'FOSTER_CHILDREN'],
    ageMin: 0,
    ageMax: 4,
    topics: ['tilknytning', 'stoette-til-plejeforaeldre'],
    studies: [],
    ratings: [
      {
        scheme: 'CEBC',
        value: '1',
        ratedOn: '2024-03-15',
        source: SOURCES.CEBC,
        note: EXAMPLE_NOTE,
      },
      vidensbro('MODERATE', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'pcit',
    name: 'Forældre-barn-interaktionsterapi (PCIT)',
    originalName: 'Parent-Child Interaction Therapy',
    summary:
      'Terapeutisk forløb, hvor en terapeut coacher omsorgspersonen i samspillet med et mindre barn med udadreagerende adfærd.',
    description: `PCIT er udviklet i USA til børn i førskolealderen og de første skoleår med adfærdsvanskeligheder. Forløbet kan tilbydes både biologiske forældre og plejeforældre.

Forløbet har to faser. I den første fase lærer omsorgspersonen at lege på barnets præmisser med ros, beskrivelser og gentagelser. I den anden fase arbejdes der med tydelige beskeder og konsekvente konsekvenser.

Det særlige ved metoden er den direkte coaching: terapeuten ser samspillet, ofte bag et envejsspejl, og giver korte instruktioner gennem et lille ørestykke. Forløbet afsluttes, når omsorgspersonen mestrer færdighederne, frem for efter et fast antal sessioner.`,
    origin: 'USA',
    targetGroups: ['FOSTER_FAMILIES', 'BIRTH_PARENTS', 'FOSTER_CHILDREN'],
    ageMin: 2,
    ageMax: 7,
    topics: ['mental-sundhed', 'tilknytning', 'stoette-til-plejeforaeldre'],
    studies: ['eksempel-pcit-plejefamilier'],
    ratings: [
      {
        scheme: 'CEBC',
        value: '1',
        ratedOn: '2024-03-15',
        source: SOURCES.CEBC,
        note: EXAMPLE_NOTE,
      },
      {
        scheme: 'EIF',
        value: '3+',
        ratedOn: '2023-11-01',
        source: SOURCES.EIF,
        note: EXAMPLE_NOTE,
      },
      vidensbro('MODERATE', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'de-utrolige-aar',
    name: 'De Utrolige År',
    originalName: 'Incredible Years',
    summary:
      'Familie af gruppeprogrammer for forældre, lærere og børn, der fremmer positivt samspil og sociale færdigheder.',
    description: `De Utrolige År er den danske betegnelse for Incredible Years, der er udviklet i USA. Programmerne findes i versioner for forældre, pædagogisk personale og lærere samt for børnene selv og bruges i en række danske kommuner.

Forældreprogrammerne foregår i grupper, hvor deltagerne ser videoklip af hverdagssituationer og drøfter dem. Der arbejdes med leg, ros, belønning, grænsesætning og problemløsning. Plejeforældre kan deltage i almindelige grupper eller i grupper særligt for plejefamilier.

Lærerprogrammet kan bruges til at skabe fælles tilgang mellem skole og plejefamilie, hvilket er særligt relevant for børn, der har skiftet skole.`,
    origin: 'USA',
    targetGroups: ['FOSTER_FAMILIES', 'BIRTH_PARENTS', 'PROFESSIONALS', 'SCHOOLS'],
    ageMin: 0,
    ageMax: 12,
    topics: ['stoette-til-plejeforaeldre', 'mental-sundhed', 'skolegang'],
    studies: [],
    ratings: [
      {
        scheme: 'EIF',
        value: '4',
        ratedOn: '2023-11-01',
        source: SOURCES.EIF,
        note: EXAMPLE_NOTE,
      },
      {
        scheme: 'BLUEPRINTS',
        value: 'PROMISING',
        ratedOn: '2024-05-01',
        source: SOURCES.BLUEPRINTS,
        note: EXAMPLE_NOTE,
      },
      vidensportal('BBBBC', '2022-06-01'),
      vidensbro('MODERATE', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'multisystemisk-terapi',
    name: 'Multisystemisk Terapi (MST)',
    originalName: 'Multisystemic Therapy',
    summary:
      'Intensiv, hjemmebaseret familiebehandling for unge med alvorlig udadreagerende adfærd, der arbejder med hele den unges netværk.',
    description: `Multisystemisk Terapi er udviklet i USA og bruges også i Danmark. Indsatsen retter sig mod unge med alvorlige adfærdsproblemer og deres familier og kan bruges både til at forebygge anbringelse og i forbindelse med hjemgivelse.

En terapeut arbejder intensivt i familiens hjem over nogle måneder og er tilgængelig uden for almindelig arbejdstid. Der arbejdes med familien, skolen, kammeraterne og lokalsamfundet ud fra ni grundprincipper og en tæt kvalitetssikring.

Når MST bruges i anbringelsessager, er det typisk for at støtte en hjemgivelse, hvor skolegang og fritid uden kriminalitet er centrale mål.`,
    origin: 'USA',
    targetGroups: ['CHILDREN_AT_RISK', 'BIRTH_PARENTS'],
    ageMin: 12,
    ageMax: 17,
    topics: ['mental-sundhed', 'samarbejde-med-foraeldre', 'overgange'],
    studies: ['littell-2005-mst-review'],
    ratings: [
      {
        scheme: 'BLUEPRINTS',
        value: 'MODEL',
        ratedOn: '2024-05-01',
        source: SOURCES.BLUEPRINTS,
        note: EXAMPLE_NOTE,
      },
      {
        scheme: 'EIF',
        value: '3+',
        ratedOn: '2023-11-01',
        source: SOURCES.EIF,
        note: EXAMPLE_NOTE,
      },
      vidensportal('ABBBB', '2022-06-01', 'littell-2005-mst-review'),
      vidensbro(
        'MODERATE',
        '2026-02-01',
        'Eksempelvurdering: flere forsøg er positive, men uafhængige oversigter er mere forbeholdne.',
      ),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'tf-cbt',
    name: 'Traumefokuseret kognitiv adfærdsterapi (TF-CBT)',
    originalName: 'Trauma-Focused Cognitive Behavioral Therapy',
    summary: 'Struktureret terapiforløb for børn med traumesymptomer, hvor en tryg omsorgsperson deltager aktivt.',
    description: `TF-CBT er udviklet i USA til børn og unge, der har været udsat for traumatiske begivenheder som vold, overgreb eller omsorgssvigt. Forløbet er tidsbegrænset og foregår typisk hos en psykolog.

Terapien består af en række komponenter: psykoedukation, afspænding, følelsesregulering, kognitiv bearbejdning, fortælling om traumet og gradvis eksponering samt fælles sessioner med omsorgspersonen. Plejeforældre kan deltage som den trygge voksne.

For plejebørn kan behandlingen være et vigtigt skridt mod at kunne koncentrere sig i skolen og indgå i relationer, men den forudsætter en stabil anbringelse.`,
    origin: 'USA',
    targetGroups: ['FOSTER_CHILDREN', 'CHILDREN_IN_RESIDENTIAL_CARE', 'FOSTER_FAMILIES'],
    ageMin: 3,
    ageMax: 18,
    topics: ['traumer', 'mental-sundhed'],
    studies: ['cohen-2004-tf-cbt-rct'],
    ratings: [
      {
        scheme: 'CEBC',
        value: '1',
        ratedOn: '2024-03-15',
        source: SOURCES.CEBC,
        study: 'cohen-2004-tf-cbt-rct',
        note: EXAMPLE_NOTE,
      },
      vidensbro('STRONG', '2026-02-01'),
    ],
    visibility: 'PUBLIC',
  },
  {
    slug: 'pmto',
    name: 'PMTO – Parent Management Training Oregon',
    originalName: 'Parent Management Training – Oregon Model',
    summary:
      'Forældretræning for familier med børn med adfærdsvanskeligheder, med fokus på positivt samspil og grænser.',
    description: `PMTO er udviklet i USA og er implementeret i blandt andet Norge og Danmark. Metoden bygger på social interaktionslæring og tager udgangspunkt i, at forældrenes daglige samspil med barnet kan ændre uhensigtsmæssige mønstre.

Forældrene mødes med en terapeut i en længere række sessioner eller deltager i grupper. Der arbejdes med gode beskeder, opmuntring, grænsesætning uden vold, problemløsning og at følge med i barnets skolegang og fritid.

Metoden kan bruges forebyggende og i forbindelse med hjemgivelse, og plejeforældre kan have gavn af de samme redskaber.`,
    origin: 'USA',
    targetGroups: ['BIRTH_PARENTS', 'FOSTER_FAMILIES', 'CHILDREN_AT_RISK'],
    ageMin: 3,
    ageMax: 12,
    topics: ['samarbejde-med-foraeldre', 'mental-sundhed', 'stoette-til-plejeforaeldre'],
    studies: [],
    ratings: [vidensportal('ABABC', '2021-09-01'), vidensbro('MODERATE', '2026-02-01')],
    visibility: 'MEMBERS',
  },
];
