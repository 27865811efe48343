import { createQuery } from '@urql/solid';
import { TopicOptionsDoc, TopicPageDoc, TopicTreeDoc } from './graphql';

export function createTopicPage(slug: () => string) {
  return createQuery({ query: TopicPageDoc, variables: () => ({ slug: slug() }) });
}

export function createTopicOptions() {
  return createQuery({ query: TopicOptionsDoc });
}

export function createTopicTree() {
  return createQuery({ query: TopicTreeDoc });
}
