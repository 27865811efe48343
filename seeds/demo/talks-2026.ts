import type { SeedTalk } from './types.js';

/** Talks at the network meeting in October 2026 (past: has video). Fictional example speakers and transcripts. */
export const talks2026: SeedTalk[] = [
  {
    slug: 'naar-18-aarsdagen-naermer-sig',
    event: 'netvaerksmoede-2026-overgange-og-eftervaern',
    title: 'Når 18-årsdagen nærmer sig',
    summary:
      'Om at samle efterværnet i ét team, starte planlægningen tidligt og lade de unge selv sætte målene for overgangen til voksenlivet.',
    speakers: [
      {
        name: 'Line Damgaard',
        title: 'Efterværnskoordinator',
        organisation: 'noerreaa-kommune',
      },
    ],
    videoFile: 'naar-18-aarsdagen-naermer-sig.mp4',
    durationSeconds: 2100,
    startsAt: '2026-10-08T10:15:00+02:00',
    chapters: [
      { startSeconds: 0, title: 'Velkomst og baggrund' },
      { startSeconds: 240, title: 'Hvad de unge fortæller os' },
      { startSeconds: 660, title: 'Ét samlet efterværnsteam' },
      { startSeconds: 1140, title: 'Uddannelse og første semester' },
      { startSeconds: 1620, title: 'Plejefamiliens rolle efter 18' },
      { startSeconds: 1920, title: 'Spørgsmål fra salen' },
    ],
    transcript: [
      {
        startSeconds: 0,
        text: 'Tak for invitationen. Jeg vil fortælle om, hvordan vi har organiseret efterværnet, og hvad vi har lært af de unge undervejs.',
      },
      {
        startSeconds: 95,
        text: 'Når en ung fylder 18, sker der rigtig meget på én gang: ny sagsbehandler, måske ny bolig, uddannelse og økonomi. Det er meget for alle, og især for unge, der har oplevet mange skift i forvejen.',
      },
      {
        startSeconds: 240,
        text: 'Vi har interviewet en gruppe tidligere anbragte unge, og det, de siger igen og igen, er: giv os én voksen, vi kan ringe til, og lad os ikke starte forfra hver gang.',
      },
      {
        startSeconds: 480,
        text: 'Nogle fortalte også, at de var bange for at miste kontakten til plejefamilien, fordi de troede, at den stoppede på 18-årsdagen.',
      },
      {
        startSeconds: 660,
        text: 'Derfor har vi samlet efterværnet i ét team, der overtager kontakten, når den unge er 17. Relationen er altså på plads, før der sker noget formelt.',
      },
      {
        startSeconds: 900,
        text: 'Teamet sidder tæt på uddannelsesvejledningen og jobcenteret, så vi kan koordinere uden at sende den unge rundt mellem skranker.',
      },
      {
        startSeconds: 1140,
        text: 'Første semester på en ungdomsuddannelse er kritisk. Vi tilbyder en mentor, der følger med de første uger og hjælper med praktiske ting som skemaer, bøger og SU.',
      },
      {
        startSeconds: 1380,
        text: 'Vi har ikke en kontrolgruppe, så jeg vil være forsigtig med at tale om effekt. Men vi kan se, at flere af de unge bliver i deres uddannelse end tidligere.',
      },
      {
        startSeconds: 1620,
        text: 'Plejefamilierne er en overset ressource efter 18. Mange vil gerne blive ved med at være der – til søndagsmiddag, til flytningen, når vaskemaskinen går i stykker.',
      },
      {
        startSeconds: 1800,
        text: 'Så vi holder nu et fælles møde med den unge og plejefamilien, hvor vi taler om, hvordan kontakten kan fortsætte, og hvad plejefamilien har brug for fra os.',
      },
      {
        startSeconds: 1920,
        text: 'Et spørgsmål fra salen handlede om økonomien. Den korte version er, at vi har omprioriteret inden for rammen, men det har krævet politisk opbakning.',
      },
      {
        startSeconds: 2040,
        text: 'Tak for jeres opmærksomhed. I eftermiddag kan I arbejde videre med jeres egne procedurer i workshoppen.',
      },
    ],
    topics: ['eftervaern', 'ungdomsuddannelse', 'overgange'],
    methods: ['mentorordning'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'overgange-uden-brud',
    event: 'netvaerksmoede-2026-overgange-og-eftervaern',
    title: 'Overgange uden brud – de første seks måneder i en ny plejefamilie',
    summary:
      'Hvorfor bryder anbringelser sammen, og hvad kan faste opkald, gruppeforløb og hurtig ekstra støtte gøre i de første måneder?',
    speakers: [
      {
        name: 'Peter Friis',
        title: 'Familieplejekonsulent',
        organisation: 'familieplejen-vestkyst',
      },
    ],
    videoFile: 'overgange-uden-brud.mp4',
    durationSeconds: 1620,
    startsAt: '2026-10-08T11:15:00+02:00',
    chapters: [
      { startSeconds: 0, title: 'Indledning' },
      { startSeconds: 180, title: 'Hvornår bryder anbringelser sammen?' },
      { startSeconds: 540, title: 'Ugentlige opkald som tidlig alarm' },
      { startSeconds: 960, title: 'Gruppeforløb for plejeforældre' },
      { startSeconds: 1380, title: 'Tre råd til at komme i gang' },
    ],
    transcript: [
      {
        startSeconds: 0,
        text: 'Godmorgen. Jeg arbejder med at rekruttere og støtte specialiserede plejefamilier, og i dag vil jeg tale om de første seks måneder.',
      },
      {
        startSeconds: 180,
        text: 'Når vi kigger tilbage på de sammenbrud, vi har haft, er der et mønster: det sker tidligt, og plejefamilien ringer først, når det allerede brænder.',
      },
      {
        startSeconds: 360,
        text: 'Det handler sjældent om én ting. Det er søvnløse nætter, konflikter om morgenen, en skole, der ringer hver dag, og plejeforældre, der løber tør for overskud.',
      },
      {
        startSeconds: 540,
        text: 'Vi har derfor indført et kort, ugentligt opkald til alle nye plejefamilier med de samme fem spørgsmål hver gang. Idéen er inspireret af den daglige kontakt i behandlingsplejefamilier.',
      },
      {
        startSeconds: 720,
        text: 'Spørgsmålene handler om søvn, skole, adfærd, samvær og plejeforældrenes eget overskud. Hvis svarene går den forkerte vej to uger i træk, tilbyder vi ekstra støtte.',
      },
      {
        startSeconds: 960,
        text: 'Vi tilbyder også gruppeforløb efter KEEP-modellen, hvor plejeforældre øver sig i ros, tydelige beskeder og samarbejde med skolen.',
      },
      {
        startSeconds: 1140,
        text: 'Plejeforældrene siger, at det vigtigste er fællesskabet. At høre, at andre også har det svært, gør det lettere at bede om hjælp i tide.',
      },
      {
        startSeconds: 1380,
        text: 'Tre råd: hold kontakten kort og fast, aftal på forhånd hvad der udløser ekstra støtte, og tag plejeforældrenes overskud lige så alvorligt som barnets adfærd.',
      },
      {
        startSeconds: 1540,
        text: 'Tak for ordet. Vi fortsætter i workshoppen om tidlige tegn på sammenbrud.',
      },
    ],
    topics: ['sammenbrud-i-anbringelser', 'stoette-til-plejeforaeldre', 'overgange'],
    methods: ['keep', 'treatment-foster-care-oregon'],
    isExample: true,
    visibility: 'PUBLIC',
  },
];
