/** The "how we rate" page in plain Danish and English; loaded with that page only. */
export const daHowWeRate = {
  title: 'Sådan vurderer vi evidens',
  lead: 'Hvor godt er en metode undersøgt? Her forklarer vi Vidensbros egen vurdering, de andre systemer, vi viser, og hvordan vi regner den samlede vurdering og spredningen ud.',
  ownTitle: 'Vidensbros egen vurdering',
  own: [
    'Redaktionen læser forskningen og de andre systemers vurderinger og giver hver metode én samlet vurdering på en fælles skala. Det er den, der står først på metoden, på kortene og i søgningen.',
    'Vurderingen siger noget om, hvor sikker viden vi har om metodens effekt – ikke om metoden passer til netop jeres børn og familier.',
  ],
  scale: {
    STRONG: 'Effekten er vist i flere gode undersøgelser, gerne også i lande, der ligner Danmark.',
    MODERATE: 'Effekten er vist i mindst én god undersøgelse, men resultaterne er færre eller mindre sikre.',
    PROMISING: 'Der er foreløbige tegn på effekt, fx fra mindre eller ukontrollerede undersøgelser.',
    INSUFFICIENT: 'Der er for lidt viden, eller undersøgelserne har ikke fundet effekt.',
    CONCERNING: 'Der er tegn på, at metoden kan gøre skade.',
    NOT_RATED: 'Metoden er ikke vurderet endnu.',
  },
  verdictTitle: 'Sådan regner vi den samlede vurdering og spredningen ud',
  verdict: [
    'For hvert system bruger vi kun den nyeste vurdering. Svar som »kan ikke vurderes« tæller ikke med.',
    'Har redaktionen vurderet metoden, er det redaktionens vurdering, der står først.',
    'Har redaktionen ikke vurderet metoden endnu, viser vi midten af de andre systemers vurderinger. Er der to midterste, vælger vi den mest forsigtige. Så bliver én begejstret vurdering ikke til overskriften.',
    'Spredningen – fx »3 af 4 vurderinger er enige« – fortæller, hvor mange af systemernes nyeste vurderinger der lander på samme trin af den fælles skala som den samlede vurdering.',
  ],
  schemesTitle: 'De andre systemer',
  schemesIntro:
    'Hvert system har sine egne trin. Tabellen viser, hvor hvert trin lander på den fælles skala. Tabellen hentes fra den samme regel, som Vidensbro regner med.',
  schemes: {
    CEBC: 'California Evidence-Based Clearinghouse for Child Welfare (USA) giver 1 (bedst) til 5 (bekymrende) og NR, når der er for lidt forskning.',
    EIF: 'Early Intervention Foundation (Storbritannien) giver niveau 2 til 4, hvor plus betyder, at der også er vist effekt i en bredere sammenhæng. NL2 betyder under niveau 2, og NE betyder, at der ikke er fundet effekt.',
    BLUEPRINTS:
      'Blueprints for Healthy Youth Development (USA) godkender programmer som Model Plus, Model eller Lovende. Programmer, der ikke opfylder kravene, står ikke på listen.',
    WWC: 'What Works Clearinghouse (USA) vurderer effekten fra positiv over blandet til negativ.',
    VIDENSPORTAL:
      'Vidensportalen (Social- og Boligstyrelsen) giver en vidensdeklaration med A til D på fem dimensioner. Vi bruger effekt-dimensionen på den fælles skala.',
    VIDENSBRO: 'Vidensbros egen vurdering (se ovenfor).',
  },
  dimensionsTitle: 'Vidensportalens fem dimensioner',
  dimensions: {
    targetGroup: 'Målgruppe: hvor godt metodens målgruppe er beskrevet.',
    method: 'Metode: hvor godt metodens indhold og teori er beskrevet.',
    implementation: 'Implementering: hvor meget man ved om, hvordan metoden indføres i praksis.',
    effect: 'Effekt: hvor sikker viden der er om metodens effekt.',
    economy: 'Økonomi: hvor meget man ved om metodens omkostninger.',
  },
  dimensionsScale: 'A betyder bedst dokumenteret, D mindst dokumenteret.',
  value: 'Trin i systemet',
  common: 'Fælles skala',
  homePage: (scheme: string) => `Gå til ${scheme}s hjemmeside`,
};

export type HowWeRateText = typeof daHowWeRate;
