/** Age buckets for the age facet; an item counts in every bucket its age range touches. */
export const AGE_RANGES = {
  INFANT: [0, 2],
  PRESCHOOL: [3, 5],
  SCHOOL_AGE: [6, 12],
  TEENAGER: [13, 17],
  YOUNG_ADULT: [18, 30],
} as const satisfies Record<string, readonly [number, number]>;

export type AgeRangeName = keyof typeof AGE_RANGES;

/** The buckets an age range touches; an open end reaches to the edge, no ages at all means no bucket. */
export function ageRangesOf(ageMin: number | null, ageMax: number | null): AgeRangeName[] {
  if (ageMin === null && ageMax === null) return [];
  const low = ageMin ?? 0;
  const high = ageMax ?? 30;
  return (Object.keys(AGE_RANGES) as AgeRangeName[]).filter((name) => {
    const [from, to] = AGE_RANGES[name];
    return low <= to && high >= from;
  });
}
