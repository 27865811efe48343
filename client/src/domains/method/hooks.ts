import { createQuery } from '@urql/solid';
import type { MethodsQueryVariables } from '../../graphql/generated/graphql';
import { MethodPageDoc, MethodsDoc } from './graphql';

export function createMethodPage(slug: () => string) {
  return createQuery({ query: MethodPageDoc, variables: () => ({ slug: slug() }) });
}

export function createMethodList(variables: () => MethodsQueryVariables, pause?: () => boolean) {
  return createQuery({ query: MethodsDoc, variables, pause });
}
