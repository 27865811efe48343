import type { SeedTalk } from './types.js';

/** Talks at the forum meeting in March 2027 (upcoming: no video yet). Fictional example speakers. */
export const talks2027: SeedTalk[] = [
  {
    slug: 'naar-plejefamilien-bliver-laeringsmiljoe',
    event: 'forummoede-2027-laering-og-trivsel',
    title: 'Når plejefamilien bliver et læringsmiljø',
    summary:
      'Hvad ved vi om anbragte børns skolegang, og hvordan kan plejefamilier med enkle metoder som parlæsning, bogpakker og tutoring styrke læringen?',
    speakers: [{ name: 'Mette Holm', title: 'Forsker, ph.d. (eksempel)' }],
    durationSeconds: 2400,
    startsAt: '2027-03-11T10:00:00+01:00',
    chapters: [
      { startSeconds: 0, title: 'Hvorfor læring i plejefamilien?' },
      { startSeconds: 300, title: 'Hvad forskningen viser' },
      { startSeconds: 840, title: 'Parlæsning og højtlæsning' },
      { startSeconds: 1320, title: 'Bogpakker og tutoring' },
      { startSeconds: 1860, title: 'Hvad skal plejefamilierne have med?' },
      { startSeconds: 2220, title: 'Opsamling' },
    ],
    transcript: [
      {
        startSeconds: 0,
        text: 'Tak fordi I er kommet. Jeg vil starte med et spørgsmål: hvornår har I sidst spurgt en plejefamilie, hvad barnet læser lige nu?',
      },
      {
        startSeconds: 150,
        text: 'For mange plejebørn har skolen været et sted med nederlag. Alligevel er uddannelse noget af det, der betyder mest for, hvordan det går dem som voksne.',
      },
      {
        startSeconds: 300,
        text: 'Forskningen peger på, at en stor del af forskellen i skoleresultater skyldes det, børnene har været igennem før anbringelsen. Det betyder ikke, at anbringelsen er ligegyldig – tværtimod er det en mulighed.',
      },
      {
        startSeconds: 600,
        text: 'Oversigter over indsatser for anbragte børns skolegang finder ikke mange studier, men de, der er, peger især på tutoring og struktureret læsning.',
      },
      {
        startSeconds: 840,
        text: 'Parlæsning er en af de enkleste metoder. Barnet vælger bogen, I læser sammen, og når barnet er klar, læser det selv. Fejl rettes kort, og der er masser af ros.',
      },
      {
        startSeconds: 1080,
        text: 'Det, plejeforældre fortæller, er, at læsningen bliver et roligt rum. Det handler om nærvær lige så meget som om bogstaver.',
      },
      {
        startSeconds: 1320,
        text: 'Bogpakker med posten er en anden idé. At få post med sit eget navn på og eje sine egne bøger betyder noget for børn, der har flyttet mange gange.',
      },
      {
        startSeconds: 1560,
        text: 'Tutoring ved plejeforældre kræver mere struktur: et fast materiale, korte sessioner og en konsulent, der ringer og spørger, hvordan det går.',
      },
      {
        startSeconds: 1860,
        text: 'Plejefamilierne skal have tre ting: høje forventninger til barnet, konkrete redskaber og en skole, der inviterer dem ind.',
      },
      {
        startSeconds: 2100,
        text: 'Og kommunen skal huske at spørge til læringen ved hvert opfølgningsbesøg – ikke kun til trivslen.',
      },
      {
        startSeconds: 2220,
        text: 'Lad mig samle op: læring og trivsel er ikke hinandens modsætninger. Et barn, der oplever at lykkes i skolen, får også mere selvtillid. Tak.',
      },
    ],
    topics: ['laesning', 'lektiehjaelp', 'stoette-til-plejeforaeldre', 'laering'],
    methods: ['parlaesning', 'letterbox-club', 'teach-your-children-well'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'skoleteam-og-hoeje-forventninger',
    event: 'forummoede-2027-laering-og-trivsel',
    title: 'Skoleteam og høje forventninger – erfaringer fra en kommune',
    summary:
      'To oplægsholdere fortæller, hvordan et lille skoleteam kortlægger plejebørns faglige niveau og skaber et fælles sprog mellem skole, plejefamilie og rådgiver.',
    speakers: [
      {
        name: 'Jonas Lund',
        title: 'Leder af familieplejeteamet',
        organisation: 'fjordby-kommune',
      },
      {
        name: 'Sara Nielsen',
        title: 'Psykolog, PPR',
        organisation: 'fjordby-kommune',
      },
    ],
    durationSeconds: 1800,
    startsAt: '2027-03-11T11:00:00+01:00',
    chapters: [
      { startSeconds: 0, title: 'Udgangspunktet i kommunen' },
      { startSeconds: 270, title: 'Inspirationen fra Skolfam' },
      { startSeconds: 600, title: 'Test, plan og opfølgning' },
      { startSeconds: 1080, title: 'Samarbejdet med skolerne' },
      { startSeconds: 1500, title: 'Hvad vi ville gøre anderledes' },
    ],
    transcript: [
      {
        startSeconds: 0,
        text: 'Vi er to, der skal tale i dag: en leder fra familieplejeteamet og en psykolog fra PPR. Det er i sig selv en pointe, for det her kan ikke løses af én forvaltning.',
      },
      {
        startSeconds: 150,
        text: 'For et par år siden kunne vi se, at vi vidste meget om plejebørnenes trivsel, men næsten intet om, hvad de kunne i læsning og matematik.',
      },
      {
        startSeconds: 270,
        text: 'Vi blev inspireret af den svenske Skolfam-model, hvor en psykolog og en specialpædagog sammen kortlægger barnets forudsætninger.',
      },
      {
        startSeconds: 450,
        text: 'Vi har tilpasset den til danske forhold og til en mellemstor kommune. Vores team er lille, og vi bruger eksisterende ressourcer i PPR.',
      },
      {
        startSeconds: 600,
        text: 'Når et barn starter, tester vi læsning, matematik og kognitive forudsætninger. Resultaterne gennemgås på et møde med lærer, plejeforældre og rådgiver.',
      },
      {
        startSeconds: 840,
        text: 'Vi aftaler tre konkrete mål, ikke ti. Og vi tester igen efter et år, så vi kan se, om det flytter sig.',
      },
      {
        startSeconds: 1080,
        text: 'Skolerne var i starten skeptiske – endnu et møde. Men de fleste lærere siger nu, at de endelig får et samlet billede af barnet.',
      },
      {
        startSeconds: 1320,
        text: 'Vi har også målt relationel koordinering mellem skole, PPR og familieafdeling. Det gav os et sprog for, hvor samarbejdet knækker.',
      },
      {
        startSeconds: 1500,
        text: 'Hvis vi skulle starte forfra, ville vi fra begyndelsen have sat opfølgningsmøderne i kalenderen for et helt år ad gangen.',
      },
      {
        startSeconds: 1680,
        text: 'Tak for ordet. Kom gerne i workshoppen i eftermiddag, hvor vi bygger skoleteams sammen.',
      },
    ],
    topics: ['skolegang', 'tvaerfagligt-samarbejde', 'laesning', 'matematik'],
    methods: ['skolfam', 'relationel-koordinering'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'trivsel-foerst-traumer-relationer-og-laering',
    event: 'forummoede-2027-laering-og-trivsel',
    title: 'Trivsel først? Traumer, relationer og læring',
    summary:
      'Et oplæg om, hvordan traumer påvirker koncentration og læring, og hvorfor trivsel og faglighed må arbejde sammen i plejefamilien og skolen.',
    speakers: [
      {
        name: 'Anders Bech',
        title: 'Psykolog, børne- og ungdomspsykiatrien',
        organisation: 'region-vestkyst',
      },
    ],
    durationSeconds: 2700,
    startsAt: '2027-03-11T12:45:00+01:00',
    chapters: [
      { startSeconds: 0, title: 'Et barn i klassen' },
      { startSeconds: 360, title: 'Hvad traumer gør ved hjernen og kroppen' },
      { startSeconds: 900, title: 'Relationer som fundament' },
      { startSeconds: 1380, title: 'Traumebehandling og timing' },
      { startSeconds: 1860, title: 'Mentorer og fællesskaber' },
      { startSeconds: 2280, title: 'Trivsel og faglighed sammen' },
      { startSeconds: 2550, title: 'Afrunding' },
    ],
    transcript: [
      {
        startSeconds: 0,
        text: 'Forestil jer en dreng på 10 år, der sidder bagerst i klassen. Han kigger hele tiden på døren. Han hører ikke, hvad læreren siger, fordi han holder øje med, om der sker noget farligt.',
      },
      {
        startSeconds: 200,
        text: 'Han er ikke doven eller uopmærksom i almindelig forstand. Hans krop er indstillet på at overleve, ikke på at lære.',
      },
      {
        startSeconds: 360,
        text: 'Når et barn har oplevet omsorgssvigt, er alarmsystemet ofte overaktivt. Det kræver energi, som så ikke er til rådighed for hukommelse og koncentration.',
      },
      {
        startSeconds: 640,
        text: 'Derfor ser vi ofte plejebørn, der kan noget den ene dag og ikke den næste. Det er ikke manglende vilje.',
      },
      {
        startSeconds: 900,
        text: 'Relationer er fundamentet. Et barn lærer bedst sammen med voksne, det stoler på. Det gælder både plejeforældrene og den faste voksne i skolen.',
      },
      {
        startSeconds: 1150,
        text: 'Forudsigelighed hjælper: den samme morgenrutine, den samme voksen ved skoleporten, et skema, der hænger på køleskabet.',
      },
      {
        startSeconds: 1380,
        text: 'Nogle børn har brug for egentlig traumebehandling, fx traumefokuseret kognitiv adfærdsterapi, hvor plejeforælderen deltager som den trygge voksne.',
      },
      {
        startSeconds: 1620,
        text: 'Men timingen er vigtig. Hvis anbringelsen står på vippen, kan det være for tidligt at gå ind i traumefortællingen.',
      },
      {
        startSeconds: 1860,
        text: 'Vi har også god erfaring med at kombinere mentorer og færdighedsgrupper, hvor børnene øver sig i at sætte ord på følelser og løse konflikter med kammerater.',
      },
      {
        startSeconds: 2100,
        text: 'Børnene fortæller, at det bedste er at møde andre, der også bor i en plejefamilie. De føler sig mindre alene.',
      },
      {
        startSeconds: 2280,
        text: 'Så: trivsel først? Mit svar er nej – trivsel og faglighed sammen. Et barn, der lykkes med en opgave, får også en oplevelse af at være noget værd.',
      },
      {
        startSeconds: 2550,
        text: 'Tak. Jeg glæder mig til at fortsætte samtalen i workshoppen om den traumebevidste hverdag.',
      },
    ],
    topics: ['traumer', 'traumebevidst-praksis', 'relationer', 'mental-sundhed'],
    methods: ['tf-cbt', 'fostering-healthy-futures', 'mentorordning'],
    isExample: true,
    visibility: 'MEMBERS',
  },
];
