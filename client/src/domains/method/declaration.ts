import type { VidensportalDimensions, VidensportalGrade } from '../../graphql/generated/graphql';

/** The Vidensdeklaration's order: target group, method, implementation, effect, economy. */
export const DIMENSIONS = ['targetGroup', 'method', 'implementation', 'effect', 'economy'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A is the best documented (4 steps), D the least (1 step): bar length in the chart. */
export function gradeSteps(grade: VidensportalGrade): number {
  return { A: 4, B: 3, C: 2, D: 1 }[grade];
}

export function declarationRows(
  dimensions: Omit<VidensportalDimensions, '__typename'>,
): { dimension: Dimension; grade: VidensportalGrade; steps: number }[] {
  return DIMENSIONS.map((dimension) => ({
    dimension,
    grade: dimensions[dimension],
    steps: gradeSteps(dimensions[dimension]),
  }));
}
