import { graphql } from '../../graphql/generated';

export const TopicChipFragmentDoc = graphql(`
  fragment TopicChip on Topic {
    id
    slug
    nameDa
    nameEn
  }
`);

/** Every topic, for filter menus; the tree is small (tens of topics). */
export const TopicOptionsDoc = graphql(`
  query TopicOptions {
    topics(all: true, first: 100) {
      nodes {
        ...TopicChip
        parent {
          id
        }
      }
    }
  }
`);

export const TopicTreeDoc = graphql(`
  query TopicTree {
    topics(first: 100) {
      nodes {
        ...TopicChip
        descriptionDa
        children(first: 50) {
          nodes {
            ...TopicChip
          }
        }
      }
    }
  }
`);

export const TopicPageDoc = graphql(`
  query TopicPage($slug: String!) {
    topic(slug: $slug) {
      ...TopicChip
      viewerIsFollowing
      descriptionDa
      parent {
        ...TopicChip
      }
      children(first: 100) {
        nodes {
          ...TopicChip
        }
      }
      methods(first: 50) {
        nodes {
          ...MethodListItem
        }
      }
      cases(first: 50) {
        nodes {
          ...CaseListItem
        }
      }
      studies(first: 50) {
        nodes {
          ...StudyListItem
        }
      }
      talks(first: 50) {
        nodes {
          ...TalkListItem
        }
      }
    }
  }
`);
