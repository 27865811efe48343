import { createQuery } from '@urql/solid';
import type { MethodsQueryVariables } from '../../graphql/generated/graphql';
import { CompareMethodsDoc, EvidenceSchemesDoc, MethodPageDoc, MethodsDoc } from './graphql';

export function createMethodPage(slug: () => string) {
  return createQuery({ query: MethodPageDoc, variables: () => ({ slug: slug() }) });
}

export function createMethodList(variables: () => MethodsQueryVariables, pause?: () => boolean) {
  return createQuery({ query: MethodsDoc, variables, pause });
}

/** The methods to compare side by side, by slug; paused while none is chosen. */
export function createCompareMethods(slugs: () => string[]) {
  return createQuery({
    query: CompareMethodsDoc,
    variables: () => ({ slugs: slugs() }),
    pause: () => slugs().length === 0,
  });
}

export const createEvidenceSchemes = () => createQuery({ query: EvidenceSchemesDoc });
