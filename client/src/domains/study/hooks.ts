import { createQuery } from '@urql/solid';
import { StudyPageDoc } from './graphql';

export function createStudyPage(slug: () => string) {
  return createQuery({ query: StudyPageDoc, variables: () => ({ slug: slug() }) });
}
