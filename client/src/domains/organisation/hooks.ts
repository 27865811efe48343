import { createQuery } from '@urql/solid';
import type { OrganisationsQueryVariables } from '../../graphql/generated/graphql';
import { OrganisationPageDoc, OrganisationsDoc } from './graphql';

export function createOrganisationPage(slug: () => string) {
  return createQuery({ query: OrganisationPageDoc, variables: () => ({ slug: slug() }) });
}

export function createOrganisationList(variables: () => OrganisationsQueryVariables) {
  return createQuery({ query: OrganisationsDoc, variables });
}
