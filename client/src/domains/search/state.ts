import { AGE_RANGES, valuesOf } from '../enums';
import { SearchType } from '../../graphql/generated/graphql';
import type { AgeRange, EvidenceStrength, OrganisationKind, TargetGroup } from '../../graphql/generated/graphql';

/** Everything a search is, as it sits in the URL, so a search can be shared by copying the address. */
export interface SearchState {
  q: string;
  types: SearchType[];
  topics: string[]; // topic slugs
  targetGroups: TargetGroup[];
  ageRanges: AgeRange[];
  strengths: EvidenceStrength[];
  orgKinds: OrganisationKind[];
  yearFrom?: number;
  pages: number;
}

/** Every kind of hit a search can be narrowed to (from the schema, so a type the server gains is accepted). */
export const SEARCH_TYPES: readonly SearchType[] = valuesOf(SearchType);

/** URL parameter for each list facet (Danish words, like the rest of the app's parameters). */
export const FACET_PARAMS = {
  types: 'type',
  topics: 'emne',
  targetGroups: 'maalgruppe',
  ageRanges: 'alder',
  strengths: 'styrke',
  orgKinds: 'organisation',
} as const;
export type ListFacet = keyof typeof FACET_PARAMS;

type Params = Partial<Record<string, string | string[] | undefined>>;

const list = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value.join(',') : (value ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

const only = <T extends string>(values: string[], allowed: readonly T[] | undefined): T[] =>
  allowed ? values.filter((v): v is T => (allowed as readonly string[]).includes(v)) : (values as T[]);

export function readSearch(
  params: Params,
  allowed: {
    targetGroups: readonly TargetGroup[];
    strengths: readonly EvidenceStrength[];
    orgKinds: readonly OrganisationKind[];
  },
): SearchState {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const year = Number(first(params.fra));
  return {
    q: (first(params.q) ?? '').trim(),
    types: only(list(params.type), SEARCH_TYPES),
    topics: list(params.emne),
    targetGroups: only(list(params.maalgruppe), allowed.targetGroups),
    ageRanges: only(list(params.alder), AGE_RANGES),
    strengths: only(list(params.styrke), allowed.strengths),
    orgKinds: only(list(params.organisation), allowed.orgKinds),
    yearFrom: Number.isInteger(year) && year > 1900 ? year : undefined,
    pages: Math.max(1, Math.min(5, Number(first(params.vis)) || 1)),
  };
}

/** The URL change that toggles one facet value (and goes back to the first page of hits). */
export function toggle(state: SearchState, facet: ListFacet, value: string): Record<string, string | null> {
  const current = state[facet] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { [FACET_PARAMS[facet]]: next.length ? next.join(',') : null, vis: null };
}

export function clearAll(): Record<string, null> {
  return {
    type: null,
    emne: null,
    maalgruppe: null,
    alder: null,
    styrke: null,
    organisation: null,
    fra: null,
    vis: null,
  };
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(
    state.types.length ||
    state.topics.length ||
    state.targetGroups.length ||
    state.ageRanges.length ||
    state.strengths.length ||
    state.orgKinds.length ||
    state.yearFrom,
  );
}
