import type { SeedStudy } from './types.js';

/**
 * Real, well-known publications (isExample=false): title, year, publisher and authors as we know them,
 * abstracts are our own short summaries, and no DOIs or URLs are stated. Invented studies are in
 * studies-examples.ts.
 */
export const realStudies: SeedStudy[] = [
  {
    slug: 'forsman-vinnerljung-2012-skoleindsatser',
    title: 'Interventions aiming to improve school achievements of children in out-of-home care: A scoping review',
    abstract:
      'Kortlægning af internationale indsatser, der sigter mod at forbedre anbragte børns skolepræstationer. Gennemgangen finder relativt få og ofte små evalueringer, men peger på lovende resultater for blandt andet tutoring og læseindsatser.',
    design: 'SYSTEMATIC_REVIEW',
    year: 2012,
    authors: ['Forsman, H.', 'Vinnerljung, B.'],
    publisher: 'Children and Youth Services Review',
    country: 'Sverige',
    topics: ['laering', 'skolegang', 'lektiehjaelp'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'flynn-2012-tutoring-rct',
    title: "Effects of individual direct-instruction tutoring on foster children's academic skills: A randomized trial",
    abstract:
      'Lodtrækningsforsøg fra Canada, hvor plejeforældre gav deres plejebørn struktureret, individuel tutoring i læsning og matematik. Studiet finder forbedringer i flere faglige færdigheder sammenlignet med kontrolgruppen.',
    design: 'RCT',
    year: 2012,
    authors: ['Flynn, R.J.', 'm.fl.'],
    publisher: 'Children and Youth Services Review',
    country: 'Canada',
    topics: ['lektiehjaelp', 'laesning', 'matematik'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'chamberlain-reid-1998-mtfc',
    title: 'Comparison of two community alternatives to incarceration for chronic juvenile offenders',
    abstract:
      'Tidligt lodtrækningsforsøg, der sammenligner behandlingsplejefamilier efter MTFC-modellen med traditionelle institutionsanbringelser for unge med gentagen kriminalitet. Studiet er en af grundstenene i dokumentationen af modellen.',
    design: 'RCT',
    year: 1998,
    authors: ['Chamberlain, P.', 'Reid, J.B.'],
    publisher: 'Journal of Consulting and Clinical Psychology',
    country: 'USA',
    topics: ['plejefamilien', 'mental-sundhed'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'taussig-culhane-2010-fhf',
    title:
      'Impact of a mentoring and skills group program on mental health outcomes for maltreated children in foster care',
    abstract:
      'Lodtrækningsforsøg med Fostering Healthy Futures, hvor børn i plejefamilier fik mentor og deltog i færdighedsgrupper. Studiet rapporterer færre psykiske symptomer og bedre livskvalitet i indsatsgruppen.',
    design: 'RCT',
    year: 2010,
    authors: ['Taussig, H.N.', 'Culhane, S.E.'],
    publisher: 'Archives of Pediatrics & Adolescent Medicine',
    country: 'USA',
    topics: ['mental-sundhed', 'relationer'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'price-2008-keep',
    title: 'Effects of a foster parent training intervention on placement changes of children in foster care',
    abstract:
      'Lodtrækningsforsøg med KEEP-gruppeforløb for plejeforældre og slægtsplejere. Studiet undersøger, om træningen påvirker skift i anbringelsen, og rapporterer flere positive afslutninger og en mindre risiko for sammenbrud – særligt for børn med mange tidligere skift.',
    design: 'RCT',
    year: 2008,
    authors: ['Price, J.M.', 'm.fl.'],
    publisher: 'Child Maltreatment',
    country: 'USA',
    topics: ['stoette-til-plejeforaeldre', 'sammenbrud-i-anbringelser'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'macdonald-turner-2008-tfc-review',
    title: 'Treatment foster care for improving outcomes in children and young people',
    abstract:
      'Cochrane-oversigt over forsøg med behandlingsplejefamilier. Forfatterne vurderer, at der er tegn på gavnlige effekter, men at evidensgrundlaget består af få studier, og at mere forskning er nødvendig.',
    design: 'SYSTEMATIC_REVIEW',
    year: 2008,
    authors: ['Macdonald, G.', 'Turner, W.'],
    publisher: 'Cochrane Database of Systematic Reviews',
    country: 'Storbritannien',
    topics: ['plejefamilien', 'anbringelse'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'winokur-2014-kinship-review',
    title:
      'Kinship care for the safety, permanency, and well-being of children removed from the home for maltreatment: A systematic review',
    abstract:
      'Campbell-oversigt, der sammenligner børn anbragt i slægts- og netværkspleje med børn anbragt hos ikke-beslægtede plejefamilier. Resultaterne peger samlet set på færre adfærdsvanskeligheder og mere stabile anbringelser i netværkspleje.',
    design: 'META_ANALYSIS',
    year: 2014,
    authors: ['Winokur, M.', 'Holtan, A.', 'Batchelder, K.E.'],
    publisher: 'Campbell Systematic Reviews',
    topics: ['netvaerkspleje', 'sammenbrud-i-anbringelser'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'littell-2005-mst-review',
    title: 'Multisystemic Therapy for social, emotional, and behavioral problems in youth aged 10–17',
    abstract:
      'Systematisk oversigt over forsøg med Multisystemisk Terapi. Forfatterne finder ikke entydig evidens for, at MST er mere effektiv end andre indsatser, og fremhæver behovet for uafhængige forsøg.',
    design: 'SYSTEMATIC_REVIEW',
    year: 2005,
    authors: ['Littell, J.H.', 'Popa, M.', 'Forsythe, B.'],
    publisher: 'Cochrane Database of Systematic Reviews',
    topics: ['mental-sundhed', 'samarbejde-med-foraeldre'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'ohiggins-sebba-luke-2015-review',
    title:
      'What is the relationship between being in care and the educational outcomes of children? An international systematic review',
    abstract:
      'International oversigt over sammenhængen mellem anbringelse og skoleresultater. Gennemgangen viser, at anbragte børns lavere resultater i høj grad hænger sammen med forhold før anbringelsen, og at anbringelsen i sig selv ikke entydigt forværrer dem.',
    design: 'SYSTEMATIC_REVIEW',
    year: 2015,
    authors: ["O'Higgins, A.", 'Sebba, J.', 'Luke, N.'],
    publisher: 'Rees Centre, University of Oxford',
    country: 'Storbritannien',
    topics: ['laering', 'skolegang'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'griffiths-2012-letterbox-club',
    title:
      'The Letterbox Club: An account of a postal club to raise the achievement of children aged 7 to 13 in foster care',
    abstract:
      'Beskrivelse af Letterbox Club, hvor børn i plejefamilier gennem en periode modtager personligt adresserede pakker med bøger, matematikspil og skrivematerialer. Artiklen beskriver modellens udvikling og erfaringer med læse- og regnetest før og efter.',
    design: 'EVALUATION',
    year: 2012,
    authors: ['Griffiths, R.'],
    publisher: 'Children and Youth Services Review',
    country: 'Storbritannien',
    topics: ['laesning', 'matematik'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'egelund-hestbaek-2003-forskningsoversigt',
    title: 'Anbringelse af børn og unge uden for hjemmet. En forskningsoversigt',
    abstract:
      'Dansk oversigt over nordisk og international forskning om anbringelser, herunder om anbragte børns skolegang, sundhed og forløb efter anbringelsen. Oversigten er ofte brugt som udgangspunkt for senere dansk forskning på området.',
    design: 'SYSTEMATIC_REVIEW',
    year: 2003,
    authors: ['Egelund, T.', 'Hestbæk, A.-D.'],
    publisher: 'SFI – Socialforskningsinstituttet',
    country: 'Danmark',
    topics: ['anbringelse', 'skolegang'],
    isExample: false,
    visibility: 'PUBLIC',
  },
  {
    slug: 'cohen-2004-tf-cbt-rct',
    title: 'A multisite, randomized controlled trial for children with sexual abuse-related PTSD symptoms',
    abstract:
      'Lodtrækningsforsøg på flere behandlingssteder, der sammenligner traumefokuseret kognitiv adfærdsterapi med børnecentreret terapi. Børn i TF-CBT-gruppen havde færre symptomer på posttraumatisk stress.',
    design: 'RCT',
    year: 2004,
    authors: ['Cohen, J.A.', 'Deblinger, E.', 'Mannarino, A.P.', 'Steer, R.A.'],
    publisher: 'Journal of the American Academy of Child & Adolescent Psychiatry',
    country: 'USA',
    topics: ['traumer', 'mental-sundhed'],
    isExample: false,
    visibility: 'PUBLIC',
  },
];
