import { createQuery } from '@urql/solid';
import { TalkPageDoc } from './graphql';

export function createTalkPage(slug: () => string) {
  return createQuery({ query: TalkPageDoc, variables: () => ({ slug: slug() }) });
}
