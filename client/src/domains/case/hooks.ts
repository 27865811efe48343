import { createMutation, createQuery } from '@urql/solid';
import type { CasesQueryVariables } from '../../graphql/generated/graphql';
import { CasePageDoc, CasesDoc, ProposeCaseDoc } from './graphql';

export function createCasePage(slug: () => string) {
  return createQuery({ query: CasePageDoc, variables: () => ({ slug: slug() }) });
}

export function createCaseList(variables: () => CasesQueryVariables, pause?: () => boolean) {
  return createQuery({ query: CasesDoc, variables, pause });
}

export const createProposeCase = () => createMutation(ProposeCaseDoc);
