import { createQuery } from '@urql/solid';
import { WorkshopPageDoc } from './graphql';

export function createWorkshopPage(slug: () => string) {
  return createQuery({ query: WorkshopPageDoc, variables: () => ({ slug: slug() }) });
}
