import { useI18n } from './index';

/** The "how we rate" page in plain Danish and English; loaded with that page only. */
const da = {
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
  back: 'Tilbage til metoderne',
};

const en: typeof da = {
  title: 'How we rate evidence',
  lead: 'How well has a method been studied? Here we explain Vidensbro’s own grade, the other schemes we show, and how we work out the overall verdict and the spread.',
  ownTitle: 'Vidensbro’s own grade',
  own: [
    'The editors read the research and the other schemes’ ratings and give each method one overall grade on a common scale. That grade comes first on the method, on cards and in search.',
    'The grade says how sure we can be about the method’s effect – not whether it suits your children and families.',
  ],
  scale: {
    STRONG: 'The effect is shown in several good studies, ideally also in countries like Denmark.',
    MODERATE: 'The effect is shown in at least one good study, but the results are fewer or less certain.',
    PROMISING: 'There are early signs of an effect, e.g. from smaller or uncontrolled studies.',
    INSUFFICIENT: 'There is too little knowledge, or the studies found no effect.',
    CONCERNING: 'There are signs that the method may do harm.',
    NOT_RATED: 'The method has not been rated yet.',
  },
  verdictTitle: 'How we work out the verdict and the spread',
  verdict: [
    'For each scheme we use only its newest rating. Answers such as “cannot be rated” do not count.',
    'When the editors have graded the method, their grade comes first.',
    'Until they have, we show the middle of the other schemes’ ratings; with two in the middle, the more cautious one. So one enthusiastic rating never becomes the headline.',
    'The spread – e.g. “3 of 4 ratings agree” – says how many of the schemes’ newest ratings land on the same step of the common scale as the verdict.',
  ],
  schemesTitle: 'The other schemes',
  schemesIntro:
    'Each scheme has its own steps. The table shows where each step lands on the common scale; it is read from the same rule Vidensbro computes with.',
  schemes: {
    CEBC: 'The California Evidence-Based Clearinghouse for Child Welfare (USA) rates 1 (best) to 5 (concerning), and NR when there is too little research.',
    EIF: 'The Early Intervention Foundation (UK) rates levels 2 to 4, where plus means the effect was also shown more widely. NL2 means below level 2, NE means no effect was found.',
    BLUEPRINTS:
      'Blueprints for Healthy Youth Development (USA) certifies programmes as Model Plus, Model or Promising. Programmes that do not meet the bar are not listed.',
    WWC: 'The What Works Clearinghouse (USA) rates the effect from positive through mixed to negative.',
    VIDENSPORTAL:
      'Vidensportalen (the Danish National Board of Social Services) gives a knowledge declaration with A to D on five dimensions. We use the effect dimension on the common scale.',
    VIDENSBRO: 'Vidensbro’s own grade (see above).',
  },
  dimensionsTitle: 'Vidensportalen’s five dimensions',
  dimensions: {
    targetGroup: 'Target group: how well the method’s target group is described.',
    method: 'Method: how well the method’s content and theory are described.',
    implementation: 'Implementation: how much is known about putting the method into practice.',
    effect: 'Effect: how certain the knowledge of the method’s effect is.',
    economy: 'Economy: how much is known about the method’s costs.',
  },
  dimensionsScale: 'A means best documented, D least documented.',
  value: 'Step in the scheme',
  common: 'Common scale',
  homePage: (scheme: string) => `Go to the ${scheme} website`,
  back: 'Back to the methods',
};

export function useHowWeRateText() {
  const { locale } = useI18n();
  return () => (locale() === 'da' ? da : en);
}
