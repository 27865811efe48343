import type { HowWeRateText } from './how-we-rate-da';

export const enHowWeRate: HowWeRateText = {
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
};
