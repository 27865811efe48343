import { graphql } from '../../graphql/generated';

export const StudyListItemFragmentDoc = graphql(`
  fragment StudyListItem on Study {
    id
    slug
    title
    year
    design
    publisher
  }
`);

export const StudyPageDoc = graphql(`
  query StudyPage($slug: String!) {
    study(slug: $slug) {
      ...StudyListItem
      abstract
      authors
      country
      url
      isExample
      methods(first: 20) {
        nodes {
          ...MethodListItem
        }
      }
      topics(first: 20) {
        nodes {
          ...TopicChip
        }
      }
    }
  }
`);
