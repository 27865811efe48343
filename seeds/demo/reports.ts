import type { SeedReport } from './types.js';

/** One report per meeting, published before the meeting. Cases referenced are all PUBLIC. */
export const reports: SeedReport[] = [
  {
    slug: 'rapport-2026-overgange-og-eftervaern',
    event: 'netvaerksmoede-2026-overgange-og-eftervaern',
    title: 'Overgange og efterværn – tendenser fra medlemmerne 2026',
    summary:
      'Rapporten samler medlemmernes erfaringer med overgange i anbringelsesforløbet og efterværn og peger på tre tendenser forud for netværksmødet.',
    body: `## Indledning
Forud for netværksmødet om overgange og efterværn har Vidensbro-redaktionen gennemgået medlemmernes praksiseksempler. Rapporten er et eksempel til demoformål og bygger på fiktive cases.

## Tendens 1: Efterværnet starter før 18 år
Flere kommuner flytter planlægningen af overgangen til voksenlivet frem. I **Et samlet efterværnsteam for unge 18–23 år** overtager teamet kontakten, når den unge er 17, så relationen er på plads før 18-årsdagen.

## Tendens 2: De første måneder er afgørende
Sammenbrud i anbringelser sker ofte tidligt. **Tidlig alarm forebygger sammenbrud i specialiserede plejefamilier** beskriver faste, korte opkald til nye plejefamilier, og **Gruppeforløb for plejeforældre forebygger sammenbrud** viser, hvordan gruppeforløb kan give plejeforældre redskaber og fællesskab.

## Tendens 3: Skoleskift skal planlægges som en del af anbringelsen
Et skift af plejefamilie betyder ofte også et skoleskift. **Tryg skolestart efter et anbringelsesskift** og **Hjemgivelse med intensiv familiebehandling** viser, at overgange lykkes bedre, når skolen inddrages før flytningen.

## Spørgsmål til netværksmødet
- Hvem har ansvaret for overleveringen, når et barn skifter skole?
- Hvordan kan plejefamilier fortsat være en del af den unges liv efter 18?
- Hvilke tidlige tegn bør udløse ekstra støtte?`,
    publishedOn: '2026-09-15',
    topics: ['overgange', 'eftervaern', 'sammenbrud-i-anbringelser'],
    cases: [
      'noerreaa-eftervaernsteam',
      'familieplejen-vestkyst-forebyg-sammenbrud',
      'noerreaa-keep-grupper',
      'fjordby-skolestart-efter-anbringelse',
      'egeskov-hjemgivelse-med-mst',
    ],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'rapport-2027-laering-og-trivsel',
    event: 'forummoede-2027-laering-og-trivsel',
    title: 'Læring og trivsel i plejefamilien – tendenser og praksiseksempler',
    summary:
      'Forud for forummødet i marts 2027 samler rapporten tendenser i medlemmernes arbejde med plejebørns læring og trivsel og fremhæver otte praksiseksempler.',
    body: `## Indledning
Anbragte børn klarer sig i gennemsnit dårligere i skolen end deres jævnaldrende, og forskellen følger dem ind i voksenlivet. Samtidig viser medlemmernes praksis, at plejefamilier, skoler og kommuner kan gøre meget sammen. Rapporten er et eksempel til demoformål og bygger på fiktive cases.

## Tendens 1: Plejefamilien som læringsmiljø
Flere medlemmer giver plejeforældre konkrete redskaber til læsning og lektier. **Læsemakkere i plejefamilien** og **Plejeforældre som tutorer i matematik** viser, at enkle, strukturerede metoder kan bruges i hverdagen, hvis der følges op. **Bogpakker med posten til børn i plejefamilier** kombinerer læselyst med oplevelsen af at få noget, der er ens eget.

## Tendens 2: Systematisk viden om barnets faglige niveau
**Skoleteam giver plejebørn en faglig plan** er et eksempel på, hvordan en kommune tester og følger op, så forventningerne til barnet bliver høje og realistiske på samme tid.

## Tendens 3: Trivsel og læring hænger sammen
**Traumebevidst undervisning på et opholdssteds interne skole** og **Regionalt netværk om traumebehandling af plejebørn** viser, at traumeforståelse er en forudsætning for læring – men ikke en erstatning for faglige mål. **Fritidspas og venskabsgrupper for plejebørn** peger på fællesskaber uden for skolen som en vej til trivsel.

## Tendens 4: Civilsamfundet som supplement
**Online lektiehjælp til plejebørn i landdistrikter** viser, hvordan frivillige kan nå familier, der bor langt fra eksisterende tilbud.

## Opmærksomhedspunkter
- Få af indsatserne er effektevalueret i Danmark; flere medlemmer efterspørger hjælp til at måle.
- Plejefamiliekonsulenter spørger oftere til trivsel end til læring ved opfølgningsbesøg.
- Netværksplejefamilier deltager sjældnere i kurser og bør inviteres målrettet.`,
    publishedOn: '2026-11-16',
    topics: ['laering', 'trivsel', 'plejefamilien', 'laesning', 'traumebevidst-praksis'],
    cases: [
      'lektiebroen-laesemakkere',
      'noerreaa-tutoring-plejeforaeldre',
      'fjordby-bogpakker-til-plejeboern',
      'fjordby-skoleteam-for-plejeboern',
      'lindely-traumebevidst-intern-skole',
      'region-vestkyst-traumenetvaerk',
      'noerreaa-fritidspas-og-venskaber',
      'lektiebroen-online-lektiehjaelp',
    ],
    isExample: true,
    visibility: 'PUBLIC',
  },
];
